import type { DbOrTx } from '../db/database.ts';
import type { ScheduledJob } from '../jobs/scheduler.ts';
import type { Logger } from '../logging/logger.ts';
import type { AuditTrail } from './audit-trail.ts';

// Every hour: verifies the chain and appends its signed head to the checkpoint file (and
// the log). Both are shipped off the database server, so a later deletion of the newest
// rows, or a rewrite of the whole chain, no longer matches the heads recorded outside it.
export function auditCheckpointJob(deps: { db: DbOrTx; audit: AuditTrail; logger: Logger }): ScheduledJob {
  return {
    name: 'audit-checkpoint',
    intervalMs: 60 * 60 * 1000,
    async run() {
      const { written, verified } = await deps.audit.checkpoint(deps.db);
      if (written === undefined) {
        deps.logger.error({ problems: verified.problems.slice(0, 20) }, 'audit trail does not verify: no checkpoint');
        return;
      }
      deps.logger.info({ auditSeq: written.seq.toString(), auditHash: written.hash }, 'audit chain checkpoint');
    },
  };
}
