import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditActorOf, requirePermission, type StaffActor } from '../access/index.ts';
import { isUuid } from './report.repository.ts';
import { setForTranslation } from './report-translation.repository.ts';

export type ReportTranslationService = ReturnType<typeof createReportTranslationService>;

/**
 * Staff mark a report written in another language "for translation" and clear the mark when it
 * has been translated (ADR 0048). Whoever may triage a report may mark it; every change is
 * audited with the report's language, and a mark that changes nothing is not recorded again.
 */
export function createReportTranslationService(deps: { db: Db; audit: AuditTrail }) {
  const { db, audit } = deps;
  return {
    async mark(actor: StaffActor, reportId: string, forTranslation: boolean) {
      requirePermission(actor, 'report.read');
      requirePermission(actor, 'report.triage');
      if (!isUuid(reportId)) throw new AppError('not_found_or_no_access');
      return db.transaction().execute(async (tx) => {
        const changed = await setForTranslation(tx, reportId, forTranslation);
        if (changed === undefined) throw new AppError('not_found_or_no_access');
        if (changed.was !== forTranslation) {
          await audit.record(tx, {
            actor: auditActorOf(actor),
            action: forTranslation ? 'report.mark_for_translation' : 'report.clear_for_translation',
            subject: { type: 'report', id: reportId },
            requestId: actor.requestId,
            details: { language: changed.language },
          });
        }
        return { forTranslation, language: changed.language };
      });
    },
  };
}
