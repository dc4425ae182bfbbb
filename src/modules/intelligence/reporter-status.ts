import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { advanceReportStatus, type ReportStatus } from '../reports/index.ts';

/**
 * The reporter of a submission sees their status move when the unit acts on it (issue 12):
 * grading makes it "being looked at", dissemination "action taken in your area". Only forward,
 * in the caller's transaction, audited when it moved.
 */
export function reporterStatusFollows(audit: AuditTrail) {
  return async (tx: DbOrTx, actor: StaffActor, reportId: string, to: ReportStatus): Promise<void> => {
    if (await advanceReportStatus(tx, reportId, to)) {
      await audit.record(
        tx,
        auditEventBy(actor, 'report.status_followed', { subject: { type: 'report', id: reportId }, details: { to } }),
      );
    }
  };
}
