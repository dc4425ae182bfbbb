import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, can, type StaffActor } from '../access/index.ts';
import { findPartnerOrganisationById, listPartnerOrganisations } from '../users/index.ts';
import { requireCasework } from './casework.policy.ts';
import { shareableFieldCodes, shareableFields, type ShareableField } from './partner-task.ts';
import { findSharingAgreement, saveSharingAgreement } from './partner-task.repository.ts';

type Deps = { db: Db; audit: AuditTrail; clock: Clock };

/**
 * Information-sharing agreements (ADR 0038): for each partner organisation, the case fields its
 * users may see on a referred task. Reading and recording one are audited.
 */
export function createSharingAgreementService(deps: Deps) {
  const { db, audit, clock } = deps;

  return {
    async agreement(actor: StaffActor, organisationId: string) {
      await requireCasework(deps, actor, 'casework.sharing_agreement.read', 'casework.sharing_agreement');
      const organisation = await findPartnerOrganisationById(db, organisationId);
      if (!organisation) throw new AppError('not_found_or_no_access');
      const agreement = await findSharingAgreement(db, organisationId);
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'casework.sharing_agreement.read', {
            subject: { type: 'partner_organisation', id: organisationId },
            details: {},
          }),
        ),
      );
      return {
        organisationId,
        organisationName: organisation.name,
        reference: agreement?.reference ?? null,
        fields: agreement?.fields ?? [],
        choices: shareableFieldCodes.map((code) => ({ value: code, label: shareableFields[code] })),
        recordedBy: agreement?.recorded_by ?? null,
        recordedAt: agreement?.recorded_at.toISOString() ?? null,
        version: agreement?.version ?? 0,
      };
    },

    /** An administrator or safeguarding lead records which case fields the organisation's users see. */
    async recordAgreement(
      actor: StaffActor,
      organisationId: string,
      input: { reference: string; fields: ShareableField[]; expectedVersion: number },
    ) {
      await requireCasework(deps, actor, 'casework.sharing_agreement.record', 'casework.sharing_agreement');
      if (!(await findPartnerOrganisationById(db, organisationId))) throw new AppError('not_found_or_no_access');
      const fields = [...new Set(input.fields)];
      await db.transaction().execute(async (tx) => {
        const saved = await saveSharingAgreement(
          tx,
          {
            organisation_id: organisationId,
            reference: input.reference,
            fields,
            recorded_by: actor.userId,
            recorded_at: clock.now(),
          },
          input.expectedVersion,
        );
        if (!saved) throw new AppError('conflict', 'The agreement changed since you read it: reload and try again');
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.sharing_agreement.record', {
            subject: { type: 'partner_organisation', id: organisationId },
            details: { reference: input.reference, fields },
          }),
        );
      });
    },

    /** The partner organisations, with whether each has an agreement, for referring and for agreements. */
    async organisations(actor: StaffActor) {
      if (!can(actor, 'casework.sharing_agreement')) {
        await requireCasework(deps, actor, 'casework.partner_organisations', 'casework.manage');
      }
      const rows = await listPartnerOrganisations(db);
      const agreements = await Promise.all(rows.map((r) => findSharingAgreement(db, r.id)));
      return rows.map((r, index) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        agreementReference: agreements[index]?.reference ?? null,
        sharedFields: (agreements[index]?.fields ?? []).map((f) => shareableFields[f]),
      }));
    },
  };
}

export type SharingAgreementService = ReturnType<typeof createSharingAgreementService>;
