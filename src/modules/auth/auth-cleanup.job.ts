import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ScheduledJob } from '../../platform/jobs/scheduler.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { deleteStaleAuthRecords } from './auth-cleanup.repository.ts';

/** Ended sessions (with their browser names) are kept this long for administrators to review. */
export const endedSessionRetentionMs = 30 * 24 * 60 * 60 * 1000;

// Data minimisation: session rows hold browser names and times; once a session has ended
// and a month has passed they serve no purpose the audit trail does not.
export function authCleanupJob(deps: { db: Db; clock: Clock; logger: Logger }): ScheduledJob {
  return {
    name: 'auth-cleanup',
    intervalMs: 6 * 60 * 60 * 1000,
    async run() {
      const now = deps.clock.now();
      const deleted = await deleteStaleAuthRecords(deps.db, new Date(now.getTime() - endedSessionRetentionMs), now);
      deps.logger.info(deleted, 'stale sign-in records deleted');
    },
  };
}
