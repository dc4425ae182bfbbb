import type { Clock } from '../../platform/clock.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ScheduledJob } from '../../platform/jobs/scheduler.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { CorrelationThresholds } from '../correlation/index.ts';
import { type ReportAnswers, reportSealContext } from '../reports/index.ts';
import { processReport } from './process-report.ts';
import { reportForProcessing } from './report-adapter.ts';
import {
  claimReportProcessing,
  deferCommitFlush,
  findReportsToProcess,
  markReportProcessed,
  markReportProcessingFailed,
} from './report-processing.repository.ts';

export type ReportProcessorDeps = {
  db: Db;
  sealer: Sealer;
  blindIndex: BlindIndex;
  clock: Clock;
  thresholds: CorrelationThresholds;
  logger: Logger;
};

const maxAttempts = 5;
const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * Processes waiting reports one transaction each: claim, decrypt, extract, resolve, link,
 * correlate, mark done. A failure rolls that report back and is recorded for a retry; it never
 * blocks the others. Returns how many were processed.
 */
export async function processWaitingReports(deps: ReportProcessorDeps, limit = 50): Promise<number> {
  let processed = 0;
  for (const reportId of await findReportsToProcess(deps.db, limit, maxAttempts)) {
    try {
      const done = await deps.db.transaction().execute(async (tx) => {
        if (!(await claimReportProcessing(tx, reportId))) return false;
        await deferCommitFlush(tx);
        const row = await tx
          .selectFrom('reports')
          .select(['id', 'submitted_on', 'categories', 'child_involved', 'vulnerable_adult_involved', 'answers_sealed'])
          .where('id', '=', reportId)
          .executeTakeFirstOrThrow();
        const answers = JSON.parse(
          deps.sealer.openText(row.answers_sealed, reportSealContext.answers(reportId)),
        ) as ReportAnswers;
        const input = reportForProcessing(
          {
            id: row.id,
            submittedOn: day(row.submitted_on),
            categories: row.categories,
            childInvolved: row.child_involved,
            vulnerableAdultInvolved: row.vulnerable_adult_involved,
          },
          answers,
        );
        await processReport(tx, deps, input);
        await markReportProcessed(tx, reportId);
        return true;
      });
      if (done) processed += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.logger.error({ reportId, err: message }, 'report processing failed');
      await markReportProcessingFailed(deps.db, reportId, message);
    }
  }
  return processed;
}

/** Every couple of seconds: a new report is correlated moments after it is stored. */
export function reportProcessingJob(deps: ReportProcessorDeps): ScheduledJob {
  return {
    name: 'process-reports',
    intervalMs: 2000,
    async run() {
      while ((await processWaitingReports(deps)) > 0) {
        // keep going while there is a backlog
      }
    },
  };
}
