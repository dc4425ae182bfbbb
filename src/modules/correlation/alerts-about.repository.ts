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
