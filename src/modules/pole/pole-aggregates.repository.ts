import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// Place mentions counted for the analysts' hotspot maps and time patterns (maps module), in grouped
// queries over this module's own tables: the caller places each location and opens its label.

/** Inclusive days, "YYYY-MM-DD". */
type DayRange = { readonly from: string; readonly to: string };

/** Each live location mentioned in reports within the days, with how many reports mention it. */
export async function locationReportCounts(db: DbOrTx, range: DayRange) {
  return db
    .selectFrom('pole_mentions as m')
    .innerJoin('pole_entities as e', 'e.id', 'm.entity_id')
    .select([
      'e.id as entityId',
      'e.label_sealed as labelSealed',
      'e.details_sealed as detailsSealed',
      sql<number>`count(distinct m.report_id)::int`.as('count'),
    ])
    .where('e.kind', '=', 'location')
    .where('e.merged_into', 'is', null)
    .where('m.observed_on', '>=', sql<string>`${range.from}::date`)
    .where('m.observed_on', '<=', sql<string>`${range.to}::date`)
    .groupBy(['e.id', 'e.label_sealed', 'e.details_sealed'])
    .execute();
}

/** Live locations by id (batch), labels and details still sealed. */
export async function locationsByIds(db: DbOrTx, entityIds: readonly string[]) {
  if (entityIds.length === 0) return [];
  return db
    .selectFrom('pole_entities')
    .select(['id as entityId', 'label_sealed as labelSealed', 'details_sealed as detailsSealed'])
    .where('kind', '=', 'location')
    .where('id', '=', sql<string>`any(${sql.val([...entityIds])}::uuid[])`)
    .execute();
}

/** Every live location, labels and details still sealed (to find those within an area). */
export async function allLiveLocations(db: DbOrTx) {
  return db
    .selectFrom('pole_entities')
    .select(['id as entityId', 'label_sealed as labelSealed', 'details_sealed as detailsSealed'])
    .where('kind', '=', 'location')
    .where('merged_into', 'is', null)
    .execute();
}

/** The newest reports (at most `limit`) that mention any of these locations within the days. */
export async function reportIdsMentioningLocations(
  db: DbOrTx,
  entityIds: readonly string[],
  range: DayRange,
  limit: number,
): Promise<string[]> {
  if (entityIds.length === 0) return [];
  const rows = await db
    .selectFrom('pole_mentions')
    .select(['report_id', sql<string>`max(observed_on)`.as('last')])
    .where('entity_id', '=', sql<string>`any(${sql.val([...entityIds])}::uuid[])`)
    .where('observed_on', '>=', sql<string>`${range.from}::date`)
    .where('observed_on', '<=', sql<string>`${range.to}::date`)
    .groupBy('report_id')
    .orderBy('last', 'desc')
    .orderBy('report_id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.report_id);
}
