import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, requirePermission, type StaffActor } from './actor.ts';
import { checkDisseminationDraft, type Dissemination, type DisseminationDraft } from './dissemination.ts';
import {
  findActiveDisseminationsTo,
  findDisseminationById,
  insertDissemination,
  markDisseminationWithdrawn,
} from './dissemination.repository.ts';

export type DisseminationService = ReturnType<typeof createDisseminationService>;

// Sharing a record is a disclosure (DPA 2018 s.62): each one is audited with its recipient
// and justification. The capability that owns the record must first check, with
// decideRecordAccess, that the actor may read it.
export function createDisseminationService(deps: {
  db: Db;
  audit: AuditTrail;
  clock: Clock;
  /** Whether the team or partner organisation exists (the users module owns them; wired in main). */
  recipientExists: (tx: DbOrTx, recipient: DisseminationDraft['recipient']) => Promise<boolean>;
}) {
  return {
    async disseminate(actor: StaffActor, draft: DisseminationDraft): Promise<Dissemination> {
      requirePermission(actor, 'intelligence.disseminate');
      // Some forces require a supervisor to agree a C; here only reviewers may set one.
      if (draft.handlingCode === 'C') requirePermission(actor, 'intelligence.review');
      const problems = checkDisseminationDraft(draft);
      if (problems.length > 0) throw new AppError('validation_failed', undefined, problems);
      return deps.db.transaction().execute(async (tx) => {
        if (!(await deps.recipientExists(tx, draft.recipient))) {
          throw new AppError('validation_failed', 'No such recipient', [
            { field: 'recipient', message: 'Choose a team or partner organisation that exists' },
          ]);
        }
        const dissemination = await insertDissemination(tx, draft, actor.userId, deps.clock.now());
        await deps.audit.record(
          tx,
          auditEventBy(actor, 'record.disseminate', {
            subject: draft.subject,
            reason: dissemination.reason,
            details: {
              disseminationId: dissemination.id,
              recipient: { ...draft.recipient },
              handlingCode: draft.handlingCode,
            },
          }),
        );
        return dissemination;
      });
    },

    async withdraw(actor: StaffActor, disseminationId: string, reason: string): Promise<void> {
      requirePermission(actor, 'intelligence.disseminate');
      await deps.db.transaction().execute(async (tx) => {
        const existing = await findDisseminationById(tx, disseminationId);
        if (!existing) throw new AppError('not_found_or_no_access');
        await markDisseminationWithdrawn(tx, disseminationId, actor.userId, deps.clock.now());
        await deps.audit.record(
          tx,
          auditEventBy(actor, 'record.dissemination_withdraw', {
            subject: existing.subject,
            reason,
            details: { disseminationId },
          }),
        );
      });
    },

    /** References to what has been shared with the actor's organisation (partners) or teams (police staff). */
    async sharedWith(actor: StaffActor): Promise<Dissemination[]> {
      requirePermission(actor, 'intelligence.read_disseminated');
      return actor.partnerOrganisationId !== null
        ? findActiveDisseminationsTo(deps.db, { partnerOrganisationId: actor.partnerOrganisationId })
        : findActiveDisseminationsTo(deps.db, { teamIds: actor.teamIds });
    },
  };
}
