import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// Operational records counted for the analysts' hotspot maps and the tactical assessment dashboard:
// grouped queries over this module's own tables (no names, no grounds, nothing sealed).

type DayRange = { readonly from: string; readonly to: string };
type Bucket = 'week' | 'month';

const within = (column: string, range: DayRange) =>
  sql<boolean>`${sql.ref(column)} >= ${range.from}::date and ${sql.ref(column)} < ${range.to}::date + 1`;
const periodOf = (column: string, bucket: Bucket): RawBuilder<string> =>
  sql<string>`to_char(date_trunc(${sql.lit(bucket)}, ${sql.ref(column)}::timestamp), 'YYYY-MM-DD')`;

/** Warrants the court issued within the days, by premises (the place entity when one was chosen). */
export async function issuedWarrantPlaces(db: DbOrTx, range: DayRange) {
  return db
    .selectFrom('ops_warrants')
    .select(['premises_entity_id as entityId', 'premises as place', sql<number>`count(*)::int`.as('count')])
    .where('court_decision', '=', 'issued')
    .where(within('decided_on', range))
    .groupBy(['premises_entity_id', 'premises'])
    .execute();
}

/** Seizures within the days, by where they were made (and the warrant's premises entity, if under one). */
export async function seizurePlaces(db: DbOrTx, range: DayRange) {
  return db
    .selectFrom('ops_seizures as s')
    .leftJoin('ops_warrants as w', 'w.id', 's.warrant_id')
    .select(['w.premises_entity_id as entityId', 's.place as place', sql<number>`count(*)::int`.as('count')])
    .where(within('s.seized_at', range))
    .groupBy(['w.premises_entity_id', 's.place'])
    .execute();
}

/** Warrants issued and executed (first entry), arrests and seizures per week or month within the days. */
export async function operationalCountsByPeriod(db: DbOrTx, range: DayRange, bucket: Bucket) {
  const count = sql<number>`count(*)::int`.as('count');
  const [issued, executed, arrests, seizures] = await Promise.all([
    db
      .selectFrom('ops_warrants')
      .select([periodOf('decided_on', bucket).as('period'), count])
      .where('court_decision', '=', 'issued')
      .where(within('decided_on', range))
      .groupBy(sql`1`)
      .execute(),
    db
      .selectFrom(
        db
          .selectFrom('ops_warrant_entries')
          .select(['warrant_id', sql<Date>`min(executed_at)`.as('first_at')])
          .groupBy('warrant_id')
          .as('e'),
      )
      .select([periodOf('e.first_at', bucket).as('period'), count])
      .where(within('e.first_at', range))
      .groupBy(sql`1`)
      .execute(),
    db
      .selectFrom('ops_arrests')
      .select([periodOf('arrested_at', bucket).as('period'), count])
      .where(within('arrested_at', range))
      .groupBy(sql`1`)
      .execute(),
    db
      .selectFrom('ops_seizures')
      .select([periodOf('seized_at', bucket).as('period'), count])
      .where(within('seized_at', range))
      .groupBy(sql`1`)
      .execute(),
  ]);
  return { issued, executed, arrests, seizures };
}

/** Charges and other outcomes (Home Office outcome types 1-22) decided within the days, by period and type. */
export async function outcomeCountsByPeriod(db: DbOrTx, range: DayRange, bucket: Bucket) {
  return db
    .selectFrom('ops_charges')
    .select([periodOf('decided_on', bucket).as('period'), 'outcome_type', sql<number>`count(*)::int`.as('count')])
    .where(within('decided_on', range))
    .groupBy([sql`1`, 'outcome_type'])
    .orderBy('period')
    .execute();
}
