import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { requireOperations } from './operations.policy.ts';
import { gatherPersonFacts } from './target-facts.ts';
import {
  decodeTargetCursor,
  emptyFacts,
  encodeTargetCursor,
  labelPeople,
  presentStoredTarget,
  presentTarget as present,
  victimOf,
} from './target-presenter.ts';
import { computePriority } from './target-priority.ts';
import { createTargetPriorityStore, storedPriorityDiffers } from './target-priority-store.ts';
import {
  findActiveTargetOf,
  findTarget,
  insertTarget,
  listActiveTargetsByPriority,
  storeTargetPriority,
  targetHistory,
  updateTargetAtVersion,
} from './target.repository.ts';
import type { OpsTargetRow } from './target.table.ts';

export type TargetDeps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock };

const invalid = (field: string, message: string) => new AppError('validation_failed', message, [{ field, message }]);

/** Targets (nominals): who the unit pursues, in priority order, with the reasons. */
export function createTargetService(deps: TargetDeps) {
  const { db, sealer, audit, clock } = deps;
  const today = () => londonDay(clock.now());

  const people = (ids: readonly string[]) => labelPeople(db, sealer, ids);
  const priorities = createTargetPriorityStore({ db, clock });
  const { refreshStale, snapshot } = priorities;

  async function requireTarget(id: string) {
    const row = await findTarget(db, id);
    if (!row) throw new AppError('not_found_or_no_access');
    return row;
  }

  /**
   * Changes a target at the version the user read, with a history snapshot and an audit event,
   * in one transaction; a stale version changes nothing.
   */
  async function changeTarget(
    actor: StaffActor,
    row: OpsTargetRow,
    change: {
      expectedVersion: number;
      columns: Omit<Parameters<typeof updateTargetAtVersion>[3], 'updated_at'>;
      action: 'adjust' | 'review' | 'close';
      reason: string;
      details?: (score: number) => Record<string, unknown>;
    },
  ): Promise<void> {
    await db.transaction().execute(async (tx) => {
      const changed = await updateTargetAtVersion(tx, row.id, change.expectedVersion, {
        ...change.columns,
        updated_at: clock.now(),
      });
      if (!changed) throw new AppError('conflict', 'The target changed since you read it: reload and try again');
      const adjustment = change.columns.adjustment ?? row.adjustment;
      const priority = await snapshot(
        tx,
        actor,
        { id: row.id, personId: row.person_entity_id, adjustment },
        change.action,
        change.reason,
      );
      await audit.record(
        tx,
        auditEventBy(actor, `operations.target.${change.action}`, {
          subject: { type: 'ops_target', id: row.id },
          reason: change.reason,
          ...(change.details ? { details: change.details(priority.score) } : {}),
        }),
      );
    });
  }

  return {
    /**
     * Active targets, highest stored priority first (then the earliest review, then id), a page
     * at a time after the cursor `after` (ADR 0040). Priorities from an earlier day are
     * recomputed first, so the order never rests on yesterday's recency.
     */
    async list(actor: StaffActor, options: { limit: number; after?: string | undefined }) {
      await requireOperations(deps, actor, 'operations.target.list', ['operations.read']);
      const after = options.after === undefined ? null : decodeTargetCursor(options.after);
      if (after === undefined) throw invalid('after', 'The page cursor is not valid: start from the first page');
      const now = today();
      await refreshStale();
      const rows = await listActiveTargetsByPriority(db, options.limit, after);
      const labels = await people(rows.map((r) => r.person_entity_id));
      const items = rows.map((row) => presentStoredTarget(row, labels.get(row.person_entity_id)?.label ?? '', now));
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'operations.target.list', {
            details: { count: items.length, ids: items.map((i) => i.id) },
          }),
        ),
      );
      const last = rows.at(-1);
      return { items, next: last && rows.length === options.limit ? encodeTargetCursor(last) : null };
    },

    /** The scheduled recompute: every active target's priority from its facts now, in batches. */
    recomputeAll: priorities.recomputeAll,

    async get(actor: StaffActor, id: string) {
      await requireOperations(deps, actor, 'operations.target.read', ['operations.read']);
      const row = await requireTarget(id);
      const now = today();
      const [facts, labels, history] = await Promise.all([
        gatherPersonFacts(db, [row.person_entity_id], now),
        people([row.person_entity_id]),
        targetHistory(db, id),
      ]);
      const shown = present(row, labels.get(row.person_entity_id)?.label ?? '', facts.get(row.person_entity_id), now);
      await db.transaction().execute(async (tx) => {
        // The page computes the priority live; the list's stored copy follows it if it moved.
        if (row.status === 'active' && storedPriorityDiffers(row, shown.priority, shown.victim, now)) {
          await storeTargetPriority(tx, id, {
            priority: shown.priority,
            victim: shown.victim ?? { isVictim: false, reasons: [] },
            asOf: now,
            at: clock.now(),
          });
        }
        await audit.record(tx, auditEventBy(actor, 'operations.target.read', { subject: { type: 'ops_target', id } }));
      });
      return {
        ...shown,
        history: history.map((h) => ({
          action: h.action,
          note: h.note,
          adjustment: h.adjustment,
          computedScore: h.computed_score,
          modelVersion: h.model_version,
          by: h.changed_by,
          at: h.changed_at.toISOString(),
        })),
      };
    },

    async create(actor: StaffActor, input: { personEntityId: string; rationale: string; reviewOn: string }) {
      await requireOperations(deps, actor, 'operations.target.create', ['operations.target']);
      const person = (await people([input.personEntityId])).get(input.personEntityId);
      if (person?.kind !== 'person') throw invalid('personEntityId', 'Choose a person from the store');
      if (input.reviewOn <= today()) throw invalid('reviewOn', 'The review date must be after today');
      if (await findActiveTargetOf(db, input.personEntityId)) {
        throw new AppError('conflict', 'This person is already a target');
      }
      const id = randomUUID();
      await db.transaction().execute(async (tx) => {
        await insertTarget(tx, {
          id,
          personId: input.personEntityId,
          rationale: input.rationale,
          reviewOn: input.reviewOn,
          by: actor.userId,
          at: clock.now(),
        });
        const priority = await snapshot(
          tx,
          actor,
          { id, personId: input.personEntityId, adjustment: 0 },
          'create',
          null,
        );
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.target.create', {
            subject: { type: 'ops_target', id },
            details: {
              personEntityId: input.personEntityId,
              score: priority.score,
              modelVersion: priority.modelVersion,
            },
          }),
        );
      });
      return { id };
    },

    /** A manual adjustment (-50..+50) of the computed priority, with the reason (TT&CG override). */
    async adjust(
      actor: StaffActor,
      id: string,
      input: { adjustment: number; reason: string; expectedVersion: number },
    ) {
      await requireOperations(deps, actor, 'operations.target.adjust', ['operations.target']);
      const row = await requireTarget(id);
      if (row.status !== 'active') throw new AppError('conflict', 'A closed target cannot be adjusted');
      await changeTarget(actor, row, {
        expectedVersion: input.expectedVersion,
        columns: { adjustment: input.adjustment, adjustment_reason: input.adjustment === 0 ? null : input.reason },
        action: 'adjust',
        reason: input.reason,
        details: (score) => ({ from: row.adjustment, to: input.adjustment, score }),
      });
    },

    /** Records a review: a note and the next review date. */
    async review(
      actor: StaffActor,
      id: string,
      input: { nextReviewOn: string; note: string; expectedVersion: number },
    ) {
      await requireOperations(deps, actor, 'operations.target.review', ['operations.target']);
      const row = await requireTarget(id);
      if (row.status !== 'active') throw new AppError('conflict', 'A closed target has no review');
      if (input.nextReviewOn <= today()) throw invalid('nextReviewOn', 'The next review must be after today');
      await changeTarget(actor, row, {
        expectedVersion: input.expectedVersion,
        columns: { review_on: input.nextReviewOn },
        action: 'review',
        reason: input.note,
        details: () => ({ nextReviewOn: input.nextReviewOn }),
      });
    },

    async close(actor: StaffActor, id: string, input: { reason: string; expectedVersion: number }) {
      await requireOperations(deps, actor, 'operations.target.close', ['operations.target']);
      const row = await requireTarget(id);
      if (row.status !== 'active') throw new AppError('conflict', 'The target is already closed');
      await changeTarget(actor, row, {
        expectedVersion: input.expectedVersion,
        columns: { status: 'closed', closed_reason: input.reason },
        action: 'close',
        reason: input.reason,
      });
    },

    /** For a person's page: whether they are a target and whether they are a victim, together. */
    async personStatus(actor: StaffActor, personId: string) {
      await requireOperations(deps, actor, 'operations.person_status.read', ['operations.read']);
      const person = (await people([personId])).get(personId);
      if (person?.kind !== 'person') throw new AppError('not_found_or_no_access');
      const now = today();
      const [row, facts] = await Promise.all([
        findActiveTargetOf(db, personId),
        gatherPersonFacts(db, [personId], now),
      ]);
      const own = facts.get(personId);
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'operations.person_status.read', {
            subject: { type: 'entity', id: personId },
            details: { targetId: row?.id ?? null },
          }),
        ),
      );
      return {
        personId,
        target: row ? present(row, person.label, own, now) : null,
        victim: { ...victimOf(own ?? emptyFacts(now)), child: person.child },
        computedIfTargeted: own ? computePriority(own) : null,
      };
    },
  };
}

export type TargetService = ReturnType<typeof createTargetService>;
