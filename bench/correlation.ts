import { randomUUID } from 'node:crypto';
import { PerformanceObserver } from 'node:perf_hooks';
import { sql } from 'kysely';
import { defaultThresholds } from '../src/modules/correlation/correlation-rules.ts';
import type { Observation } from '../src/modules/pole/observations.ts';
import { createReportPersonResolver } from '../src/modules/resolution/index.ts';
import { processReport } from '../src/modules/triage/process-report.ts';
import { deferCommitFlush } from '../src/modules/triage/report-processing.repository.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createBlindIndex } from '../src/platform/crypto/blind-index.ts';
import { createSealer } from '../src/platform/crypto/sealer.ts';
import type { Db } from '../src/platform/db/database.ts';
import { freshDatabase, loadCorpusTexts, percentile, round, seededRandom, type BenchEngine } from './support.ts';

export type CorrelationResult = {
  engine: string;
  storedReports: number;
  entities: number;
  mentions: number;
  links: number;
  preloadSeconds: number;
  measuredReports: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /**
   * The machine's pace in the same run: one transaction of ten indexed lookups of entities by
   * blind key, timed right after each report. A busy machine slows both, so the ratio of the
   * p99s says more than either figure alone.
   */
  baselineP50Ms: number;
  baselineP99Ms: number;
  p99ToBaseline: number;
  /** Reports processed untimed first (JIT and first-use warm-up of the whole path), and the p99 had they been timed too. */
  warmupReports: number;
  p99WithWarmupMs: number;
  /**
   * How many timed reports a garbage collection of this process paused for 1 ms or more, and the p99 of the
   * others: where the tail comes from (the triage job in the server pays the same pauses).
   */
  reportsPausedByGc: number;
  p99WithoutGcMs: number;
};

/**
 * Reports processed before timing starts. The first reports of a process pay V8's compilation of
 * the whole path (extraction patterns, Kysely, the database driver): 7–30 ms each for about the
 * first 20 on this machine. A server pays that once after it starts, so the p99 is of the reports
 * after it; `p99WithWarmupMs` says what it would be with them.
 */
export const correlationWarmupReports = 30;

/**
 * Grows a store to `storedReports` reports' worth of POLE data in bulk SQL (each report names a
 * phone, an address and, every third report, a vehicle, with skewed reuse so some entities are
 * hot), then times the triage job's real path for new reports (processReport): extract entities
 * from a corpus text, resolve entities and people, link them, and run every correlation rule, each
 * report in its own transaction.
 */
export async function runCorrelationBenchmark(
  engine: BenchEngine,
  storedReports: number,
  measured = 300,
  /** Runs on the loaded store before it is dropped: PostgreSQL's URL, or PGlite's cluster saved to a folder. */
  whileLoaded?: (loaded: LoadedStore) => Promise<void>,
): Promise<CorrelationResult> {
  const database = await freshDatabase(engine, `corr_${String(storedReports)}`);
  try {
    const started = performance.now();
    await preload(database.db, storedReports);
    const preloadSeconds = (performance.now() - started) / 1000;
    const { timings, baseline, warmup, pausedByGc } = await measure(database.db, storedReports, measured);
    const counts = await sql<{ e: string; m: string; l: string }>`
      select (select count(*) from pole_entities) as e, (select count(*) from pole_mentions) as m,
             (select count(*) from pole_links) as l`.execute(database.db);
    const row = counts.rows[0];
    if (whileLoaded) {
      await whileLoaded(
        database.url === undefined
          ? { engine: 'pglite', saveTo: (dataDir) => database.saveTo?.(dataDir) ?? Promise.resolve() }
          : { engine: 'postgresql', databaseUrl: database.url },
      );
    }
    const withWarmup = [...warmup, ...timings].sort((a, b) => a - b);
    const withoutGc = timings.filter((_, index) => !pausedByGc[index]).sort((a, b) => a - b);
    timings.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    return {
      engine: engine.name,
      storedReports,
      entities: Number(row?.e),
      mentions: Number(row?.m),
      links: Number(row?.l),
      preloadSeconds: round(preloadSeconds, 1),
      measuredReports: measured,
      p50Ms: round(percentile(timings, 50)),
      p99Ms: round(percentile(timings, 99)),
      meanMs: round(timings.reduce((a, b) => a + b, 0) / timings.length),
      baselineP50Ms: round(percentile(baseline, 50), 3),
      baselineP99Ms: round(percentile(baseline, 99), 3),
      p99ToBaseline: round(percentile(timings, 99) / percentile(baseline, 99), 1),
      warmupReports: warmup.length,
      p99WithWarmupMs: round(percentile(withWarmup, 99)),
      reportsPausedByGc: pausedByGc.filter(Boolean).length,
      p99WithoutGcMs: round(percentile(withoutGc, 99)),
    };
  } finally {
    await database.close();
  }
}

