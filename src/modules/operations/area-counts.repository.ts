import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// Counts by written place for the public "You said, we did" releases (issue 16). Each returns
// how many events happened at each place text in a month of London days [from, to); the
// disclosure module maps a place to its ward and never keeps the text.

type PlaceCount = { place: string; count: number };

const londonDayOf = (column: string) => sql<string>`(${sql.ref(column)} at time zone 'Europe/London')::date`;

/** Warrants whose first entry was made in the range, by the premises named on the warrant. */
export async function executedWarrantsByPlace(db: DbOrTx, from: string, to: string): Promise<PlaceCount[]> {
  const rows = await db
    .selectFrom('ops_warrants as w')
    .innerJoin('ops_warrant_entries as e', (join) =>
      join.onRef('e.warrant_id', '=', 'w.id').on('e.entry_number', '=', 1),
    )
    .select(['w.premises as place', sql<string>`count(*)`.as('count')])
    .where(londonDayOf('e.executed_at'), '>=', from)
    .where(londonDayOf('e.executed_at'), '<', to)
    .groupBy('w.premises')
    .execute();
  return rows.map((row) => ({ place: row.place, count: Number(row.count) }));
}

/** Arrests made in the range, by the place of arrest. */
export async function arrestsByPlace(db: DbOrTx, from: string, to: string): Promise<PlaceCount[]> {
  const rows = await db
    .selectFrom('ops_arrests')
    .select(['place', sql<string>`count(*)`.as('count')])
    .where(londonDayOf('arrested_at'), '>=', from)
    .where(londonDayOf('arrested_at'), '<', to)
    .groupBy('place')
    .execute();
  return rows.map((row) => ({ place: row.place, count: Number(row.count) }));
}

/** Seizures (one each, whatever was seized) made in the range, by place. */
export async function seizuresByPlace(db: DbOrTx, from: string, to: string): Promise<PlaceCount[]> {
  const rows = await db
    .selectFrom('ops_seizures')
    .select(['place', sql<string>`count(*)`.as('count')])
    .where(londonDayOf('seized_at'), '>=', from)
    .where(londonDayOf('seized_at'), '<', to)
    .groupBy('place')
    .execute();
  return rows.map((row) => ({ place: row.place, count: Number(row.count) }));
}
