import type { DbOrTx } from '../db/database.ts';
import type { ScheduledJob } from '../jobs/scheduler.ts';
import type { Logger } from '../logging/logger.ts';
import { readChainHead } from './audit.repository.ts';

// Writes the audit chain head to the log every hour. Logs are shipped off the database
// server, so a later rewrite of the whole chain (by someone able to disable the triggers)
// no longer matches the heads recorded outside it.
export function auditCheckpointJob(deps: { db: DbOrTx; logger: Logger }): ScheduledJob {
  return {
    name: 'audit-checkpoint',
    intervalMs: 60 * 60 * 1000,
    async run() {
      const head = await readChainHead(deps.db);
      deps.logger.info({ auditSeq: head.seq.toString(), auditHash: head.hash }, 'audit chain checkpoint');
    },
  };
}
