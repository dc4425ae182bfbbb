import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { AlertKind, AlertPriority } from './correlation.table.ts';
import { entitiesWithReportCount } from '../pole/index.ts';

/** How many reports an alert keeps as evidence per firing: the newest, enough to act on. */
export const evidenceLimit = 20;

/**
 * Entities among `entityIds` mentioned by at least `minReports` distinct reports between the two
 * days, with the newest reports as evidence. Reads only the (entity, day) index range inside the
 * window, so its cost follows activity in the window, not the size of the store.
 */
export async function entitiesRepeatedInWindow(
  db: DbOrTx,
  entityIds: readonly string[],
  fromDay: string,
  toDay: string,
  minReports: number,
): Promise<{ entityId: string; reportIds: string[] }[]> {
  if (entityIds.length === 0) return [];
  const rows = await db
    .selectFrom('pole_mentions')
    .select(['entity_id', sql<string[]>`(array_agg(distinct report_id))[1:${sql.lit(evidenceLimit)}]`.as('report_ids')])
    .where('entity_id', 'in', entityIds)
    .where('observed_on', '>=', fromDay)
    .where('observed_on', '<=', toDay)
    .groupBy('entity_id')
    .having(sql`count(distinct report_id)`, '>=', minReports)
    .execute();
  return rows.map((row) => ({ entityId: row.entity_id, reportIds: row.report_ids }));
}

/**
 * Entities among `entityIds` named by at least `minReports` reports ever, from the counter kept on
 * the entity, with their newest reports as evidence (an index range, never a full count).
 */
export async function entitiesReportedAtLeast(
  db: DbOrTx,
  entityIds: readonly string[],
  minReports: number,
): Promise<{ entityId: string; reportIds: string[] }[]> {
  if (entityIds.length === 0) return [];
  // The evidence is read per hit, planned for that entity (its statistics): a hot entity's mentions are
  // then walked backwards on the (entity, day) index and stop at the limit. Folded into one
  // statement, the planner costs the walk for an average entity (a couple of dozen mentions) and
  // sorts all of a hot entity's mentions instead, which grows with the store (measured: 10 ms for
  // an entity named by 2,300 reports at 1 million).
  const hits = await entitiesWithReportCount(db, entityIds, minReports);
  return Promise.all(hits.map(async (id) => ({ entityId: id, reportIds: await newestReports(db, id) })));
}

export async function newestReports(db: DbOrTx, entityId: string): Promise<string[]> {
  // Walks the (entity, day) index backwards; a report can mention an entity in several fields,
  // so read a little more than needed and keep the first distinct ones.
  const rows = await db
    .selectFrom('pole_mentions')
    .select('report_id')
    .where('entity_id', '=', entityId)
    .orderBy('observed_on', 'desc')
    .limit(evidenceLimit * 3)
    .execute();
  return [...new Set(rows.map((row) => row.report_id))].slice(0, evidenceLimit);
}

/** For each vehicle, the linked locations that carry an open trap-house or cuckooing alert. */
export async function flaggedLocationsLinkedToVehicles(
  db: DbOrTx,
  vehicleIds: readonly string[],
): Promise<{ vehicleId: string; locationIds: string[]; linkIds: string[] }[]> {
  if (vehicleIds.length === 0) return [];
  const result = await sql<{ vehicle_id: string; location_ids: string[]; link_ids: string[] }>`
    with vehicle_links as (
      select l.id as link_id, l.entity_a as vehicle_id, l.entity_b as other_id from pole_links l
      where l.entity_a = any(${sql.val(vehicleIds)}::uuid[])
      union all
      select l.id, l.entity_b, l.entity_a from pole_links l where l.entity_b = any(${sql.val(vehicleIds)}::uuid[])
    )
    select vl.vehicle_id, array_agg(distinct vl.other_id) as location_ids, array_agg(vl.link_id) as link_ids
    from vehicle_links vl
    where exists (
      select 1 from correlation_alerts a
      where a.entity_id = vl.other_id and a.kind in ('possible_trap_house', 'possible_cuckooing')
        and a.status in ('open', 'acknowledged'))
    group by vl.vehicle_id`.execute(db);
  return result.rows.map((row) => ({
    vehicleId: row.vehicle_id,
    locationIds: row.location_ids,
    linkIds: row.link_ids,
  }));
}

export async function reportsBehindLinks(db: DbOrTx, linkIds: readonly string[]): Promise<string[]> {
  if (linkIds.length === 0) return [];
  const rows = await db
    .selectFrom('pole_link_sources')
    .select('report_id')
    .distinct()
    .where('link_id', 'in', linkIds)
    .limit(evidenceLimit)
    .execute();
  return rows.map((row) => row.report_id);
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
