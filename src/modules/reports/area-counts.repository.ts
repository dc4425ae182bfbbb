import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// Counts by postcode sector for the public "You said, we did" releases (issue 16): the reports
// table's clear day and sector only, never a report's content.

/** Reports received per postcode sector with `from` ≤ day < `to` ("YYYY-MM-DD"); no sector: null. */
export async function reportCountsBySector(
  db: DbOrTx,
  from: string,
  to: string,
): Promise<{ sector: string | null; count: number }[]> {
  const rows = await db
    .selectFrom('reports')
    .select(['postcode_sector as sector', sql<string>`count(*)`.as('count')])
    .where('submitted_on', '>=', sql<Date>`${from}::date`)
    .where('submitted_on', '<', sql<Date>`${to}::date`)
    .groupBy('postcode_sector')
    .execute();
  return rows.map((row) => ({ sector: row.sector, count: Number(row.count) }));
}

/** The postcode sector of each of these reports (a batch lookup); reports without one are left out. */
export async function sectorsOfReports(db: DbOrTx, reportIds: readonly string[]): Promise<Map<string, string>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'postcode_sector'])
    .where('id', 'in', [...reportIds])
    .where('postcode_sector', 'is not', null)
    .execute();
  return new Map(rows.flatMap((row) => (row.postcode_sector === null ? [] : [[row.id, row.postcode_sector]])));
}
