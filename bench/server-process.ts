// The server under test, in a child process of `npm run bench`, so its memory is its own and the
// load generator's work (proof of work, HTTP clients) is not counted as server time. It is wired
// like `linebreak serve` (src/main/server.ts): the same services, the real public Fastify app on
// a real port, the staff app, and the background jobs when asked, with one difference, stated in
// the results table: the public journey's global rate limits are raised and the proof-of-work
// difficulty lowered, because a benchmark sends in a minute what the limits allow in a day.
//
// The parent talks to it over IPC: see ServerRequest and ServerReply.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config/config.ts';
import { openConfiguredDatabase } from '../src/main/database.ts';
import { listJobs } from '../src/main/jobs.ts';
import { createPublicApp } from '../src/main/public-app.ts';
import { createServices, type Services } from '../src/main/services.ts';
import { createStaffApp } from '../src/main/staff-app.ts';
import { defaultJourneyLimits, type JourneyLimits } from '../src/modules/public-report/index.ts';
import type { ReportAnswers } from '../src/modules/reports/report-answers.ts';
import { reportSealContext } from '../src/modules/reports/report.service.ts';
import { systemClock } from '../src/platform/clock.ts';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import { createScheduler, type Scheduler } from '../src/platform/jobs/scheduler.ts';
import { createLogger } from '../src/platform/logging/logger.ts';

export type ServerOptions = {
  /** PostgreSQL URL, or undefined for an embedded PGlite database in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly runJobs: boolean;
  /** The journey's real global rate limits and proof of work instead of the raised ones. */
  readonly productionLimits?: boolean;
};

export type ServerRequest =
  | { readonly type: 'raw-insert'; readonly count: number; readonly concurrency: number }
  | { readonly type: 'memory' }
  | { readonly type: 'profile'; readonly action: 'start' | 'stop'; readonly file?: string }
  | { readonly type: 'waiting-reports' }
  | { readonly type: 'stop' };

/** Memory after one step of starting the server (MB): where it goes, step by step. */
export type MemoryStep = {
  readonly step: string;
  readonly rssMb: number;
  /** Highest resident set so far. */
  readonly peakMb: number;
  readonly heapUsedMb: number;
  /** PGlite's WebAssembly memory (0 on PostgreSQL). */
  readonly wasmHeapMb: number;
};

export type ServerReply =
  | {
      readonly type: 'ready';
      readonly publicUrl: string;
      readonly staffUrl: string;
      readonly powBits: number;
      readonly steps: readonly MemoryStep[];
    }
  | { readonly type: 'raw-insert'; readonly seconds: number }
  | {
      readonly type: 'memory';
      readonly rssBytes: number;
      readonly peakRssBytes: number;
      readonly heapUsedBytes: number;
      readonly heapTotalBytes: number;
      readonly externalBytes: number;
      readonly wasmHeapBytes: number;
    }
  | { readonly type: 'waiting-reports'; readonly count: number }
  | { readonly type: 'profile' }
  | { readonly type: 'stopped' }
  | { readonly type: 'error'; readonly message: string };

/** Limits for the benchmark only: high enough never to refuse, and a proof of work of 8 bits (≈256 hashes). */
export const benchJourneyLimits: JourneyLimits = {
  startsPerMinute: 1_000_000,
  pageSavesPerMinute: 1_000_000,
  uploadsPerMinute: 1_000_000,
  submitsWithProofPerMinute: 1_000_000,
  submitsWithoutProofPerMinute: 1_000_000,
  signInsPerMinute: 1_000_000,
  inboxMessagesPerMinute: 1_000_000,
  proofOfWorkBits: 8,
};

/** Runs `task` `count` times with at most `concurrency` at once. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
}

async function answersOfAStoredReport(services: Services): Promise<ReportAnswers> {
  const row = await services.db
    .selectFrom('reports')
    .select(['id', 'answers_sealed', 'contact_sealed'])
    .where('channel', '=', 'web')
    .limit(1)
    .executeTakeFirstOrThrow();
  const content = JSON.parse(
    services.sealer.openText(row.answers_sealed, reportSealContext.answers(row.id)),
  ) as ReportAnswers;
  const contact =
    row.contact_sealed === null
      ? undefined
      : (JSON.parse(
          services.sealer.openText(row.contact_sealed, reportSealContext.contact(row.id)),
        ) as ReportAnswers['contact']);
  return { ...content, ...(contact === undefined ? {} : { contact }) };
}

/**
 * Peak resident set of this process, in bytes. Linux: VmHWM, the high-water mark of this
 * program's own memory. Not ru_maxrss: Linux keeps that across execve, so a server forked from a
 * parent holding a loaded store (bench/run.ts) reported the parent's size as its own peak.
 */
function peakRssBytes(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1] !== undefined) return Number(match[1]) * 1024;
  } catch {
    // not Linux: fall back to ru_maxrss (kilobytes on Linux, bytes on macOS; close enough here)
  }
  return process.resourceUsage().maxRSS * 1024;
}

const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);

