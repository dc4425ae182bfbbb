import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { entityKindRows, type EntityKind } from '../pole/index.ts';
import type { DealLineReads } from './network.service.ts';
import type { NetworkCommunityRunRow } from './network.table.ts';

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;
const ints = (values: readonly number[]) => sql`${sql.val([...values])}::int[]`;

export async function insertCommunityRun(
  db: DbOrTx,
  run: { id: string; minConfidence: number; from: string | null; to: string | null; requestedBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto('network_community_runs')
    .values({
      id: run.id,
      status: 'pending',
      min_confidence: run.minConfidence,
      from_day: run.from,
      to_day: run.to,
      node_count: null,
      link_count: null,
      community_count: null,
      component_count: null,
      modularity: null,
      requested_by: run.requestedBy,
      requested_at: run.at,
      computed_at: null,
      error: null,
    })
    .execute();
}

export async function findCommunityRun(db: DbOrTx, id: string): Promise<NetworkCommunityRunRow | undefined> {
  return db.selectFrom('network_community_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest run, and the newest complete one (which may be the same). */
export async function latestCommunityRuns(
  db: DbOrTx,
): Promise<{ newest?: NetworkCommunityRunRow; complete?: NetworkCommunityRunRow }> {
  const newest = await db
    .selectFrom('network_community_runs')
    .selectAll()
    .orderBy('requested_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const complete = await db
    .selectFrom('network_community_runs')
    .selectAll()
    .where('status', '=', 'complete')
    .orderBy('computed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { newest, complete };
}

export async function storeCommunityMembers(
  db: DbOrTx,
  runId: string,
  members: { entityIds: string[]; community: number[]; component: number[]; degree: number[] },
): Promise<void> {
  for (let start = 0; start < members.entityIds.length; start += 10_000) {
    const end = start + 10_000;
    await sql`
      insert into network_community_members (run_id, entity_id, community, component, degree)
      select ${runId}::uuid, unnest(${uuids(members.entityIds.slice(start, end))}),
             unnest(${ints(members.community.slice(start, end))}), unnest(${ints(members.component.slice(start, end))}),
             unnest(${ints(members.degree.slice(start, end))})`.execute(db);
  }
}

export async function finishCommunityRun(
  db: DbOrTx,
  id: string,
  outcome:
    | {
        status: 'complete';
        nodeCount: number;
        linkCount: number;
        communities: number;
        components: number;
        modularity: number;
        at: Date;
      }
    | { status: 'failed'; error: string; at: Date },
): Promise<void> {
  await db
    .updateTable('network_community_runs')
    .set(
      outcome.status === 'complete'
        ? {
            status: 'complete',
            node_count: outcome.nodeCount,
            link_count: outcome.linkCount,
            community_count: outcome.communities,
            component_count: outcome.components,
            modularity: outcome.modularity,
            computed_at: outcome.at,
          }
        : { status: 'failed', error: outcome.error.slice(0, 500), computed_at: outcome.at },
    )
    .where('id', '=', id)
    .execute();
}

/** A pending run older than `before` was lost (e.g. the process stopped): mark it failed. */
export async function failAbandonedCommunityRuns(db: DbOrTx, before: Date, at: Date): Promise<void> {
  await db
    .updateTable('network_community_runs')
    .set({ status: 'failed', error: 'Abandoned: the process running it stopped', computed_at: at })
    .where('status', '=', 'pending')
    .where('requested_at', '<', before)
    .execute();
}

/** Keeps the newest `keep` complete runs (and anything pending); older results are deleted. */
export async function pruneCommunityRuns(db: DbOrTx, keep: number): Promise<void> {
  await sql`
    delete from network_community_runs
    where status <> 'pending' and id not in (
      select id from network_community_runs where status = 'complete' order by computed_at desc limit ${keep}
    )`.execute(db);
}

export type CommunitySummaryRow = { community: number; component: number; size: number };

export async function communitySummaries(
  db: DbOrTx,
  runId: string,
  minSize: number,
  limit: number,
): Promise<CommunitySummaryRow[]> {
  const rows = await sql<CommunitySummaryRow>`
    select community, min(component)::int as component, count(*)::int as size
    from network_community_members where run_id = ${runId}::uuid
    group by community having count(*) >= ${minSize}
    order by size desc, community limit ${limit}`.execute(db);
  return rows.rows;
}

export async function communityKinds(
  db: DbOrTx,
  runId: string,
  communities: readonly number[],
): Promise<{ community: number; kind: EntityKind; n: number }[]> {
  if (communities.length === 0) return [];
  const rows = await sql<{ community: number; kind: EntityKind; n: number }>`
    select m.community, e.kind, count(*)::int as n
    from network_community_members m join ${entityKindRows(db)} e on e.id = m.entity_id
    where m.run_id = ${runId}::uuid and m.community = any(${ints(communities)})
    group by m.community, e.kind`.execute(db);
  return rows.rows;
}

/** The deal lines whose current numbers are members of the communities (their owner's sub-query joined). */
export async function communityDealLines(
  db: DbOrTx,
  lineNumberRows: DealLineReads['lineNumberRows'],
  runId: string,
  communities: readonly number[],
): Promise<{ community: number; line_id: string; brand_name: string }[]> {
  if (communities.length === 0) return [];
  const rows = await sql<{ community: number; line_id: string; brand_name: string }>`
    select distinct m.community, n.line_id, n.brand_name
    from network_community_members m
    join ${lineNumberRows(db)} n on n.phone_entity_id = m.entity_id and n.to_date is null
    where m.run_id = ${runId}::uuid and m.community = any(${ints(communities)})`.execute(db);
  return rows.rows;
}

/** Members of communities, highest degree first, at most `perCommunity` each. */
export async function topCommunityMembers(
  db: DbOrTx,
  runId: string,
  communities: readonly number[],
  perCommunity: number,
): Promise<{ community: number; entity_id: string; degree: number }[]> {
  if (communities.length === 0) return [];
  const rows = await sql<{ community: number; entity_id: string; degree: number }>`
    select community, entity_id, degree from (
      select community, entity_id, degree,
             row_number() over (partition by community order by degree desc, entity_id) as n
      from network_community_members
      where run_id = ${runId}::uuid and community = any(${ints(communities)})
    ) ranked where n <= ${perCommunity}
    order by community, n`.execute(db);
  return rows.rows;
}
