// The 10-million-report correlation store (issue 19) takes about half an hour to preload, longer
// than the whole of `npm run bench`, so it is kept in a named PostgreSQL database between runs:
//
//   node bench/correlation-kept.ts preload 10000000   # once: creates linebreak_bench_kept_10000000
//   node bench/correlation-kept.ts measure 10000000   # any time after: migrates it, times 300 reports
//   node bench/correlation-kept.ts memory 10000000    # the server's peak RSS taking reports against it
//   node bench/correlation-kept.ts drop 10000000
//
// BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
import { loadavg } from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/platform/db/migrator.ts';
import { openDatabase } from '../src/platform/db/create-db.ts';
import { measure, preload } from './correlation.ts';
import { measureServerMemory } from './memory.ts';
import { percentile, round } from './support.ts';

const [command, sizeArgument] = process.argv.slice(2);
const reports = Number(sizeArgument ?? '10000000');
if (!['preload', 'measure', 'memory', 'drop'].includes(command ?? '') || !Number.isInteger(reports) || reports < 1) {
  process.stderr.write('usage: node bench/correlation-kept.ts preload|measure|memory|drop REPORTS\n');
  process.exit(2);
}
const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `linebreak_bench_kept_${String(reports)}`;
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const say = (line: string) => process.stdout.write(`${line}\n`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

if (command === 'drop') {
  await admin(`drop database if exists ${name} with (force)`);
  say(`dropped ${name}`);
} else if (command === 'preload') {
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const handle = await openDatabase({ kind: 'postgresql', url: url.toString(), poolSize: 2 });
  try {
    await migrateToLatest(handle.db);
    const started = performance.now();
    say(`preloading ${String(reports)} reports into ${name} (load ${load()})`);
    await preload(handle.db, reports);
    say(`preloaded in ${String(round((performance.now() - started) / 1000, 0))} s (load ${load()})`);
  } finally {
    await handle.close();
  }
} else if (command === 'measure') {
  const handle = await openDatabase({ kind: 'postgresql', url: url.toString(), poolSize: 4 });
  try {
    await migrateToLatest(handle.db);
    const counts = await sql<{ e: string; m: string; l: string }>`
      select (select count(*) from pole_entities) as e, (select count(*) from pole_mentions) as m,
             (select count(*) from pole_links) as l`.execute(handle.db);
    say(`store ${name}: ${JSON.stringify(counts.rows[0])} (load before ${load()})`);
    const { timings, baseline, warmup, pausedByGc } = await measure(handle.db, reports, 300);
    const withoutGc = timings.filter((_, index) => !pausedByGc[index]).sort((a, b) => a - b);
    timings.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const p99 = percentile(timings, 99);
    const baselineP99 = percentile(baseline, 99);
    say(
      JSON.stringify({
        storedReports: reports,
        measuredReports: timings.length,
        p50Ms: round(percentile(timings, 50)),
        p99Ms: round(p99),
        maxMs: round(timings.at(-1) ?? Number.NaN),
        baselineP50Ms: round(percentile(baseline, 50), 3),
        baselineP99Ms: round(baselineP99, 3),
        p99ToBaseline: round(p99 / baselineP99, 1),
        warmupReports: warmup.length,
        p99WithWarmupMs: round(
          percentile(
            [...warmup, ...timings].sort((a, b) => a - b),
            99,
          ),
        ),
        reportsPausedByGc: pausedByGc.filter(Boolean).length,
        p99WithoutGcMs: round(percentile(withoutGc, 99)),
        loadAfter: load(),
      }),
    );
  } finally {
    await handle.close();
  }
} else {
  const result = await measureServerMemory({
    engine: 'postgresql',
    storedReports: reports,
    databaseUrl: url.toString(),
    reports: 200,
    concurrency: 8,
  });
  say(JSON.stringify({ ...result, load: load() }));
}
