import type { DbOrTx } from '../../platform/db/database.ts';

// The POLE store's tables as typed sub-queries, for another module's repository to join in one
// statement where splitting it would cost speed or paging (ADR 0037, rule b). Only this module
// names its tables; the caller aliases the sub-query (`liveLocationRows(db).as('e')`). PostgreSQL
// pulls a plain sub-query like these up into the outer query, so the plan is the join's own.

/** Locations not merged into another: id, and label and details still sealed. */
export function liveLocationRows(db: DbOrTx) {
  return db
    .selectFrom('pole_entities')
    .select(['id', 'label_sealed', 'details_sealed'])
    .where('kind', '=', 'location')
    .where('merged_into', 'is', null);
}

/** Each entity's kind. */
export function entityKindRows(db: DbOrTx) {
  return db.selectFrom('pole_entities').select(['id', 'kind']);
}

/** Co-mention links between two entities, with the day they were last seen. */
export function linkRows(db: DbOrTx) {
  return db.selectFrom('pole_links').select(['entity_a', 'entity_b', 'last_seen']);
}

/** Mentions of entities in reports. */
export function mentionRows(db: DbOrTx) {
  return db.selectFrom('pole_mentions').select(['report_id', 'entity_id', 'field', 'span_start', 'span_end']);
}
