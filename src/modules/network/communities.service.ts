import { randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { BackgroundTasks } from '../../platform/jobs/background-tasks.ts';
import type { StaffActor } from '../access/index.ts';
import {
  communityDealLines,
  communityKinds,
  communitySummaries,
  failAbandonedCommunityRuns,
  findCommunityRun,
  finishCommunityRun,
  insertCommunityRun,
  latestCommunityRuns,
  pruneCommunityRuns,
  storeCommunityMembers,
  topCommunityMembers,
} from './community.repository.ts';
import { indexEdges } from './graph-algorithms.ts';
import { degrees, noFilters, type GraphFilters } from '../pole/index.ts';
import { authorise } from './network-access.ts';
import { openLabel, presentSubgraph } from './network.presenter.ts';
import { allLinkPairs, entitiesByIds, linksBetween } from '../pole/index.ts';
import type { DealLineReads, NetworkDeps } from './network.service.ts';
import type { NetworkCommunityRunRow } from './network.table.ts';
import { runGraphTaskInWorker } from './run-in-worker.ts';
import { loadSubgraph } from './subgraph.ts';

const louvainSeed = 20261126;
/** A run still pending after this long is taken to be lost. */
const abandonedAfterMs = 15 * 60_000;

const day = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

function presentRun(run: NetworkCommunityRunRow) {
  return {
    runId: run.id,
    status: run.status,
    minConfidence: Math.round(run.min_confidence * 100) / 100,
    from: day(run.from_day),
    to: day(run.to_day),
    nodeCount: run.node_count,
    linkCount: run.link_count,
    communityCount: run.community_count,
    componentCount: run.component_count,
    modularity: run.modularity === null ? null : Math.round(run.modularity * 1000) / 1000,
    requestedAt: run.requested_at.toISOString(),
    computedAt: run.computed_at?.toISOString() ?? null,
    error: run.error,
  };
}

/**
 * Candidate networks across the whole POLE store: connected components and Louvain communities,
 * computed in a worker thread after the request that asks for them, stored per run.
 */
export function createCommunitiesService(
  deps: NetworkDeps & { dealLineReads: DealLineReads; background: BackgroundTasks; clock: Clock },
) {
  const { db, sealer, audit, background, clock } = deps;

  async function compute(runId: string, filters: GraphFilters): Promise<void> {
    try {
      const pairs = await allLinkPairs(db, filters);
      const { ids, edges } = indexEdges(pairs);
      const result = await runGraphTaskInWorker({ kind: 'communities', seed: louvainSeed, resolution: 1, ...edges });
      if (result.kind !== 'communities') throw new Error('unexpected graph result');
      const degreeOf = degrees(ids, pairs);
      await db.transaction().execute(async (tx) => {
        await storeCommunityMembers(tx, runId, {
          entityIds: ids,
          community: [...result.community],
          component: [...result.component],
          degree: ids.map((id) => degreeOf.get(id) ?? 0),
        });
        await finishCommunityRun(tx, runId, {
          status: 'complete',
          nodeCount: ids.length,
          linkCount: pairs.length,
          communities: result.communityCount,
          components: result.componentCount,
          modularity: result.modularity,
          at: clock.now(),
        });
      });
      await pruneCommunityRuns(db, 3);
    } catch (error) {
      await finishCommunityRun(db, runId, { status: 'failed', error: String(error), at: clock.now() });
      throw error;
    }
  }

  return {
    /** Starts a run over every link passing the filters; answers at once with the pending run. */
    async start(actor: StaffActor, filters: Omit<GraphFilters, 'kinds'>) {
      await authorise(deps, actor, 'network.communities.start');
      const now = clock.now();
      await failAbandonedCommunityRuns(db, new Date(now.getTime() - abandonedAfterMs), now);
      const { newest } = await latestCommunityRuns(db);
      // One run at a time: a second request while one is computing gets that run.
      if (newest?.status === 'pending') return presentRun(newest);
      const id = randomUUID();
      await db.transaction().execute(async (tx) => {
        await insertCommunityRun(tx, { id, ...filters, requestedBy: actor.userId, at: clock.now() });
        await audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'network.communities.start',
          subject: { type: 'community_run', id },
          requestId: actor.requestId,
          details: { ...filters },
        });
      });
      background.run('network.communities', () => compute(id, { ...noFilters, ...filters }));
      const run = await findCommunityRun(db, id);
      if (!run) throw new Error('community run vanished');
      return presentRun(run);
    },

    /** The newest complete run's communities, largest first, with their strongest members named. */
    async latest(actor: StaffActor, options: { minSize: number; limit: number }) {
      await authorise(deps, actor, 'network.communities.read');
      const { newest, complete } = await latestCommunityRuns(db);
      if (!complete) return { newestRun: newest ? presentRun(newest) : null, run: null, communities: [] };
      const summaries = await communitySummaries(db, complete.id, options.minSize, options.limit);
      const indexes = summaries.map((s) => s.community);
      const kinds = await communityKinds(db, complete.id, indexes);
      const lines = await communityDealLines(db, deps.dealLineReads.lineNumberRows, complete.id, indexes);
      const top = await topCommunityMembers(db, complete.id, indexes, 5);
      const entities = new Map(
        (
          await entitiesByIds(
            db,
            top.map((m) => m.entity_id),
          )
        ).map((e) => [e.id, e]),
      );
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'network.communities.read',
          subject: { type: 'community_run', id: complete.id },
          requestId: actor.requestId,
          details: { communities: indexes, entityIds: [...entities.keys()] },
        }),
      );
      return {
        newestRun: newest ? presentRun(newest) : null,
        run: presentRun(complete),
        communities: summaries.map((summary) => ({
          community: summary.community,
          component: summary.component,
          size: summary.size,
          kinds: Object.fromEntries(kinds.filter((k) => k.community === summary.community).map((k) => [k.kind, k.n])),
          dealLines: lines
            .filter((l) => l.community === summary.community)
            .map((l) => ({ id: l.line_id, brandName: l.brand_name })),
          topMembers: top
            .filter((m) => m.community === summary.community)
            .flatMap((m) => {
              const entity = entities.get(m.entity_id);
              if (!entity) return [];
              return [
                {
                  id: m.entity_id,
                  kind: entity.kind,
                  label: openLabel(sealer, m.entity_id, entity.labelSealed),
                  degree: m.degree,
                },
              ];
            }),
        })),
      };
    },

    /** One community as a sub-graph (its best-connected members, up to maxNodes, and their links). */
    async community(actor: StaffActor, runId: string, community: number, maxNodes: number) {
      await authorise(deps, actor, 'network.communities.read');
      const run = await findCommunityRun(db, runId);
      if (run?.status !== 'complete') throw new AppError('not_found_or_no_access');
      const members = await topCommunityMembers(db, runId, [community], maxNodes);
      if (members.length === 0) throw new AppError('not_found_or_no_access');
      const ids = members.map((m) => m.entity_id);
      const filters = { ...noFilters, minConfidence: run.min_confidence, from: day(run.from_day), to: day(run.to_day) };
      const links = await linksBetween(db, ids, ids, filters, 50_000);
      const subgraph = await loadSubgraph(db, {
        depth: new Map(ids.map((id) => [id, 0])),
        links,
        truncated: members.length >= maxNodes,
      });
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'network.community.read',
          subject: { type: 'community_run', id: runId },
          requestId: actor.requestId,
          details: { community, entityIds: ids },
        }),
      );
      const view = presentSubgraph(subgraph, sealer);
      return { run: presentRun(run), community, ...view, nodes: view.nodes.map((n) => ({ ...n, depth: null })) };
    },
  };
}

export type CommunitiesService = ReturnType<typeof createCommunitiesService>;
