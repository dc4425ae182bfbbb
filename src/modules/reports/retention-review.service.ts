import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ScheduledJob } from '../../platform/jobs/scheduler.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditActorOf, requirePermission, requireReason, type StaffActor } from '../access/index.ts';
import { eraseReport } from './report-erasure.ts';
import type { DerivedErasure } from './report-erasure.repository.ts';
import { isUuid } from './report.repository.ts';
import { flagReportsDueBy, keepFlaggedReport, listFlaggedReports, lockFlaggedReport } from './retention.repository.ts';
import { reviewDay } from './retention.ts';

export const retentionActor = { type: 'system', id: 'report-retention' } as const;

export type RetentionReviewService = ReturnType<typeof createRetentionReviewService>;

const day = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

// Reports due for review: the job puts each report whose review day has come on the intelligence
// supervisor's list (once, audited); the supervisor reads the list through the staff API.
export function createRetentionReviewService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditTrail;
  eraseDerived: DerivedErasure;
}) {
  const { db, clock, audit, eraseDerived } = deps;
  return {
    /** Flags every report whose review day has come and is not yet flagged; answers how many. */
    async flagDueReports(): Promise<number> {
      const today = londonDay(clock.now());
      return db.transaction().execute(async (tx) => {
        const flagged = await flagReportsDueBy(tx, today);
        for (const row of flagged) {
          await audit.record(tx, {
            actor: retentionActor,
            action: 'report.review_due',
            subject: { type: 'report', id: row.id },
            details: { reviewOn: row.review_on },
          });
        }
        return flagged.length;
      });
    },

    /**
     * The supervisor decides a flagged report is still needed: it gets a new review date
     * `keepDays` from today and leaves the list. The reason is kept in the audit trail.
     */
    async keep(actor: StaffActor, reportId: string, keepDays: number, reason: string | undefined) {
      requirePermission(actor, 'report.review_retention');
      const stated = requireReason(reason);
      if (!isUuid(reportId)) throw new AppError('not_found_or_no_access');
      const reviewOn = reviewDay(londonDay(clock.now()), keepDays);
      await db.transaction().execute(async (tx) => {
        if (!(await keepFlaggedReport(tx, reportId, reviewOn))) throw new AppError('not_found_or_no_access');
        await audit.record(tx, {
          actor: auditActorOf(actor),
          action: 'report.review_kept',
          subject: { type: 'report', id: reportId },
          reason: stated,
          requestId: actor.requestId,
          details: { reviewOn },
        });
      });
      return { reviewOn };
    },

    /**
     * The supervisor decides a flagged report is no longer needed: it is erased with what was
     * derived from it alone (report-erasure.ts). Only a report on the review list can
     * be erased; the audit entry keeps the reason and the counts, never the content.
     */
    async erase(actor: StaffActor, reportId: string, reason: string | undefined) {
      requirePermission(actor, 'report.review_retention');
      const stated = requireReason(reason);
      if (!isUuid(reportId)) throw new AppError('not_found_or_no_access');
      return db.transaction().execute(async (tx) => {
        if (!(await lockFlaggedReport(tx, reportId))) throw new AppError('not_found_or_no_access');
        const counts = await eraseReport(tx, reportId, eraseDerived);
        if (counts === undefined) throw new AppError('not_found_or_no_access');
        await audit.record(tx, {
          actor: auditActorOf(actor),
          action: 'report.erased',
          subject: { type: 'report', id: reportId },
          reason: stated,
          requestId: actor.requestId,
          details: { ...counts },
        });
        return counts;
      });
    },

    /** The intelligence supervisor's list of reports due for review, oldest first. */
    async listDue(actor: StaffActor, limit = 200) {
      requirePermission(actor, 'report.review_retention');
      const rows = await listFlaggedReports(db, limit);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: auditActorOf(actor),
          action: 'report.retention_list',
          requestId: actor.requestId,
          details: { count: rows.length },
        }),
      );
      return rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        status: row.status,
        categories: row.categories,
        flags: {
          threatToLife: row.threat_to_life,
          child: row.child_involved,
          vulnerableAdult: row.vulnerable_adult_involved,
        },
        submittedOn: day(row.submitted_on),
        reviewOn: day(row.review_on),
        flaggedOn: day(row.review_flagged_on),
      }));
    },
  };
}

/** Hourly: flags reports whose review day has come (idempotent; each is flagged once). */
export function reportRetentionJob(deps: { retentionReview: RetentionReviewService; logger: Logger }): ScheduledJob {
  return {
    name: 'report-retention',
    intervalMs: 60 * 60 * 1000,
    async run() {
      const flagged = await deps.retentionReview.flagDueReports();
      deps.logger.debug({ flagged }, 'reports due for review flagged');
    },
  };
}
