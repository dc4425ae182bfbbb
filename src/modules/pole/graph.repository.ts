import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { day, type GraphEntity, type GraphFilters, type GraphLink, type HopLink } from './graph.ts';
import { findEntities } from './entity.repository.ts';

// The SQL of link analysis over the POLE store (used by the network module). Traversals ask one question per hop for a whole frontier
// (`= any($1::uuid[])`), never one per entity, so a 3-hop expansion is a handful of queries.

type LinkRow = {
  id: string;
  entity_a: string;
  entity_b: string;
  kind: string;
  confidence: number;
  first_seen: Date | string;
  last_seen: Date | string;
  source_count: number;
};

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

function linkConditions(filters: GraphFilters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.minConfidence > 0) conditions.push(sql`l.confidence >= ${filters.minConfidence}`);
  if (filters.from !== null) conditions.push(sql`l.last_seen >= ${filters.from}::date`);
  if (filters.to !== null) conditions.push(sql`l.first_seen <= ${filters.to}::date`);
  return conditions;
}

const and = (conditions: readonly RawBuilder<unknown>[]) =>
  conditions.length === 0 ? sql`` : sql` and ${sql.join(conditions, sql` and `)}`;

function toLink(row: LinkRow): GraphLink {
  return {
    id: row.id,
    a: row.entity_a,
    b: row.entity_b,
    kind: row.kind,
    confidence: row.confidence,
    firstSeen: day(row.first_seen),
    lastSeen: day(row.last_seen),
    sourceCount: row.source_count,
  };
}

/**
 * One hop: every link that leaves the frontier and passes the filters, to an entity that was
 * not merged away (and is of an allowed kind, when kinds are filtered). Strongest links first,
 * at most `limit`. Without a kind filter the reached entity is not read at all: merged-away
 * entities are excluded through a partial index that holds only them.
 */
export async function linksFromFrontier(
  db: DbOrTx,
  frontier: readonly string[],
  filters: GraphFilters,
  limit: number,
): Promise<HopLink[]> {
  if (frontier.length === 0) return [];
  const columns = sql`l.id, l.entity_a, l.entity_b, l.kind, l.confidence, l.first_seen, l.last_seen, l.source_count`;
  const side = (near: 'entity_a' | 'entity_b', far: 'entity_a' | 'entity_b') => {
    const conditions = [...linkConditions(filters)];
    if (filters.kinds.length > 0) {
      conditions.push(sql`o.merged_into is null`, sql`o.kind = any(${sql.val([...filters.kinds])}::text[])`);
      return sql`
        select ${columns}, l.${sql.ref(near)} as from_id, l.${sql.ref(far)} as to_id
        from pole_links l join pole_entities o on o.id = l.${sql.ref(far)}
        where l.${sql.ref(near)} = any(${uuids(frontier)})${and(conditions)}`;
    }
    conditions.push(
      sql`not exists (select 1 from pole_entities m where m.id = l.${sql.ref(far)} and m.merged_into is not null)`,
    );
    return sql`
      select ${columns}, l.${sql.ref(near)} as from_id, l.${sql.ref(far)} as to_id
      from pole_links l
      where l.${sql.ref(near)} = any(${uuids(frontier)})${and(conditions)}`;
  };
  const result = await sql<LinkRow & { from_id: string; to_id: string }>`
    select * from (${side('entity_a', 'entity_b')} union all ${side('entity_b', 'entity_a')}) hop
    order by confidence desc, id
    limit ${limit}`.execute(db);
  return result.rows.map((row) => ({ ...toLink(row), from: row.from_id, to: row.to_id }));
}

