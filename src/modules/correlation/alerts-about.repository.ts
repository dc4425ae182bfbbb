import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { AlertKind } from './correlation.table.ts';

/** Alerts of the given kinds whose subject is one of the entities (not dismissed). */
export async function alertsAboutEntities(db: DbOrTx, entityIds: readonly string[], kinds: readonly AlertKind[]) {
  if (entityIds.length === 0 || kinds.length === 0) return [];
  return db
    .selectFrom('correlation_alerts')
    .select(['id', 'kind', 'entity_id', 'status', 'last_fired_at'])
    .where('entity_id', '=', sql<string>`any(${sql.val([...entityIds])}::uuid[])`)
    .where('kind', 'in', [...kinds])
    .where('status', '<>', 'dismissed')
    .execute();
}

/** The kinds of open or acknowledged alert about each of the entities. */
export async function openAlertKinds(db: DbOrTx, entityIds: readonly string[]): Promise<Map<string, AlertKind[]>> {
  const result = new Map<string, AlertKind[]>();
  if (entityIds.length === 0) return result;
  const rows = await db
    .selectFrom('correlation_alerts')
    .select(['entity_id', 'kind'])
    .where(sql<boolean>`entity_id = any(${sql.val([...entityIds])}::uuid[])`)
    .where('status', 'in', ['open', 'acknowledged'])
    .execute();
  for (const row of rows) {
    if (row.entity_id === null) continue;
    result.set(row.entity_id, [...(result.get(row.entity_id) ?? []), row.kind]);
  }
  return result;
}
