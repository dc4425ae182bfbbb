import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { AlertKind, AlertPriority } from './correlation.table.ts';

/** How many reports an alert keeps as evidence per firing: the newest, enough to act on. */
export const evidenceLimit = 20;

/** Of the given entities, those with an open or acknowledged alert of one of the kinds. */
export async function entitiesWithOpenAlert(
  db: DbOrTx,
  entityIds: readonly string[],
  kinds: readonly AlertKind[],
): Promise<Set<string>> {
  if (entityIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('correlation_alerts')
    .select('entity_id')
    .distinct()
    .where('entity_id', 'in', [...new Set(entityIds)])
    .where('kind', 'in', [...kinds])
    .where('status', 'in', ['open', 'acknowledged'])
    .execute();
  return new Set(rows.flatMap((row) => (row.entity_id === null ? [] : [row.entity_id])));
}

/**
 * Opens an alert, or adds evidence to the open alert of the same kind about the same entity.
 * Returns whether the alert is new.
 */
export async function raiseAlert(
  db: DbOrTx,
  alert: {
    id: string;
    kind: AlertKind;
    entityId: string | null;
    priority: AlertPriority;
    reportIds: readonly string[];
    at: Date;
  },
): Promise<{ alertId: string; isNew: boolean }> {
  const row = await db
    .insertInto('correlation_alerts')
    .values({
      id: alert.id,
      kind: alert.kind,
      entity_id: alert.entityId,
      priority: alert.priority,
      first_fired_at: alert.at,
      last_fired_at: alert.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['kind', 'entity_id'])
        .where('status', 'in', ['open', 'acknowledged'])
        .doUpdateSet({ last_fired_at: alert.at }),
    )
    .returning(['id'])
    .executeTakeFirstOrThrow();
  if (alert.reportIds.length > 0) {
    // The new evidence rows and the counter in one statement (the counter's row was changed by
    // the statement before, never twice by this one).
    await sql`
      with added as (
        insert into correlation_alert_reports (alert_id, report_id, added_at)
        select ${row.id}::uuid, r, ${alert.at} from unnest(${sql.val(alert.reportIds)}::uuid[]) r
        on conflict do nothing
        returning report_id)
      update correlation_alerts set evidence_count = evidence_count + (select count(*) from added)
      where id = ${row.id}::uuid and exists (select 1 from added)`.execute(db);
  }
  return { alertId: row.id, isNew: row.id === alert.id };
}
