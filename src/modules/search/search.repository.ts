import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { reportRows } from '../reports/index.ts';

// The token index (ADR 25). A hit's report columns come from the reports module's sub-query
// (`reportRows`), joined in the same statement so search keeps its 300 ms budget (ADR 0037, rule b).

const digests = (values: readonly string[]) => sql`${sql.val([...values])}::bigint[]`;

/** Replaces a report's tokens (digests) and marks it indexed, inside the caller's transaction. */
export async function replaceReportTokens(tx: DbOrTx, reportId: string, tokens: readonly string[]): Promise<void> {
  await tx.deleteFrom('report_search_tokens').where('report_id', '=', reportId).execute();
  if (tokens.length > 0) {
    await sql`
      insert into report_search_tokens (token, report_id, submitted_on)
      select distinct t, r.id, r.submitted_on from unnest(${digests(tokens)}) as t, ${reportRows(tx)} r
      where r.id = ${reportId}::uuid
      on conflict do nothing`.execute(tx);
  }
  await sql`
    insert into report_search_indexed (report_id, token_count) values (${reportId}::uuid, ${tokens.length})
    on conflict (report_id) do update set token_count = excluded.token_count`.execute(tx);
}

/** Reports already tokenised, as a sub-query (the indexer's backfill joins it to find the rest). */
export function indexedReportRows(db: DbOrTx) {
  return db.selectFrom('report_search_indexed').select(['report_id', 'token_count']);
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

const hitColumns = sql`r.id, r.channel, r.status, r.categories, r.postcode_sector, r.submitted_on,
  r.threat_to_life, r.child_involved, r.vulnerable_adult_involved, r.answers_sealed`;

/** `token` matches the clause: "=" for one digest (so the key is read in order), else any(). */
const tokenIn = (clause: readonly string[]) =>
  clause.length === 1 ? sql`token = ${clause[0]}::bigint` : sql`token = any(${digests(clause)})`;

/**
 * The first `wanted` report ids, newest first, holding a token of every clause. One term is read
 * in order from the (token, day, report) key and stops there; several are intersected once, and
 * the page and the capped count are both cut from that one ordered answer.
 */
async function matchesInOrder(db: DbOrTx, clauses: readonly (readonly string[])[], wanted: number) {
  const matches = sql.join(
    clauses.map((clause) => sql`select submitted_on, report_id from report_search_tokens where ${tokenIn(clause)}`),
    sql` intersect `,
  );
  const read = await sql<{ report_id: string }>`
    select report_id from (${matches}) m order by submitted_on desc, report_id desc limit ${wanted}`.execute(db);
  return read.rows.map((row) => row.report_id);
}

/**
 * Reports holding a token of every clause, newest first, one page, with the total (counted up
 * to `countedMatches`). Only the page's reports are read, their sealed answers with them.
 */
export async function findReportsByTokens(
  db: DbOrTx,
  clauses: readonly (readonly string[])[],
  page: { limit: number; offset: number },
): Promise<{ total: number; atLeast: boolean; rows: SearchHitRow[] }> {
  if (clauses.length === 0) return { total: 0, atLeast: false, rows: [] };
  const only = clauses.length === 1 ? clauses[0] : undefined;
  const hitsOf = async (ids: readonly string[]) =>
    ids.length === 0
      ? []
      : (
          await sql<SearchHitRow>`
          select ${hitColumns} from unnest(${sql.val([...ids])}::uuid[]) with ordinality as s(id, n)
          join ${reportRows(db)} r on r.id = s.id order by s.n`.execute(db)
        ).rows;
  let rows: SearchHitRow[];
  let n: number;
  if (only) {
    // One term: the page straight from the key in order, with its reports, and beside it (on
    // another connection where there is one) the count, which orders nothing.
    const [shown, counted] = await Promise.all([
      sql<SearchHitRow>`
        with shown as (
          select report_id, submitted_on from report_search_tokens where ${tokenIn(only)}
          order by submitted_on desc, report_id desc limit ${page.limit} offset ${page.offset}
        )
        select ${hitColumns} from shown s join ${reportRows(db)} r on r.id = s.report_id
        order by s.submitted_on desc, s.report_id desc`.execute(db),
      sql<{ n: number }>`
        select count(*)::int as n from (select 1 from report_search_tokens where ${tokenIn(only)}
        limit ${countedMatches + 1}) c`.execute(db),
    ]);
    rows = shown.rows;
    n = counted.rows[0]?.n ?? 0;
  } else {
    const ids = await matchesInOrder(db, clauses, Math.max(page.offset + page.limit, countedMatches + 1));
    rows = await hitsOf(ids.slice(page.offset, page.offset + page.limit));
    n = ids.length;
  }
  return { total: Math.min(n, countedMatches), atLeast: n > countedMatches, rows };
}

/** The reports holding a token of every clause, as a subquery (e.g. the inbox's street filter). */
export function reportIdsWithTokens(clauses: readonly (readonly string[])[]) {
  return sql<string>`(${sql.join(
    clauses.map((clause) => sql`select report_id from report_search_tokens where token = any(${digests(clause)})`),
    sql` intersect `,
  )})`;
}
