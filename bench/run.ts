// `npm run bench`: measures Linebreak at growing sizes on PGlite and, when reachable, PostgreSQL,
// then writes bench/results/latest.json and latest.md and prints the table. Not part of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { runCorrelationBenchmark, type CorrelationResult } from './correlation.ts';
import { runDetectionBenchmark, type DetectionResult } from './detection.ts';
import { runExtractionBenchmark } from './extraction.ts';
import { runNetworkBenchmark } from './network.ts';
import { formatResultsTable, runPersonMatchingBenchmark } from './person-matching.ts';
import type { BenchEngine } from './support.ts';

const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const quick = process.argv.includes('--quick');

async function postgresVersion(): Promise<string | null> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>('show server_version');
    return result.rows[0]?.server_version ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const report: string[] = [];
function log(line: string): void {
  report.push(line);
  process.stdout.write(`${line}\n`);
}

const started = Date.now();
const pgVersion = await postgresVersion();
const engines: BenchEngine[] = [
  { name: 'pglite' },
  ...(pgVersion ? [{ name: 'postgresql' as const, url: postgresUrl }] : []),
];
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  postgresql: pgVersion ?? 'not reachable (PGlite only)',
};
log(
  `Linebreak benchmark on ${machine.cpu}, ${String(machine.cores)} cores, ${String(machine.memoryGiB)} GiB, Node ${machine.node}, PostgreSQL ${machine.postgresql}`,
);

log('\n## Entity extraction');
const extraction = runExtractionBenchmark(quick ? 3 : 20);
log(
  `| texts | mean chars | p50 ms | p99 ms | ms per 2 KB |\n|---|---|---|---|---|\n| ${String(extraction.texts)} | ${String(extraction.meanChars)} | ${String(extraction.p50Ms)} | ${String(extraction.p99Ms)} | ${String(extraction.per2KbMs)} |`,
);

log('\n## Correlation: extract, resolve, link and run every rule for one new report');
const correlation: CorrelationResult[] = [];
const sizesFor = (engine: BenchEngine) =>
  quick ? [10_000] : engine.name === 'pglite' ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
log(
  '| engine | stored reports | entities | mentions | links | p50 ms | p99 ms | mean ms | preload s |\n|---|---|---|---|---|---|---|---|---|',
);
for (const engine of engines) {
  for (const size of sizesFor(engine)) {
    const result = await runCorrelationBenchmark(engine, size, quick ? 100 : 300);
    correlation.push(result);
    log(
      `| ${result.engine} | ${result.storedReports.toLocaleString('en-GB')} | ${result.entities.toLocaleString('en-GB')} | ${result.mentions.toLocaleString('en-GB')} | ${result.links.toLocaleString('en-GB')} | ${String(result.p50Ms)} | ${String(result.p99Ms)} | ${String(result.meanMs)} | ${String(result.preloadSeconds)} |`,
    );
  }
}

log('\n## Detection quality on generated worlds (ground truth from the generator)');
log(
  '| engine | seed | reports | lines | deal lines surfaced | trap houses surfaced | exploited children surfaced | alerts | false alert share | false / all, by kind | s per 1,000 reports |\n|---|---|---|---|---|---|---|---|---|---|---|',
);
const detection: DetectionResult[] = [];
const byKind = (result: DetectionResult) =>
  Object.entries(result.alertsByKind)
    .map(([kind, all]) => `${kind} ${String(result.falseAlertsByKind[kind] ?? 0)}/${String(all)}`)
    .join(', ');
for (const seed of quick ? [20_261_126] : [20_261_126, 7, 99]) {
  const engine = engines[engines.length - 1] ?? { name: 'pglite' as const };
  const result = await runDetectionBenchmark(engine, { seed, reports: quick ? 1000 : 3000, lines: 4 });
  detection.push(result);
  log(
    `| ${engine.name} | ${String(result.seed)} | ${String(result.reports)} | ${String(result.lines)} | ${String(result.dealLinesSurfaced)} | ${String(result.trapHousesSurfaced)} | ${String(result.exploitedChildrenSurfaced)} | ${String(result.alerts)} | ${String(result.falseAlertShare)} | ${byKind(result)} | ${String(result.secondsPerThousandReports)} |`,
  );
}

log("\n## Person matching (pairwise, against the benchmarks' ground-truth clusters)");
const personMatching = await runPersonMatchingBenchmark();
log(formatResultsTable(personMatching));

log('\n## Link analysis (k-hop expansion, shortest paths, Louvain)');
const network = [];
for (const engine of engines) {
  network.push(
    await runNetworkBenchmark({
      ...(engine.url ? { databaseUrl: engine.url } : {}),
      ...(quick ? { entities: 20_000, louvainEntities: 20_000, samples: 10 } : {}),
      log,
    }),
  );
}

const results = {
  generatedAt: new Date().toISOString(),
  machine,
  seconds: Math.round((Date.now() - started) / 1000),
  extraction,
  correlation,
};
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('results/latest.md', import.meta.url), `# Benchmark results\n\n${report.join('\n')}\n`);
log(`\nWrote bench/results/latest.json and latest.md in ${String(results.seconds)} s.`);
