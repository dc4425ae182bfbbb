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
