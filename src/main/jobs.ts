import { journeyCleanupJob } from '../modules/public-report/index.ts';
import { reportProcessingJob, searchBackfillJob } from '../modules/triage/index.ts';
import { reportRetentionJob } from '../modules/reports/index.ts';
import { authCleanupJob } from '../modules/auth/index.ts';
import { targetPriorityJob, warrantExpiryJob } from '../modules/operations/index.ts';
import { auditCheckpointJob } from '../platform/audit/audit-checkpoint.job.ts';
import type { ScheduledJob } from '../platform/jobs/scheduler.ts';
import type { Services } from './services.ts';

/** Every background job the worker runs. */
export function listJobs(services: Services): ScheduledJob[] {
  return [
    auditCheckpointJob({ db: services.db, audit: services.audit, logger: services.logger }),
    reportProcessingJob({ ...services, thresholds: services.config.correlation }),
    searchBackfillJob(services),
    journeyCleanupJob({
      db: services.db,
      clock: services.clock,
      sessions: services.sessions,
      audit: services.audit,
      logger: services.logger,
    }),
    authCleanupJob({ db: services.db, clock: services.clock, logger: services.logger }),
    reportRetentionJob({ retentionReview: services.retentionReview, logger: services.logger }),
    warrantExpiryJob(services),
    targetPriorityJob(services),
  ];
}
