import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { AlertKind, AlertPriority } from './correlation.table.ts';

/** Entities among `entityIds` mentioned by at least `minReports` distinct reports between the two days. */
export async function entitiesWithRepeatedMentions(
  db: DbOrTx,
  entityIds: readonly string[],
  fromDay: string | null,
  toDay: string,
  minReports: number,
): Promise<{ entityId: string; reportIds: string[] }[]> {
  if (entityIds.length === 0) return [];
  let query = db
    .selectFrom('pole_mentions')
    .select(['entity_id', sql<string[]>`array_agg(distinct report_id)`.as('report_ids')])
    .where('entity_id', 'in', entityIds)
    .where('observed_on', '<=', toDay);
  if (fromDay !== null) query = query.where('observed_on', '>=', fromDay);
  const rows = await query
    .groupBy('entity_id')
    .having(sql`count(distinct report_id)`, '>=', minReports)
    .execute();
  return rows.map((row) => ({ entityId: row.entity_id, reportIds: row.report_ids }));
}

/** For each vehicle, the linked locations that carry an open trap-house or cuckooing alert. */
export async function flaggedLocationsLinkedToVehicles(
  db: DbOrTx,
  vehicleIds: readonly string[],
): Promise<{ vehicleId: string; locationIds: string[]; reportIds: string[] }[]> {
  if (vehicleIds.length === 0) return [];
  const result = await sql<{ vehicle_id: string; location_ids: string[]; report_ids: string[] }>`
    with vehicle_links as (
      select l.id as link_id,
             case when l.entity_a = any(${sql.val(vehicleIds)}::uuid[]) then l.entity_a else l.entity_b end as vehicle_id,
             case when l.entity_a = any(${sql.val(vehicleIds)}::uuid[]) then l.entity_b else l.entity_a end as other_id
      from pole_links l
      where l.entity_a = any(${sql.val(vehicleIds)}::uuid[]) or l.entity_b = any(${sql.val(vehicleIds)}::uuid[])
    )
    select vl.vehicle_id,
           array_agg(distinct vl.other_id) as location_ids,
           array_agg(distinct s.report_id) as report_ids
    from vehicle_links vl
    join correlation_alerts a on a.entity_id = vl.other_id
      and a.kind in ('possible_trap_house', 'possible_cuckooing') and a.status in ('open', 'acknowledged')
    join pole_link_sources s on s.link_id = vl.link_id
    group by vl.vehicle_id`.execute(db);
  return result.rows.map((row) => ({
    vehicleId: row.vehicle_id,
    locationIds: row.location_ids,
    reportIds: row.report_ids,
  }));
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
    await db
      .insertInto('correlation_alert_reports')
      .values(alert.reportIds.map((reportId) => ({ alert_id: row.id, report_id: reportId, added_at: alert.at })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await db
    .updateTable('correlation_alerts')
    .set({
      evidence_count: sql`(select count(*) from correlation_alert_reports where alert_id = ${row.id})`,
    })
    .where('id', '=', row.id)
    .execute();
  return { alertId: row.id, isNew: row.id === alert.id };
}
