import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditActorOf, requirePermission, type StaffActor } from '../access/index.ts';
import {
  findReportWithSealedAnswers,
  isUuid,
  countSafeguardingConcerns,
  listSafeguardingConcerns,
  type ReportAnswers,
  reportSealContext,
} from '../reports/index.ts';
import { presentReferral, presentReferralSummary, type SafeguardingReportRow } from './safeguarding.presenter.ts';

export type SafeguardingService = ReturnType<typeof createSafeguardingService>;

// One report, two audiences: a concern about a child or a vulnerable adult is read by the
// safeguarding team as well as by intelligence, each seeing only what their role needs.
// Every read is audited; a report that is not such a concern reads as "not found or no access".
export function createSafeguardingService(deps: { db: Db; sealer: Sealer; audit: AuditTrail }) {
  const { db, sealer, audit } = deps;
  const toRow = (row: {
    id: string;
    status: string;
    categories: string[];
    child_involved: boolean;
    vulnerable_adult_involved: boolean;
    threat_to_life: boolean;
    postcode_sector: string | null;
    submitted_on: string;
  }): SafeguardingReportRow => ({
    id: row.id,
    status: row.status,
    categories: row.categories,
    childInvolved: row.child_involved,
    vulnerableAdultInvolved: row.vulnerable_adult_involved,
    threatToLife: row.threat_to_life,
    postcodeSector: row.postcode_sector,
    submittedOn: row.submitted_on,
  });

  return {
    /** A page of referrals, most urgent first, and how many there are in all. */
    async list(actor: StaffActor, limit = 200, offset = 0) {
      requirePermission(actor, 'safeguarding.read');
      const [rows, total] = await Promise.all([
        listSafeguardingConcerns(db, limit, offset),
        countSafeguardingConcerns(db),
      ]);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: auditActorOf(actor),
          action: 'safeguarding.list',
          requestId: actor.requestId,
          details: { count: rows.length, offset, total },
        }),
      );
      return { items: rows.map((row) => presentReferralSummary(toRow(row))), total };
    },

    async get(actor: StaffActor, reportId: string) {
      requirePermission(actor, 'safeguarding.read');
      const row = isUuid(reportId) ? await findReportWithSealedAnswers(db, reportId) : undefined;
      if (!row || !(row.child_involved || row.vulnerable_adult_involved)) {
        throw new AppError('not_found_or_no_access');
      }
      const answers = JSON.parse(
        sealer.openText(row.answers_sealed, reportSealContext.answers(reportId)),
      ) as ReportAnswers;
      const contact = row.contact_sealed
        ? (JSON.parse(
            sealer.openText(row.contact_sealed, reportSealContext.contact(reportId)),
          ) as ReportAnswers['contact'])
        : undefined;
      const referral = presentReferral(toRow(row), { ...answers, ...(contact ? { contact } : {}) });
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: auditActorOf(actor),
          action: 'safeguarding.read',
          subject: { type: 'report', id: reportId },
          requestId: actor.requestId,
          details: { contactShown: referral.contact !== null },
        }),
      );
      return referral;
    },
  };
}
