import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { buildActor } from '../src/modules/access/index.ts';
import { reportSealContext } from '../src/modules/reports/report.service.ts';
import { reportSearchTokens, searchDigest } from '../src/modules/search/index.ts';
import { createReportSearchService } from '../src/modules/triage/report-search.service.ts';
import { createAuditTrail } from '../src/platform/audit/audit-trail.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createBlindIndex } from '../src/platform/crypto/blind-index.ts';
import { createSealer, type Sealer } from '../src/platform/crypto/sealer.ts';
import type { Db } from '../src/platform/db/database.ts';
import { freshDatabase, loadCorpusTexts, percentile, round, seededRandom, type BenchEngine } from './support.ts';

export type SearchResult = {
  engine: string;
  storedReports: number;
  tokenRows: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanHits: number;
  preloadSeconds: number;
};

// Synthetic vocabulary (invented combinations, no real people): each report adds a person with
// a nickname, a street, a phone and every third report a registration to a corpus text, drawn
// with a skew so some names, numbers and streets recur across many reports, as hot spots do.
const firstNames =
  'Aaron Bilal Callum Darnell Ellis Femi Grant Harvey Isaac Jordan Kai Leon Mason Nathan Owen Reece Tyler Zane'.split(
    ' ',
  );
const surnames =
  'Abbott Barker Carver Dunmore Eastley Fenwick Garside Holcroft Ingram Jessop Kilner Lomax Marsden Norcott'.split(' ');
const nicknames =
  'Tiny Spider Ghost Smokey Bully Chops Dinks Fish Gizmo Jinx Kilo Loco Moose Nitro Pepper Rizla Snipe Trigger'.split(
    ' ',
  );
const streets = [
  'Hatfield Road',
  'London Road',
  'Victoria Street',
  'Holywell Hill',
  'Catherine Street',
  'Sandpit Lane',
  'Fishpool Street',
  'Camp Road',
  'Marshalswick Lane',
  'Sandridge Road',
  'Beech Road',
  'Cell Barnes Lane',
  'Harpenden Road',
  'Watling Street',
  'Hazelwood Drive',
  'Oakwood Drive',
];
const letters = 'ABCDEFGHJKLMNOPRSTUVWXY';

function pick<T>(values: readonly T[], random: () => number, skew = 1): T {
  const value = values[Math.floor(random() ** skew * values.length)];
  if (value === undefined) throw new Error('empty pool');
  return value;
}

function poolsFor(reports: number, random: () => number) {
  const phones = Array.from({ length: Math.max(50, Math.floor(reports / 20)) }, () => {
    const digits = String(Math.floor(random() * 1e8)).padStart(8, '0');
    return `07${String(4 + Math.floor(random() * 6))}${digits.slice(0, 2)} ${digits.slice(2)}`;
  });
  const plates = Array.from({ length: Math.max(50, Math.floor(reports / 30)) }, () => {
    const l = () => letters.charAt(Math.floor(random() * letters.length));
    return `${l()}${l()}${String(15 + Math.floor(random() * 10))} ${l()}${l()}${l()}`;
  });
  return { phones, plates };
}

type Synthetic = { id: string; details: string; tokens: string[] };

function syntheticReports(
  count: number,
  pools: ReturnType<typeof poolsFor>,
  corpus: readonly { text: string; tokens: readonly string[] }[],
  random: () => number,
): Synthetic[] {
  return Array.from({ length: count }, (_, i) => {
    const base = pick(corpus, random);
    const person = `${pick(firstNames, random, 1.5)} ${pick(surnames, random, 1.5)}`;
    const extra = [
      `Seen with ${person} known as ${pick(nicknames, random, 1.5)} near ${String(1 + Math.floor(random() * 120))} ${pick(streets, random, 2)}.`,
      `Ring ${pick(pools.phones, random, 2)}.`,
      ...(i % 3 === 0 ? [`Car ${pick(pools.plates, random, 2)}.`] : []),
    ].join(' ');
    const tokens = new Set([...base.tokens, ...reportSearchTokens([extra])]);
    return { id: randomUUID(), details: `${base.text} ${extra}`, tokens: [...tokens] };
  });
}

async function preload(
  db: Db,
  sealer: Sealer,
  digestOf: (token: string) => string,
  reports: readonly Synthetic[],
  random: () => number,
): Promise<void> {
  const batch = 1000;
  const cache = new Map<string, string>();
  const digest = (token: string) => {
    let value = cache.get(token);
    if (value === undefined) {
      value = digestOf(token);
      cache.set(token, value);
    }
    return value;
  };
  for (let start = 0; start < reports.length; start += batch) {
    const slice = reports.slice(start, start + batch);
    const days = slice.map(() =>
      new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 700) * 86_400_000).toISOString().slice(0, 10),
    );
    await db.transaction().execute(async (tx) => {
      await tx
        .insertInto('reports')
        .values(
          slice.map((report, i) => {
            const day = days[i] ?? '2025-01-01';
            return {
              id: report.id,
              channel: 'web' as const,
              categories: ['dealing_place' as const],
              child_involved: false,
              vulnerable_adult_involved: false,
              threat_to_life: false,
              postcode_sector: null,
              submitted_on: day,
              review_on: '2030-01-01',
              receipt_hash: randomBytes(32),
              answers_sealed: sealer.seal(
                JSON.stringify({
                  about: { categories: ['dealing_place'] },
                  'anything-else': { details: report.details },
                }),
                reportSealContext.answers(report.id),
              ),
              contact_sealed: null,
            };
          }),
        )
        .execute();
      const tokenColumn: string[] = [];
      const reportColumn: string[] = [];
      const dayColumn: string[] = [];
      slice.forEach((report, i) => {
        for (const token of report.tokens) {
          tokenColumn.push(digest(token));
          reportColumn.push(report.id);
          dayColumn.push(days[i] ?? '2025-01-01');
        }
      });
      await sql`
        insert into report_search_tokens (token, report_id, submitted_on)
        select * from unnest(${sql.val(tokenColumn)}::bigint[], ${sql.val(reportColumn)}::uuid[], ${sql.val(dayColumn)}::date[])
        on conflict do nothing`.execute(tx);
      await sql`
        insert into report_search_indexed (report_id, token_count)
        select unnest(${sql.val(slice.map((r) => r.id))}::uuid[]), 0`.execute(tx);
    });
  }
  await sql`analyze`.execute(db);
}