function poolSizes(reports: number) {
  return {
    phones: Math.max(10, Math.floor(reports / 20)),
    locations: Math.max(10, Math.floor(reports / 10)),
    vehicles: Math.max(10, Math.floor(reports / 30)),
  };
}

export async function preload(db: Db, reports: number): Promise<void> {
  const { phones, locations, vehicles } = poolSizes(reports);
  // hashtext() spreads reports over each pool like independent draws; squaring the draw skews
  // it towards low numbers, so a few entities are named by many reports, as real hot spots are.
  const mention = (kind: string, pool: number, everyNth: number) =>
    sql`select md5(${kind} || floor(${pool} * power((abs(hashtext(${kind} || r)::bigint) % 1000000) / 1000000.0, 2))::bigint)::uuid as entity_id,
               md5('report' || r)::uuid as report_id, date '2025-01-01' + (r % 670) as observed_on
        from generate_series(0, ${reports - 1}) r where r % ${everyNth} = 0`;
  // Secondary indexes are dropped for the bulk load and built again after it: one sorted build is
  // many times faster than tens of millions of single-row index inserts. Constraint indexes stay.
  const secondary = await sql<{ name: string; definition: string }>`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in ('pole_mentions', 'pole_links', 'pole_link_sources')
      and not exists (select 1 from pg_constraint c where c.conindid = to_regclass(quote_ident(i.indexname)))`.execute(
    db,
  );
  for (const index of secondary.rows) await sql`drop index ${sql.id(index.name)}`.execute(db);
  await sql`
    insert into pole_entities (id, kind, blind_key, label_sealed, first_seen, last_seen, report_count)
    select md5(k.kind || i)::uuid, k.kind, 'bench-' || k.kind || '-' || i, '\\x00'::bytea, date '2025-01-01', date '2026-10-31', 0
    from (values ('phone', ${phones}::int), ('location', ${locations}::int), ('vehicle', ${vehicles}::int)) as k(kind, pool),
         lateral generate_series(0, k.pool - 1) i`.execute(db);
  await sql`
    insert into pole_mentions (entity_id, report_id, observed_on, field)
    select entity_id, report_id, observed_on, 'details' from (
      ${mention('phone', phones, 1)}
      union all ${mention('location', locations, 1)}
      union all ${mention('vehicle', vehicles, 3)}
    ) m`.execute(db);
  await sql`update pole_entities e set report_count = c.n from (select entity_id, count(*)::int as n from pole_mentions group by entity_id) c where e.id = c.entity_id`.execute(
    db,
  );
  await sql`
    create temporary table bench_pairs as
    select least(p.entity_id, l.entity_id) as a, greatest(p.entity_id, l.entity_id) as b, p.report_id, p.observed_on
    from (${mention('phone', phones, 1)}) p join (${mention('location', locations, 1)}) l using (report_id)`.execute(
    db,
  );
  await sql`
    insert into pole_links (id, entity_a, entity_b, kind, confidence, first_seen, last_seen, source_count)
    select md5('link' || a || b)::uuid, a, b, 'location–phone', 1 - power(0.7, count(*)), min(observed_on), max(observed_on), count(*)
    from bench_pairs group by a, b`.execute(db);
  await sql`
    insert into pole_link_sources (link_id, report_id, observed_on)
    select md5('link' || a || b)::uuid, report_id, observed_on from bench_pairs on conflict do nothing`.execute(db);
  await sql`drop table bench_pairs`.execute(db);
  await db.transaction().execute(async (trx) => {
    await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
    for (const index of secondary.rows) await sql.raw(index.definition).execute(trx);
  });
  // As autovacuum would have by now: statistics, and the visibility map index-only scans rely on.
  await sql`vacuum analyze`.execute(db);
  // And as the checkpointer would have: without this, the bulk load's dirty pages are written out
  // while reports are timed (a spread checkpoint of several minutes on PostgreSQL).
  await sql`checkpoint`.execute(db);
}

