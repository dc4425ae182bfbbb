import { randomUUID } from 'node:crypto';
import { londonDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { findWard, listWards } from '../gazetteer/index.ts';
import { requireDisclosure } from './disclosure.policy.ts';
import {
  maxPriorities,
  monthOf,
  monthStart,
  periodName,
  periodOf,
  priorityActions,
  priorityTopics,
  type PriorityAction,
  type PriorityTopic,
} from './disclosure.ts';
import { prioritiesOfPeriod, replacePriorities } from './priority.repository.ts';
import type { DisclosureDeps } from './release.service.ts';

export type PriorityInput = { topic: PriorityTopic; actions: PriorityAction[] };

/**
 * Neighbourhood priorities per ward and period (four-monthly by default), agreed with residents
 * and recorded by a supervisor: recording them is the deliberate, audited act that puts them on
 * the public page. Topics and actions come from fixed lists, so no staff free text is published.
 */
export function createPriorityService(deps: Omit<DisclosureDeps, 'sealer'>) {
  const { db, audit, clock, rules } = deps;

  function period(month?: string) {
    return periodOf(month ?? monthOf(londonDay(clock.now())), rules.periodMonths);
  }

  return {
    async list(actor: StaffActor, month?: string) {
      await requireDisclosure(deps, actor, 'disclosure.priorities.list', ['disclosure.prepare', 'disclosure.approve']);
      const current = period(month);
      const rows = await prioritiesOfPeriod(db, monthStart(current.start));
      return {
        period: { ...current, name: periodName(current) },
        wards: listWards().map((ward) => ({
          code: ward.code,
          name: ward.name,
          priorities: rows
            .filter((row) => row.ward_code === ward.code)
            .map((row) => ({ topic: row.topic as PriorityTopic, actions: row.actions as PriorityAction[] })),
        })),
      };
    },

    async set(actor: StaffActor, wardCode: string, month: string | undefined, priorities: readonly PriorityInput[]) {
      await requireDisclosure(deps, actor, 'disclosure.priorities.set', ['disclosure.approve']);
      const ward = findWard(wardCode);
      if (!ward) throw new AppError('not_found');
      if (priorities.length > maxPriorities) {
        throw new AppError('validation_failed', undefined, [
          { field: 'priorities', message: `Choose at most ${maxPriorities} priorities` },
        ]);
      }
      const chosen = period(month);
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await replacePriorities(
          tx,
          ward.code,
          monthStart(chosen.start),
          priorities.map((p, index) => ({
            id: randomUUID(),
            ward_code: ward.code,
            period_start: monthStart(chosen.start),
            position: index + 1,
            topic: p.topic,
            actions: JSON.stringify([...new Set(p.actions)]),
            set_by: actor.userId,
            set_at: now,
          })),
        );
        await audit.record(
          tx,
          auditEventBy(actor, 'disclosure.priorities.set', {
            subject: { type: 'ward', id: ward.code },
            details: {
              period: chosen.start,
              priorities: priorities.map((p) => ({ topic: p.topic, actions: p.actions })),
            },
          }),
        );
      });
    },
  };
}

export type PriorityService = ReturnType<typeof createPriorityService>;

/** The words of a priority, for the pages. */
export function priorityWords(p: { topic: string; actions: readonly string[] }) {
  return {
    topic: p.topic in priorityTopics ? priorityTopics[p.topic as PriorityTopic] : p.topic,
    actions: p.actions.map((a) => (a in priorityActions ? priorityActions[a as PriorityAction] : a)),
  };
}
