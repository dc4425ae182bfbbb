import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import { systemClock } from '../platform/clock.ts';
import { loadKeys } from '../platform/crypto/keys.ts';
import type { DatabaseHandle } from '../platform/db/create-db.ts';
import { createScheduler, type Scheduler } from '../platform/jobs/scheduler.ts';
import type { Logger } from '../platform/logging/logger.ts';
import {
  createDemoAccounts,
  demoActors,
  loadDemoCasework,
  loadDemoContext,
  loadDemoOperations,
  loadDemoUnit,
} from '../synthetic/demo/index.ts';
import type { Role, StaffActor } from '../modules/access/index.ts';
import { openConfiguredDatabase, prepareSchema } from './database.ts';
import { listJobs } from './jobs.ts';
import { createPublicApp } from './public-app.ts';
import { createServices, type Services } from './services.ts';
import { createStaffApp } from './staff-app.ts';

export type ListenerSelection = 'all' | 'public' | 'staff';

export type RunningSystem = {
  readonly services: Services;
  readonly addresses: { readonly public?: string; readonly staff?: string };
  /** How many demo reports were loaded at this start (0 unless the database was new). */
  readonly demoReports: number;
  /** The file holding the demo staff accounts created at this start, if any (never in production). */
  readonly demoAccountsFile: string | undefined;
  /** Stops taking requests, lets those in flight finish (up to the grace period), closes the database. */
  stop(): Promise<void>;
};

/** A listener could not start; the message is one line fit for an operator. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export async function startSystem(options: {
  config: Config;
  logger: Logger;
  listeners: ListenerSelection;
  runJobs: boolean;
  /** Fill a brand-new embedded development database with the demo world. */
  loadDemo?: boolean;
  /** Adds routes or hooks to a listener before it starts (used by tests to hold a request open). */
  beforeListen?: (app: FastifyInstance, listener: 'public' | 'staff') => void;
}): Promise<RunningSystem> {
  const { config, logger } = options;
  const keys = loadKeys(config);
  const database = await openConfiguredDatabase(config);
  const apps: FastifyInstance[] = [];
  let scheduler: Scheduler | undefined;
  try {
    const applied = await prepareSchema(database);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
    const services = await createServices({ config, database, clock: systemClock, keys, logger });
    // Only a database created by this very start, embedded, outside production: never real data.
    const freshDatabase = applied.includes('2026_11_26_010000_create_audit_trail');
    let demoReports = 0;
    let demoAccountsFile: string | undefined;
    if (options.loadDemo === true && freshDatabase && database.engine === 'pglite' && config.env === 'development') {
      // A unit mid-operation: reports triaged on their days, deal lines, teams, graded
      // intelligence and messages with reporters; the staff accounts get random secrets.
      const demo: { actorFor?: (role: Role) => StaffActor } = {};
      const summary = await loadDemoUnit(services, async (teamIdsFor) => {
        const created = await createDemoAccounts(services, config.dataDir, teamIdsFor);
        demoAccountsFile = created.file;
        const accounts = created.accounts.map((a) => ({ userId: a.userId ?? '', role: a.role }));
        demo.actorFor = demoActors(accounts, teamIdsFor);
        return accounts;
      });
      demoReports = summary.reports;
      logger.info({ ...summary }, 'demo unit loaded');
      // Then its operational history: targets, an operation, warrants, arrests, seizures, outcomes.
      const actorFor = demo.actorFor;
      if (actorFor) {
        const operations = await loadDemoOperations(services, {
          analyst: actorFor('intelligence_analyst'),
          supervisor: actorFor('intelligence_supervisor'),
          officer: actorFor('officer'),
        });
        logger.info({ ...operations }, 'demo operations loaded');
        // Then safeguarding casework, drug treatment and diversion.
        const casework = await loadDemoCasework(services, {
          lead: actorFor('safeguarding_lead'),
          officer: actorFor('officer'),
          analyst: actorFor('intelligence_analyst'),
        });
        logger.info({ ...casework }, 'demo casework loaded');
      }
      // And the police.uk context the acquisitive-crime page reads (St Albans, OGL v3.0).
      logger.info(await loadDemoContext(services), 'demo police.uk context loaded');
    }
    const addresses: { public?: string; staff?: string } = {};
    if (options.listeners !== 'staff') {
      const app = await createPublicApp(services);
      options.beforeListen?.(app, 'public');
      apps.push(app);
      addresses.public = await listen(app, config.publicListener, 'PUBLIC_PORT');
    }
    if (options.listeners !== 'public') {
      const app = await createStaffApp(services);
      options.beforeListen?.(app, 'staff');
      apps.push(app);
      addresses.staff = await listen(app, config.staffListener, 'STAFF_PORT');
    }
    if (options.runJobs) {
      scheduler = createScheduler(listJobs(services), logger);
      scheduler.start();
    }
    return {
      services,
      addresses,
      demoReports,
      demoAccountsFile,
      stop: () => stopAll(apps, scheduler, database, config.shutdownGraceMs, logger),
    };
  } catch (error) {
    await stopAll(apps, scheduler, database, 0, logger);
    throw error;
  }
}

async function listen(
  app: FastifyInstance,
  listener: { host: string; port: number },
  portVariable: string,
): Promise<string> {
  try {
    return await app.listen({ host: listener.host, port: listener.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${listener.host}:${String(listener.port)}`;
    if (code === 'EADDRINUSE') {
      throw new StartupError(`Port ${where} is already in use: stop the other program or set ${portVariable}`);
    }
    if (code === 'EACCES') {
      throw new StartupError(`Not allowed to listen on ${where}: choose a port above 1024 with ${portVariable}`);
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new StartupError(`Cannot listen on ${where}: this machine has no such address`);
    }
    throw error;
  }
}

async function stopAll(
  apps: readonly FastifyInstance[],
  scheduler: Scheduler | undefined,
  database: DatabaseHandle,
  graceMs: number,
  logger: Logger,
): Promise<void> {
  // app.close() stops accepting connections and resolves once requests in flight finish;
  // after the grace period remaining connections are cut so shutdown always completes.
  const closing = Promise.all(apps.map((app) => app.close()));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      resolve('timeout');
    }, graceMs);
  });
  if ((await Promise.race([closing.then(() => 'closed' as const), deadline])) === 'timeout') {
    logger.warn({ graceMs }, 'requests still in flight after the grace period; closing connections');
    for (const app of apps) app.server.closeAllConnections();
    await closing;
  }
  clearTimeout(timer);
  await scheduler?.stop();
  await database.close();
}
