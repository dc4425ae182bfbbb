import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { loadConfig } from '../src/config/config.ts';
import { createServices } from '../src/main/services.ts';
import { buildActor } from '../src/modules/access/index.ts';
import { listStreets } from '../src/modules/gazetteer/index.ts';
import { entityLabelContext } from '../src/modules/pole/index.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createSealer } from '../src/platform/crypto/sealer.ts';
import { createLogger } from '../src/platform/logging/logger.ts';
import { freshDatabase, percentile, round, type BenchEngine } from './support.ts';

// Issue 16's budgets through the real services (access checks, unsealing, audit): the tactical assessment
// dashboard (p95 ≤ 300 ms) and the hexagon hotspot map of reports (≤ 1 s) at `reports` stored reports.
// Each report mentions one of `locations` addresses (real sealed labels on gazetteer streets, skewed so
// some are hot) on its day, over 670 days. Run alone with `node bench/analysis.ts [reports] [pglite|postgresql]`.

export type AnalysisResult = {
  engine: string;
  reports: number;
  locations: number;
  dashboardSamples: number;
  dashboardP50Ms: number;
  dashboardP95Ms: number;
  hexSamples: number;
  hexP50Ms: number;
  hexP95Ms: number;
  hexMaxMs: number;
  hexPlaces: number;
  preloadSeconds: number;
};

const quiet = new Writable({
  write(_chunk, _encoding, callback) {
    callback();
  },
});

export async function runAnalysisBenchmark(
  engine: BenchEngine,
  options: { reports: number; locations: number; samples: number },
): Promise<AnalysisResult> {
  const database = await freshDatabase(engine, 'analysis');
  try {
    const keys = { dataKey: randomBytes(32), receiptKey: randomBytes(32) };
    const config = loadConfig({ LINEBREAK_ENV: 'test', LOG_LEVEL: 'error', LINEBREAK_DATA_DIR: '/nonexistent' });
    const logger = createLogger({ level: 'error', destination: quiet });
    const services = await createServices({ config, database, clock: systemClock, keys, logger });
    const sealer = await createSealer(keys.dataKey);
    const actor = (roles: ('intelligence_supervisor' | 'intelligence_analyst')[]) =>
      buildActor({ userId: randomUUID(), displayName: 'Bench', roles, teamIds: [], partnerOrganisationId: null });
    const supervisor = actor(['intelligence_supervisor']);
    const db = database.db;
    const started = performance.now();
    const { reports, locations } = options;
    await sql`
      insert into reports (id, channel, categories, child_involved, vulnerable_adult_involved, threat_to_life,
                           submitted_on, receipt_hash, answers_sealed, review_on)
      select md5('report' || r)::uuid, case when r % 5 = 0 then 'phone' else 'web' end, array['dealing_place'],
             false, false, false, current_date - (r % 670), sha256(('receipt' || r)::bytea), '\\x00'::bytea,
             current_date + 365
      from generate_series(0, ${reports - 1}) r`.execute(db);
    await sql`
      insert into pole_entities (id, kind, blind_key, label_sealed, first_seen, last_seen, report_count)
      select md5('location' || i)::uuid, 'location', 'bench-location-' || i, '\\x00'::bytea, current_date - 670, current_date, 0
      from generate_series(0, ${locations - 1}) i`.execute(db);
    // Skewed like real hot spots: squaring a uniform draw favours low-numbered addresses.
    await sql`
      insert into pole_mentions (entity_id, report_id, observed_on, field)
      select md5('location' || floor(${locations} * power((abs(hashtext('l' || r)::bigint) % 1000000) / 1000000.0, 2))::bigint)::uuid,
             md5('report' || r)::uuid, current_date - (r % 670), 'details'
      from generate_series(0, ${reports - 1}) r`.execute(db);
    // Real sealed labels: "<n> <street>" over the gazetteer's streets.
    const streets = listStreets();
    const ids = (
      await sql<{
        id: string;
        i: number;
      }>`select md5('location' || i)::uuid as id, i from generate_series(0, ${locations - 1}) i`.execute(db)
    ).rows;
    for (let start = 0; start < ids.length; start += 1000) {
      const batch = ids.slice(start, start + 1000).map(({ id, i }) => ({
        id,
        label: sealer.seal(
          `${String((i % 120) + 1)} ${streets[i % streets.length]?.name ?? 'High Street'}`,
          entityLabelContext(id),
        ),
      }));
      await sql`
        update pole_entities e set label_sealed = v.label
        from (select unnest(${sql.val(batch.map((b) => b.id))}::uuid[]) as id, unnest(${sql.val(batch.map((b) => b.label))}::bytea[]) as label) v
        where e.id = v.id`.execute(db);
    }
    await sql`vacuum analyze`.execute(db);
    const preloadSeconds = (performance.now() - started) / 1000;

    const time = async (run: () => Promise<unknown>, samples: number) => {
      await run(); // warm-up
      const timings: number[] = [];
      for (let n = 0; n < samples; n += 1) {
        const t = performance.now();
        await run();
        timings.push(performance.now() - t);
      }
      return timings.sort((a, b) => a - b);
    };
    const dashboard = await time(() => services.dashboard.read(supervisor, { bucket: 'week' }), options.samples);
    let hexPlaces = 0;
    const year = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
    const hex = await time(
      async () => {
        const map = await services.hotspots.hotspots(supervisor, {
          layer: 'reports',
          unit: 'hex',
          resolution: 8,
          from: year,
        });
        hexPlaces = map.features.length;
      },
      Math.max(5, Math.floor(options.samples / 3)),
    );
    return {
      engine: engine.name,
      reports,
      locations,
      dashboardSamples: dashboard.length,
      dashboardP50Ms: round(percentile(dashboard, 50)),
      dashboardP95Ms: round(percentile(dashboard, 95)),
      hexSamples: hex.length,
      hexP50Ms: round(percentile(hex, 50)),
      hexP95Ms: round(percentile(hex, 95)),
      hexMaxMs: round(hex.at(-1) ?? 0),
      hexPlaces,
      preloadSeconds: round(preloadSeconds, 1),
    };
  } finally {
    await database.close();
  }
}

