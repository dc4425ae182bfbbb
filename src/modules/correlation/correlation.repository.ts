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
  const input = sql.join(
    alerts.map(
      (alert, place) =>
        sql`(${place}::int, ${alert.id}::uuid, ${alert.kind}::text, ${alert.entityId}::uuid, ${alert.priority}::text)`,
    ),
  );
  const evidence = alerts.flatMap((alert, place) => alert.reportIds.map((reportId) => ({ place, reportId })));
  const result = await sql<{ place: number; id: string }>`
    with input as (
      select * from (values ${input}) as v(place, id, kind, entity_id, priority)),
    raised as (
      insert into correlation_alerts as a (id, kind, entity_id, priority, first_fired_at, last_fired_at)
      select id, kind, entity_id, priority, ${at}, ${at} from input
      on conflict (kind, entity_id) where status in ('open', 'acknowledged') do update set last_fired_at = ${at}
      returning a.id, a.kind, a.entity_id),
    -- A new alert keeps the id given; evidence for an open one joins it (an alert without an
    -- entity is always new, so it is found by its own id).
    placed as (
      select input.place, raised.id from input join raised
      on raised.id = input.id or (raised.kind = input.kind and raised.entity_id = input.entity_id)),
    evidence as (
      insert into correlation_alert_reports (alert_id, report_id, added_at)
      select placed.id, e.report_id, ${at}
      from unnest(${sql.val(evidence.map((e) => e.place))}::int[], ${sql.val(evidence.map((e) => e.reportId))}::uuid[])
        as e(place, report_id)
      join placed on placed.place = e.place
      on conflict do nothing)
    select place, id from placed`.execute(db);
  const idOf = new Map(result.rows.map((row) => [row.place, row.id]));
  return alerts.map((alert, place) => {
    const alertId = idOf.get(place) ?? alert.id;
    return { alertId, isNew: alertId === alert.id };
  });
}
