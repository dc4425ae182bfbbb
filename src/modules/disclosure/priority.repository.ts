import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { DisclosurePriorityTable } from './disclosure.table.ts';

// The only code that queries disclosure_priorities.

/** The priorities of every ward (or one) for the period starting on `periodStart`, in order. */
export async function prioritiesOfPeriod(db: DbOrTx, periodStart: string, wardCode?: string) {
  let query = db
    .selectFrom('disclosure_priorities')
    .select(['ward_code', 'position', 'topic', 'actions', 'set_by', 'set_at'])
    .where('period_start', '=', sql<string>`${periodStart}::date`)
    .orderBy('ward_code')
    .orderBy('position');
  if (wardCode !== undefined) query = query.where('ward_code', '=', wardCode);
  return query.execute();
}

/** Replaces a ward's priorities for a period. */
export async function replacePriorities(
  db: DbOrTx,
  wardCode: string,
  periodStart: string,
  rows: readonly Insertable<DisclosurePriorityTable>[],
): Promise<void> {
  await db
    .deleteFrom('disclosure_priorities')
    .where('ward_code', '=', wardCode)
    .where('period_start', '=', sql<string>`${periodStart}::date`)
    .execute();
  if (rows.length > 0) {
    await db
      .insertInto('disclosure_priorities')
      .values([...rows])
      .execute();
  }
}