/** Links between `ids` and `among` (both sets already known): closes a sub-graph after its last hop. */
export async function linksBetween(
  db: DbOrTx,
  ids: readonly string[],
  among: readonly string[],
  filters: GraphFilters,
  limit: number,
): Promise<GraphLink[]> {
  if (ids.length === 0 || among.length === 0) return [];
  const conditions = and(linkConditions(filters));
  const result = await sql<LinkRow>`
    select l.id, l.entity_a, l.entity_b, l.kind, l.confidence, l.first_seen, l.last_seen, l.source_count
    from pole_links l
    where l.entity_a = any(${uuids(ids)}) and l.entity_b = any(${uuids(among)})${conditions}
    union
    select l.id, l.entity_a, l.entity_b, l.kind, l.confidence, l.first_seen, l.last_seen, l.source_count
    from pole_links l
    where l.entity_b = any(${uuids(ids)}) and l.entity_a = any(${uuids(among)})${conditions}
    limit ${limit}`.execute(db);
  return result.rows.map(toLink);
}

export async function entitiesByIds(db: DbOrTx, ids: readonly string[]): Promise<GraphEntity[]> {
  if (ids.length === 0) return [];
  const rows = await findEntities(db, ids, { unmergedOnly: true });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    labelSealed: row.label_sealed,
    detailsSealed: row.details_sealed,
    firstSeen: day(row.first_seen),
    lastSeen: day(row.last_seen),
    reportCount: row.report_count,
  }));
}

/** The reports behind each link, newest first, at most `perLink` each. */
export async function reportsForLinks(
  db: DbOrTx,
  linkIds: readonly string[],
  perLink: number,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (linkIds.length === 0) return result;
  const rows = await sql<{ link_id: string; report_id: string }>`
    select link_id, report_id from (
      select link_id, report_id,
             row_number() over (partition by link_id order by observed_on desc, report_id) as n
      from pole_link_sources where link_id = any(${uuids(linkIds)})
    ) ranked
    where n <= ${perLink}
    order by link_id, n`.execute(db);
  for (const row of rows.rows) {
    const list = result.get(row.link_id) ?? [];
    list.push(row.report_id);
    result.set(row.link_id, list);
  }
  return result;
}

/** The reports that mention each entity, newest first, at most `perEntity` each. */
export async function reportsForEntities(
  db: DbOrTx,
  entityIds: readonly string[],
  perEntity: number,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (entityIds.length === 0) return result;
  const rows = await sql<{ entity_id: string; report_id: string }>`
    select entity_id, report_id from (
      select entity_id, report_id,
             row_number() over (partition by entity_id order by max(observed_on) desc, report_id) as n
      from pole_mentions where entity_id = any(${uuids(entityIds)})
      group by entity_id, report_id
    ) ranked
    where n <= ${perEntity}
    order by entity_id, n`.execute(db);
  for (const row of rows.rows) {
    const list = result.get(row.entity_id) ?? [];
    list.push(row.report_id);
    result.set(row.entity_id, list);
  }
  return result;
}

/** How many links each entity has in the whole store (its degree beyond the sub-graph shown). */
export async function storeDegrees(db: DbOrTx, entityIds: readonly string[]): Promise<Map<string, number>> {
  if (entityIds.length === 0) return new Map();
  const rows = await sql<{ id: string; n: number }>`
    select id, count(*)::int as n from (
      select entity_a as id from pole_links where entity_a = any(${uuids(entityIds)})
      union all
      select entity_b as id from pole_links where entity_b = any(${uuids(entityIds)})
    ) ends group by id`.execute(db);
  return new Map(rows.rows.map((row) => [row.id, row.n]));
}

/** Every link passing the filters, as id pairs: the input to whole-store community detection. */
export async function allLinkPairs(
  db: DbOrTx,
  filters: GraphFilters,
): Promise<{ a: string; b: string; confidence: number }[]> {
  const rows = await sql<{ a: string; b: string; confidence: number }>`
    with merged as (
      select coalesce(array_agg(id), '{}'::uuid[]) as ids from pole_entities where merged_into is not null
    )
    select l.entity_a as a, l.entity_b as b, l.confidence
    from pole_links l, merged
    where not (l.entity_a = any(merged.ids) or l.entity_b = any(merged.ids))${and(linkConditions(filters))}`.execute(
    db,
  );
  return rows.rows;
}
