import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ScheduledJob } from '../../platform/jobs/scheduler.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { deleteSpentLockouts } from '../reports/index.ts';
import type { JourneySessions } from './journey-session.ts';

export const journeyCleanupActor = { type: 'system', id: 'journey-cleanup' } as const;

// Deletes abandoned drafts, expired receipt inbox sign-ins (follow-up sessions) and receipts
// never finished with (their photos go with them), and forgets receipt lockout counters that
// have run their course. Nothing abandoned lingers. Each run that deletes anything records one
// audit event with the counts only, stamped with the day alone: its time could tell when
// someone stopped filling in a report.
export function journeyCleanupJob(deps: {
  db: Db;
  clock: Clock;
  sessions: JourneySessions;
  audit: AuditTrail;
  logger: Logger;
}): ScheduledJob {
  return {
    name: 'journey-cleanup',
    intervalMs: 10 * 60 * 1000,
    async run() {
      await deleteExpiredJourneys(deps);
      const lockouts = await deleteSpentLockouts(deps.db, deps.clock.now());
      deps.logger.debug({ lockouts }, 'expired journeys removed');
    },
  };
}

/** One pass of the deletion, in one transaction with its audit event. */
export async function deleteExpiredJourneys(deps: { db: Db; sessions: JourneySessions; audit: AuditTrail }) {
  return deps.db.transaction().execute(async (tx) => {
    const counts = await deps.sessions.deleteExpired(tx);
    if (counts.deleted > 0) {
      await deps.audit.record(tx, {
        actor: journeyCleanupActor,
        action: 'journey_session.expired_deleted',
        dayOnly: true,
        details: { ...counts },
      });
    }
    return counts;
  });
}
