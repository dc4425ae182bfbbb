import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

const digests = (values: readonly string[]) => sql`${sql.val([...values])}::bigint[]`;

/** Replaces a report's tokens (digests) and marks it indexed, inside the caller's transaction. */
export async function replaceReportTokens(tx: DbOrTx, reportId: string, tokens: readonly string[]): Promise<void> {
  await tx.deleteFrom('report_search_tokens').where('report_id', '=', reportId).execute();
  if (tokens.length > 0) {
    await sql`
      insert into report_search_tokens (token, report_id, submitted_on)
      select distinct t, r.id, r.submitted_on from unnest(${digests(tokens)}) as t, reports r
      where r.id = ${reportId}::uuid
      on conflict do nothing`.execute(tx);
  }
  await sql`
    insert into report_search_indexed (report_id, token_count) values (${reportId}::uuid, ${tokens.length})
    on conflict (report_id) do update set token_count = excluded.token_count`.execute(tx);
}

/** Reports not yet tokenised whose triage is over (or that have no triage row), oldest first. */
export async function findReportsToIndex(db: DbOrTx, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('reports as r')
    .leftJoin('report_processing as p', 'p.report_id', 'r.id')
    .leftJoin('report_search_indexed as s', 's.report_id', 'r.id')
    .select('r.id')
    .where('s.report_id', 'is', null)
    .where((eb) => eb.or([eb('p.state', 'is', null), eb('p.state', '!=', 'pending')]))
    .orderBy('r.submitted_on')
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

export type SearchHitRow = {
  id: string;
  channel: string;
  status: string;
  categories: string[];
  postcode_sector: string | null;
  submitted_on: Date | string;
  threat_to_life: boolean;
  child_involved: boolean;
  vulnerable_adult_involved: boolean;
  /** Still sealed: the caller opens it for the excerpt (one query for the whole page). */
  answers_sealed: Uint8Array;
};

/** Past this many matches the total is given as "at least": counting further tells nobody more. */
export const countedMatches = 1000;

/**
 * How far each clause's rows are counted when choosing the rarest to drive the search from (a
 * rarer driver is read whole), and the first chunk read of a common one. Tests make them small.
 */
export type SearchTuning = { rarityProbe: number; firstChunk: number };
const defaultTuning: SearchTuning = { rarityProbe: 5000, firstChunk: 1000 };

const hitColumns = sql`r.id, r.channel, r.status, r.categories, r.postcode_sector, r.submitted_on,
  r.threat_to_life, r.child_involved, r.vulnerable_adult_involved, r.answers_sealed`;

/** `alias.token` matches the clause: "=" for one digest (so the key is read in order), else any(). */
const tokenIn = (alias: string, clause: readonly string[]) =>
  clause.length === 1
    ? sql`${sql.ref(`${alias}.token`)} = ${clause[0]}::bigint`
    : sql`${sql.ref(`${alias}.token`)} = any(${digests(clause)})`;

/** The clauses, rarest first, with how many rows each has (counted up to `rarityProbe`). */
async function rarestFirst(
  db: DbOrTx,
  clauses: readonly (readonly string[])[],
  rarityProbe: number,
): Promise<{ clause: readonly string[]; n: number }[]> {
  if (clauses.length === 1) return clauses.map((clause) => ({ clause, n: rarityProbe }));
  const counted = await sql<Record<string, number>>`select ${sql.join(
    clauses.map(
      (clause, i) =>
        sql`(select count(*)::int from (select 1 from report_search_tokens t where ${tokenIn('t', clause)}
          limit ${rarityProbe}) c) as ${sql.ref(`c${String(i)}`)}`,
    ),
  )}`.execute(db);
  const row = counted.rows[0] ?? {};
  return clauses.map((clause, i) => ({ clause, n: row[`c${String(i)}`] ?? 0 })).sort((a, b) => a.n - b.n);
}

/** A matching report and its day ('YYYY-MM-DD', passed back as text so no time zone can move it). */
type Match = { day: string; report_id: string };

/**
 * The first `wanted` reports (newest first) holding a token of every clause. The rarest
 * clause's rows are read in order from the (token, day, report) key a chunk at a time, and each
 * chunk is checked against the other clauses by probes of that same key (token, day, report).
 * Done in steps rather than one statement because the planner cannot know how the words of a
 * report go together: for two common words it would read both in full and join them.
 */
async function matchesInOrder(
  db: DbOrTx,
  clauses: readonly (readonly string[])[],
  wanted: number,
  { rarityProbe, firstChunk }: SearchTuning,
): Promise<Match[]> {
  const [first, ...rest] = await rarestFirst(db, clauses, rarityProbe);
  const driver = first?.clause ?? [];
  const others = rest.map(({ clause }) => clause);
  const readDriver = async (limit: number | undefined, after: Match | undefined) =>
    (
      await sql<Match>`
      select ${driver.length > 1 ? sql`distinct` : sql``} to_char(s.submitted_on, 'YYYY-MM-DD') as day, s.report_id,
        s.submitted_on
      from report_search_tokens s where ${tokenIn('s', driver)}
      ${after ? sql`and (s.submitted_on, s.report_id) < (${after.day}::date, ${after.report_id}::uuid)` : sql``}
      order by s.submitted_on desc, s.report_id desc ${limit === undefined ? sql`` : sql`limit ${limit}`}`.execute(db)
    ).rows;
  const probe = async (rows: readonly Match[]) =>
    rows.length === 0
      ? []
      : (
          await sql<Match>`
          select c.day, c.report_id
          from unnest(${sql.val(rows.map((r) => r.day))}::text[], ${sql.val(rows.map((r) => r.report_id))}::uuid[])
            with ordinality as c(day, report_id, n)
          where ${sql.join(
            others.map(
              (clause) => sql`exists (select 1 from report_search_tokens o where ${tokenIn('o', clause)}
                and o.submitted_on = c.day::date and o.report_id = c.report_id)`,
            ),
            sql` and `,
          )}
          order by c.n`.execute(db)
        ).rows;
  // One term: its first rows are the answer.
  if (others.length === 0) return readDriver(wanted, undefined);
  // A rare term: all its rows at once, checked against the others at once.
  if ((first?.n ?? 0) < rarityProbe) return (await probe(await readDriver(undefined, undefined))).slice(0, wanted);
  // Only common terms: their matches are usually dense, so read in order and stop early.
  const matches: Match[] = [];
  let after: Match | undefined;
  for (let chunk = firstChunk; ; chunk = Math.min(chunk * 2, 8 * firstChunk)) {
    const rows = await readDriver(chunk, after);
    matches.push(...(await probe(rows)));
    if (matches.length >= wanted) return matches.slice(0, wanted);
    if (rows.length < chunk) return matches;
    after = rows.at(-1);
  }
}

/**
 * Reports holding a token of every clause, newest first, one page, with the total (counted up
 * to `countedMatches`). Only the page's reports are read.
 */
export async function findReportsByTokens(
  db: DbOrTx,
  clauses: readonly (readonly string[])[],
  page: { limit: number; offset: number },
  tuning: SearchTuning = defaultTuning,
): Promise<{ total: number; atLeast: boolean; rows: SearchHitRow[] }> {
  if (clauses.length === 0) return { total: 0, atLeast: false, rows: [] };
  const matches = await matchesInOrder(db, clauses, Math.max(page.offset + page.limit, countedMatches + 1), tuning);
  const shown = matches.slice(page.offset, page.offset + page.limit);
  const rows =
    shown.length === 0
      ? []
      : (
          await sql<SearchHitRow>`
          select ${hitColumns} from unnest(${sql.val(shown.map((m) => m.report_id))}::uuid[]) with ordinality as s(id, n)
          join reports r on r.id = s.id order by s.n`.execute(db)
        ).rows;
  const n = matches.length;
  return { total: Math.min(n, countedMatches), atLeast: n > countedMatches, rows };
}

/** The reports holding a token of every clause, as a subquery (e.g. the inbox's street filter). */
export function reportIdsWithTokens(clauses: readonly (readonly string[])[]) {
  return sql<string>`(${sql.join(
    clauses.map((clause) => sql`select report_id from report_search_tokens where token = any(${digests(clause)})`),
    sql` intersect `,
  )})`;
}