async function main(options: ServerOptions): Promise<void> {
  const send = (reply: ServerReply) => process.send?.(reply);
  const config = loadConfig({
    LINEBREAK_ENV: 'test',
    LINEBREAK_DATA_DIR: options.dataDir,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    LOG_LEVEL: 'error',
    // For measuring other sizes (docs/performance.md, issue 19); the default is the server's own.
    ...(process.env.PGLITE_SHARED_BUFFERS ? { PGLITE_SHARED_BUFFERS: process.env.PGLITE_SHARED_BUFFERS } : {}),
    PUBLIC_PORT: '0',
    STAFF_PORT: '0',
  });
  const logger = createLogger({ level: config.logLevel });
  const limits = options.productionLimits === true ? defaultJourneyLimits : benchJourneyLimits;
  const steps: MemoryStep[] = [];
  let wasmHeapBytes = () => 0;
  const measureStep = (step: string) => {
    const usage = process.memoryUsage();
    steps.push({
      step,
      rssMb: megabytes(usage.rss),
      peakMb: megabytes(peakRssBytes()),
      heapUsedMb: megabytes(usage.heapUsed),
      wasmHeapMb: megabytes(wasmHeapBytes()),
    });
  };
  measureStep('node and imports');
  // Opened as `linebreak serve` opens it, with the same settings (PGlite's shared_buffers: until
  // 2026-12-05 the benchmark opened it with PGlite's default 128MB, 100 MB more than a server).
  const database = await openConfiguredDatabase(config);
  wasmHeapBytes = () => database.wasmHeapBytes?.() ?? 0;
  measureStep('database open');
  await migrateToLatest(database.db);
  measureStep('migrations checked');
  const keys = { dataKey: randomBytes(32), receiptKey: randomBytes(32) };
  const services = await createServices({ config, database, clock: systemClock, keys, logger });
  measureStep('services built');
  const apps: FastifyInstance[] = [await createPublicApp(services, { limits }), await createStaffApp(services)];
  const [publicUrl, staffUrl] = await Promise.all(apps.map((app) => app.listen({ host: '127.0.0.1', port: 0 })));
  measureStep('apps listening');
  let scheduler: Scheduler | undefined;
  if (options.runJobs) {
    const jobs = listJobs(services);
    scheduler = createScheduler(jobs, logger);
    // Each job runs once at start: here one at a time first, so each one's memory is its own
    // step; the scheduler's own first round then finds nothing left to do.
    for (const job of jobs) {
      await scheduler.runNow(job.name);
      measureStep(`job ${job.name}`);
    }
    scheduler.start();
  }

  const inspector = new Session();
  process.on('message', (message: ServerRequest) => {
    void (async () => {
      try {
        switch (message.type) {
          case 'raw-insert': {
            // The same rows in the same transaction shape as the submit route, through the same
            // service: sealed report, receipt hash, processing queue entry, audit event.
            // The answers are those of a report already sent through the public site, read back,
            // so both paths store the same rows.
            const answers = await answersOfAStoredReport(services);
            const started = performance.now();
            await runConcurrently(message.count, message.concurrency, async () => {
              await services.db.transaction().execute((tx) =>
                services.reports.recordNewReport(tx, {
                  channel: 'web',
                  answers,
                  photos: [],
                  actor: { type: 'public' },
                }),
              );
            });
            send({ type: 'raw-insert', seconds: (performance.now() - started) / 1000 });
            break;
          }
          case 'profile': {
            // A V8 CPU profile of one phase (e.g. only the timed sends), for finding hot spots.
            if (message.action === 'start') {
              inspector.connect();
              await inspector.post('Profiler.enable');
              await inspector.post('Profiler.start');
            } else {
              const { profile } = await inspector.post('Profiler.stop');
              if (message.file) writeFileSync(message.file, JSON.stringify(profile));
              inspector.disconnect();
            }
            send({ type: 'profile' });
            break;
          }
          case 'memory': {
            const usage = process.memoryUsage();
            send({
              type: 'memory',
              rssBytes: usage.rss,
              peakRssBytes: peakRssBytes(),
              heapUsedBytes: usage.heapUsed,
              heapTotalBytes: usage.heapTotal,
              externalBytes: usage.external,
              wasmHeapBytes: wasmHeapBytes(),
            });
            break;
          }
          case 'waiting-reports': {
            const row = await services.db
              .selectFrom('report_processing')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('state', 'in', ['pending', 'failed'])
              .executeTakeFirstOrThrow();
            send({ type: 'waiting-reports', count: Number(row.n) });
            break;
          }
          case 'stop': {
            await Promise.all(apps.map((app) => app.close()));
            await scheduler?.stop();
            await database.close();
            send({ type: 'stopped' });
            process.disconnect();
            break;
          }
        }
      } catch (error) {
        send({ type: 'error', message: (error as Error).message });
      }
    })();
  });
  send({
    type: 'ready',
    publicUrl,
    staffUrl,
    powBits: limits.proofOfWorkBits,
    steps,
  } as ServerReply);
}

if (import.meta.main) {
  const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;
  main(options).catch((error: unknown) => {
    process.send?.({ type: 'error', message: (error as Error).message } satisfies ServerReply);
    process.exitCode = 1;
  });
}