export type LoadedStore =
  | { readonly engine: 'postgresql'; readonly databaseUrl: string }
  | { readonly engine: 'pglite'; saveTo(dataDir: string): Promise<void> };

export async function measure(
  db: Db,
  reports: number,
  count: number,
  warmupCount = correlationWarmupReports,
): Promise<{ timings: number[]; baseline: number[]; warmup: number[]; pausedByGc: boolean[] }> {
  const texts = loadCorpusTexts();
  const random = seededRandom(42);
  const realIndex = createBlindIndex(Buffer.alloc(32, 1));
  // Preloaded entities carry readable bench keys; real extracted identifiers go through the HMAC.
  const blindIndex = (kind: string, key: string) => (key.startsWith('bench-') ? key : realIndex(kind, key));
  const sealer = await createSealer(Buffer.alloc(32, 2));
  // One person resolver for the run, as the triage job keeps one (it holds the trained model between reports).
  const personResolver = createReportPersonResolver({ sealer, blindIndex });
  const { phones, locations } = poolSizes(reports);
  const timings: number[] = [];
  const baseline: number[] = [];
  const warmup: number[] = [];
  // Each timed report's span, and every garbage collection's, to tell which reports a pause fell in.
  const spans: [number, number][] = [];
  const pauses: [number, number][] = [];
  const gcObserver = new PerformanceObserver((list) => {
    // Pauses under a millisecond (incremental marking steps) do not shape the tail.
    for (const entry of list.getEntries()) {
      if (entry.duration >= 1) pauses.push([entry.startTime, entry.startTime + entry.duration]);
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < warmupCount + count; i += 1) {
    const text = texts[i % texts.length] ?? '';
    const hot: Observation[] = [
      {
        kind: 'phone',
        key: `bench-phone-${String(Math.floor(random() * Math.min(phones, 50)))}`,
        label: 'x',
        field: 'phones',
      },
      {
        kind: 'location',
        key: `bench-location-${String(Math.floor(random() * locations))}`,
        label: 'x',
        field: 'where',
      },
    ];
    const started = performance.now();
    // The real per-report path of the triage job (src/modules/triage/process-report.ts): extract,
    // resolve entities and people, link, run every rule, in one transaction as the job does.
    const reportId = randomUUID();
    await db.transaction().execute(async (tx) => {
      await deferCommitFlush(tx);
      await processReport(
        tx,
        { sealer, blindIndex, clock: systemClock, thresholds: defaultThresholds, personResolver },
        {
          reportId,
          submittedOn: '2026-11-01',
          texts: [
            { field: 'details', text },
            ...(i % 7 === 0 ? [{ field: 'phones.0.messageText', text: 'ting ting, white and dark, open late' }] : []),
          ],
          structured: hot,
          childInvolved: i % 10 === 0,
          cuckooingSigns: i % 15 === 0,
          advertisesDrugs: i % 7 === 0,
        },
      );
    });
    if (i < warmupCount) {
      warmup.push(performance.now() - started);
      continue;
    }
    const finished = performance.now();
    timings.push(finished - started);
    spans.push([started, finished]);
    const lookupStarted = performance.now();
    await db.transaction().execute(async (tx) => {
      for (let lookup = 0; lookup < 10; lookup += 1) {
        const kind = lookup % 2 === 0 ? 'phone' : 'location';
        const pool = kind === 'phone' ? phones : locations;
        await tx
          .selectFrom('pole_entities')
          .select(['id', 'report_count'])
          .where('kind', '=', kind)
          .where('blind_key', '=', `bench-${kind}-${String(Math.floor(random() * pool))}`)
          .executeTakeFirst();
      }
    });
    baseline.push(performance.now() - lookupStarted);
  }
  // GC entries are delivered asynchronously: let the last ones arrive.
  await new Promise((resolve) => setTimeout(resolve, 50));
  gcObserver.disconnect();
  const pausedByGc = spans.map(([from, to]) => pauses.some(([start, end]) => start < to && end > from));
  return { timings, baseline, warmup, pausedByGc };
}
