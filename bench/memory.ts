// Peak memory (resident set) of the server, in its own process, while it takes reports through
// the public site and its background job triages them against a store of the size being measured.
// The reports are real journey submissions; their identifiers are blind-indexed with the
// server's own key, so they add to the store rather than hit the benchmark's preloaded entities.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendReports } from './intake.ts';
import { startBenchServer } from './server-control.ts';

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
    return {
      engine: options.engine,
      storedReports: options.storedReports,
      reportsSent: options.reports,
      startRssMb,
      peakRssMb: await server.peakRssMb(),
      triageSeconds,
      ...(creatingPeakRssMb === undefined ? {} : { creatingPeakRssMb }),
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
