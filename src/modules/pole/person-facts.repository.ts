import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { EntityKind } from './pole.table.ts';

// What other capabilities may read of the POLE store about a set of entities, in batches.

const uuids = (ids: readonly string[]) => sql<string>`any(${sql.val([...ids])}::uuid[])`;

/** The entities themselves (label and details still sealed). */
export async function findEntitiesByIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('pole_entities')
    .select(['id', 'kind', 'label_sealed', 'details_sealed', 'report_count', 'first_seen', 'last_seen'])
    .where('id', '=', uuids(ids))
    .execute();
}

/** Which reports mention each of the entities, and when. */
export async function mentionsOfEntities(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('pole_mentions')
    .select(['entity_id', 'report_id', 'observed_on'])
    .where('entity_id', '=', uuids(ids))
    .execute();
}

/** The latest mentions of any of the entities, newest first, with the answer each was found in. */
export async function latestMentionsOfEntities(db: DbOrTx, entityIds: readonly string[], limit: number) {
  if (entityIds.length === 0) return [];
  const rows = await sql<{ report_id: string; observed_on: Date | string; entity_id: string; field: string }>`
    select report_id, observed_on, entity_id, field from pole_mentions
    where entity_id = ${uuids(entityIds)}
    order by observed_on desc, report_id limit ${limit}`.execute(db);
  return rows.rows;
}

/** The ids of all people in the store (for the demo and benchmarks). */
export async function personIdsPage(db: DbOrTx, limit: number) {
  const rows = await db
    .selectFrom('pole_entities')
    .select('id')
    .where('kind', '=', 'person')
    .where('merged_into', 'is', null)
    .orderBy('report_count', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** The entity whose blind key (a keyed digest of its normalised identifier) is given, if any. */
export async function findEntityIdByBlindKey(db: DbOrTx, kind: EntityKind, blindKey: string) {
  const row = await db
    .selectFrom('pole_entities')
    .select('id')
    .where('kind', '=', kind)
    .where('blind_key', '=', blindKey)
    .executeTakeFirst();
  return row?.id ?? null;
}