/**
 * Grows a store of `storedReports` sealed reports with their search tokens (the triage path's
 * tokeniser over corpus texts plus synthetic people, numbers, registrations and streets), then
 * times the search service (tokenise, digest, look up, page of 20 opened for excerpts, audit)
 * for a mix of queries: phone numbers written as people type them, registrations with odd
 * spacing, full names, nicknames, streets, and words of the corpus.
 */
export async function runSearchBenchmark(
  engine: BenchEngine,
  storedReports: number,
  queries = 200,
): Promise<SearchResult> {
  const database = await freshDatabase(engine, `search_${String(storedReports)}`);
  try {
    const key = randomBytes(32);
    const sealer = await createSealer(key);
    const blindIndex = createBlindIndex(key);
    const random = seededRandom(20261205);
    const corpus = loadCorpusTexts().map((text) => ({ text, tokens: [...reportSearchTokens([text])] }));
    const pools = poolsFor(storedReports, random);
    const started = performance.now();
    const reports = syntheticReports(storedReports, pools, corpus, random);
    await preload(database.db, sealer, (token) => searchDigest(blindIndex, token), reports, random);
    const preloadSeconds = (performance.now() - started) / 1000;
    const counted = await sql<{ n: string }>`select count(*) as n from report_search_tokens`.execute(database.db);

    const search = createReportSearchService({
      db: database.db,
      sealer,
      audit: createAuditTrail({ clock: systemClock }),
      blindIndex,
    });
    const analyst = buildActor({
      userId: 'bench-analyst',
      displayName: 'Bench analyst',
      roles: ['intelligence_analyst'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    const corpusWords = [...new Set(corpus.flatMap((c) => c.tokens.filter((t) => t.startsWith('w:'))))].map((t) =>
      t.slice(2),
    );
    const makers: (() => string)[] = [
      () => pick(pools.phones, random, 2).replace(/^0/, '+44 '),
      () => pick(pools.phones, random, 2).replace(' ', ''),
      () => pick(pools.plates, random, 2).toLowerCase().split('').join(' '),
      () => `${pick(firstNames, random)} ${pick(surnames, random)}`,
      () => pick(nicknames, random),
      () => pick(streets, random),
      () => pick(corpusWords, random),
      () => `${pick(corpusWords, random)} ${pick(nicknames, random)}`,
    ];
    const timings: number[] = [];
    let hits = 0;
    for (let i = 0; i < queries; i += 1) {
      const query = (makers[i % makers.length] ?? (() => 'tiny'))();
      const begin = performance.now();
      const result = await search.search(analyst, query, { limit: 20, offset: 0 });
      timings.push(performance.now() - begin);
      hits += result.total;
    }
    timings.sort((a, b) => a - b);
    return {
      engine: engine.name,
      storedReports,
      tokenRows: Number(counted.rows[0]?.n ?? 0),
      queries,
      p50Ms: round(percentile(timings, 50)),
      p95Ms: round(percentile(timings, 95)),
      maxMs: round(timings.at(-1) ?? 0),
      meanHits: Math.round(hits / queries),
      preloadSeconds: round(preloadSeconds, 1),
    };
  } finally {
    await database.close();
  }
}

export function formatSearchRow(result: SearchResult): string {
  return `| ${result.engine} | ${result.storedReports.toLocaleString('en-GB')} | ${result.tokenRows.toLocaleString('en-GB')} | ${String(result.queries)} | ${String(result.p50Ms)} | ${String(result.p95Ms)} | ${String(result.maxMs)} | ${result.p95Ms <= 300 ? 'yes' : '**no**'} | ${result.meanHits.toLocaleString('en-GB')} | ${String(result.preloadSeconds)} |`;
}

export const searchTableHeader =
  '| engine | stored reports | token rows | queries | p50 ms | p95 ms | max ms | p95 ≤ 300 ms | mean matches | preload s |\n|---|---|---|---|---|---|---|---|---|---|';

// `node bench/search.ts [reports] [pglite|postgresql]`: this section alone.
if (import.meta.main) {
  const size = Number(process.argv[2] ?? 100_000);
  const which = process.argv[3];
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const engines: BenchEngine[] = [
    ...(which === 'postgresql' ? [] : [{ name: 'pglite' as const }]),
    ...(which === 'pglite' ? [] : [{ name: 'postgresql' as const, url }]),
  ];
  process.stdout.write(`${searchTableHeader}\n`);
  for (const engine of engines) {
    process.stdout.write(`${formatSearchRow(await runSearchBenchmark(engine, size))}\n`);
  }
}
