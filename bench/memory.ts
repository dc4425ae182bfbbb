// Peak memory (resident set) of the server, in its own process, while it takes reports through
// the public site and its background job triages them against a store of the size being measured.
// The reports are real journey submissions; their identifiers are blind-indexed with the
// server's own key, so they add to the store rather than hit the benchmark's preloaded entities.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preload } from './correlation.ts';
import { sendReports } from './intake.ts';
import { startBenchServer } from './server-control.ts';
import type { MemoryStep } from './server-process.ts';
import { freshDatabase } from './support.ts';

export type MemoryResult = {
  engine: string;
  storedReports: number;
  reportsSent: number;
  /** Resident set right after start-up, MB. */
  startRssMb: number;
  /** Highest resident set of the server process over its life, MB. */
  peakRssMb: number;
  /** Seconds until the background job had triaged every report sent. */
  triageSeconds: number;
  /** Peak of an earlier process that created the database, when one was run first (PGlite). */
  creatingPeakRssMb?: number;
  /** Resident set, V8 heap and PGlite's WASM memory after each step of the start. */
  startSteps: readonly MemoryStep[];
  /** PGlite's WASM memory after the work, MB (0 on PostgreSQL). */
  wasmHeapAfterWorkMb: number;
};

/** Issue 19: the embedded server steady within 300 MB (500 MB on its first start), PostgreSQL's within 300 MB. */
export const memoryBudgetMb = 300;

export async function measureServerMemory(options: {
  engine: string;
  storedReports: number;
  databaseUrl?: string;
  reports: number;
  concurrency: number;
  /**
   * Embedded database: create it in a first server process, then measure a second one that
   * opens it, as a server does on every start after the first (creating a PGlite database runs
   * its initdb inside the process, a one-off peak of about 1 GB).
   */
  createDatabaseFirst?: boolean;
  /** Fills the server's data folder first (PGlite: a loaded store saved as its embedded database). */
  prepareDataDir?: (dataDir: string) => Promise<void>;
}): Promise<MemoryResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linebreak-bench-memory-'));
  await options.prepareDataDir?.(dataDir);
  let creatingPeakRssMb: number | undefined;
  if (options.createDatabaseFirst === true) {
    const creating = await startBenchServer({ dataDir, runJobs: false });
    creatingPeakRssMb = await creating.peakRssMb();
    await creating.stop();
  }
  const server = await startBenchServer({
    dataDir,
    runJobs: true,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  });
  try {
    const startRssMb = Math.round((await server.ask({ type: 'memory' })).rssBytes / 2 ** 20);
    const started = performance.now();
    await sendReports(server, options.reports, options.concurrency);
    for (let waited = 0; waited < 600; waited += 1) {
      if ((await server.ask({ type: 'waiting-reports' })).count === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const triageSeconds = Math.round((performance.now() - started) / 100) / 10;
    const after = await server.ask({ type: 'memory' });
    return {
      engine: options.engine,
      storedReports: options.storedReports,
      reportsSent: options.reports,
      startRssMb,
      peakRssMb: await server.peakRssMb(),
      triageSeconds,
      startSteps: server.startSteps,
      wasmHeapAfterWorkMb: Math.round(after.wasmHeapBytes / 2 ** 20),
      ...(creatingPeakRssMb === undefined ? {} : { creatingPeakRssMb }),
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Saves a PGlite store of `storedReports` reports' POLE data (bench/correlation.ts) into `dataDir`. */
export async function saveCorrelationStore(dataDir: string, storedReports: number): Promise<void> {
  const database = await freshDatabase({ name: 'pglite' }, 'memory');
  try {
    await preload(database.db, storedReports);
    await database.saveTo?.(dataDir);
  } finally {
    await database.close();
  }
}

// `node bench/memory.ts [stored reports] [reports sent]`: the embedded server opening a saved
// correlation store, with its memory step by step (Markdown on standard output).
if (import.meta.main) {
  const storedReports = Number(process.argv[2] ?? 100_000);
  const reports = Number(process.argv[3] ?? 200);
  const result = await measureServerMemory({
    engine: 'pglite',
    storedReports,
    reports,
    concurrency: 8,
    // BENCH_STORE_CACHE=<folder> keeps the saved store there and copies it on later runs.
    prepareDataDir: async (dataDir) => {
      const cache = process.env.BENCH_STORE_CACHE;
      if (cache === undefined) return saveCorrelationStore(dataDir, storedReports);
      const saved = join(cache, `pglite-${String(storedReports)}`);
      if (!existsSync(saved)) {
        mkdirSync(saved, { recursive: true });
        await saveCorrelationStore(saved, storedReports);
      }
      cpSync(saved, dataDir, { recursive: true });
    },
  });
  const lines = [
    `PGlite server opening a ${storedReports.toLocaleString('en-GB')}-report store\n`,
    '| step | RSS MB | peak MB | V8 heap used MB | PGlite WASM MB |\n|---|---|---|---|---|',
    ...result.startSteps.map(
      (step) =>
        `| ${step.step} | ${String(step.rssMb)} | ${String(step.peakMb)} | ${String(step.heapUsedMb)} | ${String(step.wasmHeapMb)} |`,
    ),
    `\nidle after start ${String(result.startRssMb)} MB; after ${String(reports)} reports sent and triaged (${String(result.triageSeconds)} s): peak ${String(result.peakRssMb)} MB, WASM ${String(result.wasmHeapAfterWorkMb)} MB`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
