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
};

/**
 * Reports holding a token of every clause, newest first, one page, with the total. Each
 * clause is one lookup on the (token, report_id) key, which carries the report's day; the
 * clauses are intersected and ordered there, and only the page's reports are read.
 */
export async function findReportsByTokens(
  db: DbOrTx,
  clauses: readonly (readonly string[])[],
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: SearchHitRow[] }> {
  if (clauses.length === 0) return { total: 0, rows: [] };
  const matches = sql.join(
    clauses.map(
      (clause) => sql`select report_id, submitted_on from report_search_tokens where token = any(${digests(clause)})`,
    ),
    sql` intersect `,
  );
  const result = await sql<SearchHitRow & { total: number }>`
    with matches as materialized (${matches}),
    shown as (
      select report_id, submitted_on from matches
      order by submitted_on desc, report_id limit ${page.limit} offset ${page.offset}
    )
    select r.id, r.channel, r.status, r.categories, r.postcode_sector, r.submitted_on,
      r.threat_to_life, r.child_involved, r.vulnerable_adult_involved,
      (select count(*)::int from matches) as total
    from shown s join reports r on r.id = s.report_id
    order by s.submitted_on desc, s.report_id`.execute(db);
  const first = result.rows[0];
  if (first !== undefined) return { total: first.total, rows: result.rows };
  if (page.offset === 0) return { total: 0, rows: [] };
  const counted = await sql<{ total: number }>`
    with matches as (${matches}) select count(*)::int as total from matches`.execute(db);
  return { total: counted.rows[0]?.total ?? 0, rows: [] };
}

/** The reports holding a token of every clause, as a subquery (e.g. the inbox's street filter). */
export function reportIdsWithTokens(clauses: readonly (readonly string[])[]) {
  return sql<string>`(${sql.join(
    clauses.map((clause) => sql`select report_id from report_search_tokens where token = any(${digests(clause)})`),
    sql` intersect `,
  )})`;
}
