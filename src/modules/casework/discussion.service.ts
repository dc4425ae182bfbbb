import { randomUUID } from 'node:crypto';
import { londonDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { isUuid } from '../reports/index.ts';
import type { Agency, StrategyDiscussionContent } from './case.ts';
import { sealJson } from './casework-sealing.ts';
import { requireCasework } from './casework.policy.ts';
import { completeAction, hasCaseForPerson, insertAction, insertDiscussion, touchCase } from './casework.repository.ts';
import { caseworkContext, invalid, type CaseworkDeps } from './casework-context.ts';

export type DiscussionInput = StrategyDiscussionContent & {
  heldAt: string;
  conferenceNeeded: boolean;
  actions: { ownerAgency: Agency; description: string; dueOn: string }[];
};

/** Strategy discussions with their actions, and the officer's "victim of exploitation" flag. */
export function createCaseDiscussionService(deps: CaseworkDeps) {
  const { db, sealer, audit, clock } = deps;
  const context = caseworkContext(deps);

  return {
    /**
     * Records a strategy discussion: attendees, information shared, decisions, and each action
     * with its owner agency and due date. All or nothing: one bad action saves none of it.
     */
    async addDiscussion(actor: StaffActor, caseId: string, input: DiscussionInput) {
      await requireCasework(deps, actor, 'casework.discussion.create', 'casework.manage');
      const row = await context.readableCase(db, actor, caseId);
      if (row.status !== 'open') throw new AppError('conflict', 'The case is closed');
      const heldAt = new Date(input.heldAt);
      const referralDay = londonDay(row.referral_received_at);
      if (heldAt.getTime() > clock.now().getTime()) throw invalid('heldAt', 'The discussion cannot be in the future');
      if (londonDay(heldAt) < referralDay) throw invalid('heldAt', 'The discussion cannot be before the referral');
      input.actions.forEach((action, index) => {
        if (action.dueOn < referralDay) {
          throw invalid(`actions.${String(index)}.dueOn`, 'The due date cannot be before the referral arrived');
        }
        if (action.dueOn < londonDay(heldAt)) {
          throw invalid(`actions.${String(index)}.dueOn`, 'The due date cannot be before the discussion');
        }
      });
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        const content: StrategyDiscussionContent = {
          attendees: input.attendees,
          informationShared: input.informationShared,
          decisions: input.decisions,
        };
        await insertDiscussion(tx, {
          id,
          case_id: row.id,
          held_at: heldAt,
          conference_needed: input.conferenceNeeded,
          content_sealed: sealJson(sealer, 'discussion', id, content),
          recorded_by: actor.userId,
          recorded_at: now,
        });
        for (const action of input.actions) {
          const actionId = randomUUID();
          await insertAction(tx, {
            id: actionId,
            case_id: row.id,
            discussion_id: id,
            owner_agency: action.ownerAgency,
            description_sealed: sealJson(sealer, 'action', actionId, action.description),
            due_on: action.dueOn,
            status: 'open',
            done_on: null,
            created_by: actor.userId,
            created_at: now,
          });
        }
        await touchCase(tx, row.id, now);
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.discussion.create', {
            subject: { type: 'casework_case', id: row.id },
            details: {
              discussionId: id,
              attendees: input.attendees.length,
              actions: input.actions.length,
              conferenceNeeded: input.conferenceNeeded,
            },
          }),
        );
      });
      return { id };
    },

    async completeAction(actor: StaffActor, caseId: string, actionId: string, input: { doneOn: string }) {
      await requireCasework(deps, actor, 'casework.action.complete', 'casework.manage');
      const row = await context.readableCase(db, actor, caseId);
      if (input.doneOn > context.today()) throw invalid('doneOn', 'The date cannot be in the future');
      if (input.doneOn < londonDay(row.referral_received_at)) {
        throw invalid('doneOn', 'The date cannot be before the referral arrived');
      }
      await db.transaction().execute(async (tx) => {
        const done = isUuid(actionId) && (await completeAction(tx, row.id, actionId, input.doneOn));
        if (!done) throw new AppError('not_found_or_no_access', 'No open action with that id on this case');
        await touchCase(tx, row.id, clock.now());
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.action.complete', {
            subject: { type: 'casework_case', id: row.id },
            details: { actionId, doneOn: input.doneOn },
          }),
        );
      });
    },

    /** What an officer may know: that a person is a victim of exploitation, never the case. */
    async victimFlag(actor: StaffActor, personEntityId: string) {
      await requireCasework(deps, actor, 'casework.victim_flag.read', 'casework.victim_flag');
      const victim = isUuid(personEntityId) && (await hasCaseForPerson(db, personEntityId));
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'casework.victim_flag.read', {
            subject: { type: 'entity', id: personEntityId },
            details: { victim },
          }),
        ),
      );
      return { personEntityId, victimOfExploitation: victim };
    },
  };
}

export type CaseDiscussionService = ReturnType<typeof createCaseDiscussionService>;
