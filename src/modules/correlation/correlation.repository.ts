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

export type AlertToRaise = {
  id: string;
  kind: AlertKind;
  entityId: string | null;
  priority: AlertPriority;
  reportIds: readonly string[];
};

/**
 * Opens each alert, or adds evidence to the open alert of the same kind about the same entity,
 * in two statements whatever the number of alerts. Answers, in the order given, each alert's id
 * and whether it is new. At most one alert per (kind, entity) in a batch.
 */
export async function raiseAlerts(
  db: DbOrTx,
  alerts: readonly AlertToRaise[],
  at: Date,
): Promise<{ alertId: string; isNew: boolean }[]> {
  if (alerts.length === 0) return [];
  const keyOf = (kind: string, entityId: string | null) => `${kind} ${entityId ?? ''}`;
  const rows = await db
    .insertInto('correlation_alerts')
    .values(
      alerts.map((alert) => ({
        id: alert.id,
        kind: alert.kind,
        entity_id: alert.entityId,
        priority: alert.priority,
        first_fired_at: at,
        last_fired_at: at,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['kind', 'entity_id'])
        .where('status', 'in', ['open', 'acknowledged'])
        .doUpdateSet({ last_fired_at: at }),
    )
    .returning(['id', 'kind', 'entity_id'])
    .execute();
  // An alert without an entity is always new, so it is found by its own id.
  const idByKey = new Map(rows.map((row) => [keyOf(row.kind, row.entity_id), row.id]));
  const ids = alerts.map((alert) =>
    alert.entityId === null ? alert.id : (idByKey.get(keyOf(alert.kind, alert.entityId)) ?? alert.id),
  );
  const evidence = alerts.flatMap((alert, index) =>
    alert.reportIds.map((reportId) => sql`(${ids[index]}::uuid, ${reportId}::uuid)`),
  );
  if (evidence.length > 0) {
    // The new evidence rows and the counters in one statement (each counter's row was changed by
    // the statement before, never twice by this one).
    await sql`
      with added as (
        insert into correlation_alert_reports (alert_id, report_id, added_at)
        select e.alert_id, e.report_id, ${at} from (values ${sql.join(evidence)}) as e(alert_id, report_id)
        on conflict do nothing
        returning alert_id)
      update correlation_alerts a set evidence_count = a.evidence_count + c.added
      from (select alert_id, count(*)::int as added from added group by alert_id) c
      where a.id = c.alert_id`.execute(db);
  }
  return alerts.map((alert, index) => ({ alertId: ids[index] ?? alert.id, isNew: ids[index] === alert.id }));
}
