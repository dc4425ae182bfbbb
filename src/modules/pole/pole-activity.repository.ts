import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// What the correlation rules read of the POLE store: recent activity around entities.

export type RepeatedEntity = { entityId: string; reportIds: string[] };

/**
 * The two questions the correlation rules ask of every report, in one statement:
 * - `inWindow`: of its entities, those mentioned by at least `minReports` distinct reports between
 *   the two days. Reads only the (entity, day) index range inside the window, so its cost follows
 *   activity in the window, not the size of the store.
 * - `ever`: of its entities, those named by at least `minReports` reports ever, from the counter
 *   kept on the entity. The evidence is a correlated subquery per hit: equality on the entity and
 *   order by day match the (entity, day) index, so a hot entity's mentions are walked backwards
 *   and the walk stops at the limit (grouping them sorted all of a hot entity's, 10 ms for 2,300
 *   mentions at 1 million). A report can mention an entity in several fields, so a little more
 *   than the limit is read and the first distinct ones kept.
 * Each hit carries up to `evidenceLimit` reports as evidence. Asked through pole_entities_repeated,
 * planned once per connection (ADR 0058).
 */
export async function entitiesRepeated(
  db: DbOrTx,
  questions: {
    inWindow: { entityIds: readonly string[]; fromDay: string; toDay: string; minReports: number };
    ever: { entityIds: readonly string[]; minReports: number };
  },
  evidenceLimit: number,
): Promise<{ inWindow: RepeatedEntity[]; ever: RepeatedEntity[] }> {
  const { inWindow, ever } = questions;
  if (inWindow.entityIds.length === 0 && ever.entityIds.length === 0) return { inWindow: [], ever: [] };
  // pole_entities_repeated (migration 2026_12_10_010000): the statement is planned once per connection.
  const result = await sql<{ question: 'window' | 'ever'; entity_id: string; report_ids: string[] }>`
    select question, entity_id, report_ids from pole_entities_repeated(
      ${sql.val([...new Set(inWindow.entityIds)])}::uuid[], ${inWindow.fromDay}::date, ${inWindow.toDay}::date,
      ${inWindow.minReports}::int, ${sql.val([...new Set(ever.entityIds)])}::uuid[], ${ever.minReports}::int,
      ${evidenceLimit}::int)`.execute(db);
  const answer = (question: 'window' | 'ever') =>
    result.rows
      .filter((row) => row.question === question)
      .map((row) => ({ entityId: row.entity_id, reportIds: [...new Set(row.report_ids)].slice(0, evidenceLimit) }));
  return { inWindow: answer('window'), ever: answer('ever') };
}

export async function newestReports(db: DbOrTx, entityId: string, limit: number): Promise<string[]> {
  // Walks the (entity, day) index backwards; a report can mention an entity in several fields,
  // so read a little more than needed and keep the first distinct ones.
  const rows = await db
    .selectFrom('pole_mentions')
    .select('report_id')
    .where('entity_id', '=', entityId)
    .orderBy('observed_on', 'desc')
    .limit(limit * 3)
    .execute();
  return [...new Set(rows.map((row) => row.report_id))].slice(0, limit);
}

/** Every link of each of the entities, as (link, entity, the entity at the other end). */
export async function linksOfEntities(
  db: DbOrTx,
  entityIds: readonly string[],
): Promise<{ linkId: string; entityId: string; otherId: string }[]> {
  if (entityIds.length === 0) return [];
  const result = await sql<{ link_id: string; entity_id: string; other_id: string }>`
    select l.id as link_id, l.entity_a as entity_id, l.entity_b as other_id from pole_links l
    where l.entity_a = any(${sql.val(entityIds)}::uuid[])
    union all
    select l.id, l.entity_b, l.entity_a from pole_links l where l.entity_b = any(${sql.val(entityIds)}::uuid[])`.execute(
    db,
  );
  return result.rows.map((row) => ({ linkId: row.link_id, entityId: row.entity_id, otherId: row.other_id }));
}

/** Up to `limit` distinct reports behind the links. */
export async function reportsBehindLinks(db: DbOrTx, linkIds: readonly string[], limit: number): Promise<string[]> {
  if (linkIds.length === 0) return [];
  const rows = await db
    .selectFrom('pole_link_sources')
    .select('report_id')
    .distinct()
    .where('link_id', 'in', linkIds)
    .limit(limit)
    .execute();
  return rows.map((row) => row.report_id);
}

/** Distinct reports about each entity in the `windowDays` up to the day it was last seen. */
export async function recentReports(
  db: DbOrTx,
  entityIds: readonly string[],
  windowDays: number,
): Promise<Map<string, string[]>> {
  if (entityIds.length === 0) return new Map();
  const rows = await sql<{ entity_id: string; report_ids: string[] }>`
    select m.entity_id, array_agg(distinct m.report_id) as report_ids
    from pole_mentions m join pole_entities e on e.id = m.entity_id
    where m.entity_id = any(${sql.val([...entityIds])}::uuid[]) and m.observed_on > e.last_seen - ${windowDays}::int
    group by m.entity_id`.execute(db);
  return new Map(rows.rows.map((row) => [row.entity_id, row.report_ids]));
}
