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
 * in one statement whatever the number of alerts (the evidence count follows by a trigger,
 * ADR 0057). Answers, in the order given, each alert's id and whether it is new. At most one
 * alert per (kind, entity) in a batch.
 */
export async function raiseAlerts(
  db: DbOrTx,
  alerts: readonly AlertToRaise[],
  at: Date,
): Promise<{ alertId: string; isNew: boolean }[]> {
  if (alerts.length === 0) return [];
  // correlation_raise_alerts (migration 2026_12_10_010000): planned once per connection (ADR 0058).
  const evidence = alerts.flatMap((alert, place) => alert.reportIds.map((reportId) => ({ place, reportId })));
  const result = await sql<{ place: number; id: string }>`
    select place, id from correlation_raise_alerts(
      ${sql.val(alerts.map((a) => a.id))}::uuid[], ${sql.val(alerts.map((a) => a.kind))}::text[],
      ${sql.val(alerts.map((a) => a.entityId))}::uuid[], ${sql.val(alerts.map((a) => a.priority))}::text[],
      ${sql.val(evidence.map((e) => e.place))}::int[], ${sql.val(evidence.map((e) => e.reportId))}::uuid[],
      ${at}::timestamptz)`.execute(db);
  const idOf = new Map(result.rows.map((row) => [row.place, row.id]));
  return alerts.map((alert, place) => {
    const alertId = idOf.get(place) ?? alert.id;
    return { alertId, isNew: alertId === alert.id };
  });
}
