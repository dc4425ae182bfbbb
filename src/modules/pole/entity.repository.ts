import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { EntityKind, PoleEntityRow } from './pole.table.ts';

// Reads and writes of single entities that other modules need (the pole module owns
// pole_entities: other modules call these rather than query the table).

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

export type EntityFilter = {
  /** Only entities of this kind. */
  readonly kind?: EntityKind;
  /** Leave out entities merged into another (they are shown as their survivor). */
  readonly unmergedOnly?: boolean;
};

export async function findEntity(
  db: DbOrTx,
  id: string,
  filter: EntityFilter = {},
): Promise<PoleEntityRow | undefined> {
  return (await findEntities(db, [id], filter))[0];
}

/** The entities with these ids (in no particular order), as one `= any(array)` query. */
export async function findEntities(
  db: DbOrTx,
  ids: readonly string[],
  filter: EntityFilter = {},
): Promise<PoleEntityRow[]> {
  if (ids.length === 0) return [];
  let query = db
    .selectFrom('pole_entities')
    .selectAll()
    .where(sql<boolean>`id = any(${uuids(ids)})`);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.unmergedOnly === true) query = query.where('merged_into', 'is', null);
  return query.execute();
}

/** Of these entities, the ids of those named by at least `minReports` reports. */
export async function entitiesWithReportCount(
  db: DbOrTx,
  ids: readonly string[],
  minReports: number,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('pole_entities')
    .select('id')
    .where('id', 'in', [...ids])
    .where('report_count', '>=', minReports)
    .execute();
  return rows.map((row) => row.id);
}

export async function updateEntityDetails(db: DbOrTx, id: string, detailsSealed: Uint8Array): Promise<void> {
  await db.updateTable('pole_entities').set({ details_sealed: detailsSealed }).where('id', '=', id).execute();
}

// The entity page's reads (entities.service.ts). `members` is the person's identity (or the entity alone).

export async function entityMentions(db: DbOrTx, members: readonly string[]) {
  return db
    .selectFrom('pole_mentions')
    .select(['report_id', 'observed_on', 'field'])
    .where('entity_id', 'in', [...members])
    .orderBy('observed_on', 'desc')
    .limit(500)
    .execute();
}

export async function entityLinks(db: DbOrTx, members: readonly string[]) {
  return db
    .selectFrom('pole_links as l')
    .innerJoin('pole_entities as other', (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([eb('l.entity_a', 'in', [...members]), eb('other.id', '=', eb.ref('l.entity_b'))]),
          eb.and([eb('l.entity_b', 'in', [...members]), eb('other.id', '=', eb.ref('l.entity_a'))]),
        ]),
      ),
    )
    .select([
      'l.id',
      'l.kind',
      'l.confidence',
      'l.source_count',
      'l.first_seen',
      'l.last_seen',
      'other.id as other_id',
      'other.kind as other_kind',
      'other.label_sealed',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('l.entity_a', 'in', [...members]), eb('l.entity_b', 'not in', [...members])]),
        eb.and([eb('l.entity_b', 'in', [...members]), eb('l.entity_a', 'not in', [...members])]),
      ]),
    )
    .orderBy('l.source_count', 'desc')
    .limit(200)
    .execute();
}

/** Records merged into this one: those an import marked as merged_into it, and the identity's other members. */
export async function entityAliases(db: DbOrTx, id: string, members: readonly string[]) {
  return db
    .selectFrom('pole_entities')
    .select(['id', 'label_sealed'])
    .where((eb) => eb.or([eb('merged_into', '=', id), eb('id', 'in', [...members])]))
    .where('id', '<>', id)
    .orderBy('first_seen')
    .limit(100)
    .execute();
}

export async function linkSourceReports(db: DbOrTx, linkIds: readonly string[]) {
  return db
    .selectFrom('pole_link_sources')
    .select(['link_id', 'report_id'])
    .where('link_id', 'in', [...linkIds])
    .orderBy('observed_on', 'desc')
    .execute();
}

/** The newest 1,000 entities not merged away, optionally of one kind. */
export async function recentEntities(db: DbOrTx, kind: EntityKind | undefined) {
  let query = db
    .selectFrom('pole_entities')
    .select(['id', 'kind', 'label_sealed', 'first_seen', 'last_seen', 'report_count'])
    .where('merged_into', 'is', null);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('last_seen', 'desc').orderBy('report_count', 'desc').limit(1000).execute();
}

export async function findEntityByBlindKey(db: DbOrTx, kind: EntityKind, blindKey: string) {
  return db
    .selectFrom('pole_entities')
    .select('id')
    .where('kind', '=', kind)
    .where('blind_key', '=', blindKey)
    .executeTakeFirst();
}