export const analysisTableHeader =
  '| engine | reports | addresses | dashboard p50 ms | dashboard p95 ms | meets ≤ 300 | hexagon map (a year, res. 8) p50 ms | p95 ms | max ms | meets ≤ 1 s | hexagons | preload s |\n|---|---|---|---|---|---|---|---|---|---|---|---|';

export function formatAnalysisRow(r: AnalysisResult): string {
  return `| ${r.engine} | ${r.reports.toLocaleString('en-GB')} | ${r.locations.toLocaleString('en-GB')} | ${String(r.dashboardP50Ms)} | ${String(r.dashboardP95Ms)} | ${r.dashboardP95Ms <= 300 ? 'yes' : '**no**'} | ${String(r.hexP50Ms)} | ${String(r.hexP95Ms)} | ${String(r.hexMaxMs)} | ${r.hexP95Ms <= 1000 ? 'yes' : '**no**'} | ${String(r.hexPlaces)} | ${String(r.preloadSeconds)} |`;
}

if (import.meta.main) {
  const reports = Number(process.argv[2] ?? 100_000);
  const name = process.argv[3] === 'postgresql' ? 'postgresql' : 'pglite';
  const engine: BenchEngine =
    name === 'postgresql'
      ? { name, url: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' }
      : { name };
  const result = await runAnalysisBenchmark(engine, {
    reports,
    locations: Math.min(20_000, Math.max(100, Math.floor(reports / 50))),
    samples: 30,
  });
  process.stdout.write(`${analysisTableHeader}\n${formatAnalysisRow(result)}\n`);
}
