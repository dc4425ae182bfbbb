import { loadConfig } from '../../config/config.ts';
import { systemClock } from '../../platform/clock.ts';
import { loadKeys } from '../../platform/crypto/keys.ts';
import { createScheduler } from '../../platform/jobs/scheduler.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { openConfiguredDatabase, prepareSchema } from '../database.ts';
import { listJobs } from '../jobs.ts';
import { createServices } from '../services.ts';
import { UsageError, writeLine, type Command } from './command.ts';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'Run background jobs in their own process (with PostgreSQL)',
  usage: `linebreak worker [--once JOB]

  Runs the scheduled jobs (retention, audit checkpoints…) until stopped. With the embedded
  database, jobs run inside \`linebreak serve\` instead, because only one process may open it.

  --once JOB  run one job now and exit`,
  options: { once: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${String(positionals[0])}`);
    const config = loadConfig(io.env);
    const logger = createLogger({ level: config.logLevel });
    const database = await openConfiguredDatabase(config);
    try {
      await prepareSchema(database);
      const services = await createServices({ config, database, clock: systemClock, keys: loadKeys(config), logger });
      const jobs = listJobs(services);
      const scheduler = createScheduler(jobs, logger);
      if (typeof values.once === 'string') {
        if (!jobs.some((job) => job.name === values.once)) {
          throw new UsageError(`no job named "${values.once}"; jobs: ${jobs.map((job) => job.name).join(', ')}`);
        }
        await scheduler.runNow(values.once);
        return 0;
      }
      scheduler.start();
      writeLine(io.stdout, `Worker running ${String(jobs.length)} job(s). Press Ctrl+C to stop.`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await scheduler.stop();
      return 0;
    } finally {
      await database.close();
    }
  },
};
