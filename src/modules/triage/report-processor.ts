import type { Clock } from '../../platform/clock.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ScheduledJob } from '../../platform/jobs/scheduler.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { CorrelationThresholds } from '../correlation/index.ts';
import { createReportPersonResolver, type ReportPersonResolver } from '../resolution/index.ts';
import { processReport } from './process-report.ts';
import { reportForProcessing } from './report-adapter.ts';
import { indexReportForSearch, openReportForTriage } from './report-search-index.ts';
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
  /** Keeps the trained person-match model between reports; one is made for the batch when absent. */
  personResolver?: ReportPersonResolver;
};

const maxAttempts = 5;

/**
 * Processes waiting reports one transaction each: claim, decrypt, extract, resolve, link,
 * correlate, write the search tokens, mark done. A failure rolls that report back and is recorded for a retry; it never
 * blocks the others. Returns how many were processed.
 */
export async function processWaitingReports(deps: ReportProcessorDeps, limit = 50): Promise<number> {
  let processed = 0;
  const batchDeps = { ...deps, personResolver: deps.personResolver ?? createReportPersonResolver(deps) };
  for (const reportId of await findReportsToProcess(deps.db, limit, maxAttempts)) {
    try {
      const done = await deps.db.transaction().execute(async (tx) => {
        if (!(await claimReportProcessing(tx, reportId))) return false;
        await deferCommitFlush(tx);
        const { facts, answers } = await openReportForTriage(tx, deps.sealer, reportId);
        const input = reportForProcessing(facts, answers);
        await processReport(tx, batchDeps, input);
        await indexReportForSearch(tx, deps.blindIndex, facts, answers);
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
  // One resolver for the job's life, so the trained model is read again only when retrained.
  const jobDeps = { ...deps, personResolver: deps.personResolver ?? createReportPersonResolver(deps) };
  return {
    name: 'process-reports',
    intervalMs: 2000,
    async run() {
      while ((await processWaitingReports(jobDeps)) > 0) {
        // keep going while there is a backlog
      }
    },
  };
}
