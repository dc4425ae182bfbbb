import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ScheduledJob } from '../../platform/jobs/scheduler.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { deleteSpentLockouts } from '../reports/index.ts';
import type { JourneySessions } from './journey-session.ts';

// Deletes expired drafts and inbox sign-ins (their photos go with them), and forgets
// receipt lockout counters that have run their course. Nothing abandoned lingers.
export function journeyCleanupJob(deps: {
  db: Db;
  clock: Clock;
  sessions: JourneySessions;
  logger: Logger;
}): ScheduledJob {
  return {
    name: 'journey-cleanup',
    intervalMs: 10 * 60 * 1000,
    async run() {
      const sessions = await deps.sessions.deleteExpired();
      const lockouts = await deleteSpentLockouts(deps.db, deps.clock.now());
      deps.logger.debug({ sessions, lockouts }, 'expired journeys removed');
    },
  };
}
