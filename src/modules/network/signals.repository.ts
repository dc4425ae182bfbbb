import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { AlertKind } from '../correlation/index.ts';

// What other capabilities already know about entities in a sub-graph: open correlation alerts,
// deal-line records and recent report counts. Read-only, batched over the sub-graph's ids.

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

export async function openAlertKinds(db: DbOrTx, entityIds: readonly string[]): Promise<Map<string, AlertKind[]>> {
  const result = new Map<string, AlertKind[]>();
  if (entityIds.length === 0) return result;
  const rows = await db
    .selectFrom('correlation_alerts')
    .select(['entity_id', 'kind'])
    .where(sql<boolean>`entity_id = any(${uuids(entityIds)})`)
    .where('status', 'in', ['open', 'acknowledged'])
    .execute();
  for (const row of rows) {
    if (row.entity_id === null) continue;
    result.set(row.entity_id, [...(result.get(row.entity_id) ?? []), row.kind]);
  }
  return result;
}

/** Phones that are a current number of a recorded deal line. */
export async function dealLinesOfPhones(
  db: DbOrTx,
  phoneIds: readonly string[],
): Promise<Map<string, { lineId: string; brandName: string }>> {
  if (phoneIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('deal_line_numbers as n')
    .innerJoin('deal_lines as l', 'l.id', 'n.deal_line_id')
    .select(['n.phone_entity_id', 'l.id', 'l.brand_name'])
    .where(sql<boolean>`n.phone_entity_id = any(${uuids(phoneIds)})`)
    .where('n.to_date', 'is', null)
    .execute();
  return new Map(rows.map((row) => [row.phone_entity_id, { lineId: row.id, brandName: row.brand_name }]));
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
    where m.entity_id = any(${uuids(entityIds)}) and m.observed_on > e.last_seen - ${windowDays}::int
    group by m.entity_id`.execute(db);
  return new Map(rows.rows.map((row) => [row.entity_id, row.report_ids]));
}
