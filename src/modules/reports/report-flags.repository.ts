import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

/** The clear triage flags of a set of reports (never their sealed answers). */
export async function reportFlagsOf(db: DbOrTx, reportIds: readonly string[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('reports')
    .select(['id', 'categories', 'child_involved', 'vulnerable_adult_involved', 'threat_to_life', 'submitted_on'])
    .where('id', '=', sql<string>`any(${sql.val([...reportIds])}::uuid[])`)
    .execute();
}
