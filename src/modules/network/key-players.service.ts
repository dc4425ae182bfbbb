import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { BackgroundTasks } from '../../platform/jobs/background-tasks.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffActor } from '../access/index.ts';
import { computeBetweenness, indexEdges } from './graph-algorithms.ts';
import { degrees, type Subgraph } from '../pole/index.ts';
import {
  centralityScores,
  claimCentralityRun,
  failCentralityRun,
  findCentralityRun,
  findCentralityRunByScope,
  storeCentralityScores,
} from './centrality.repository.ts';
import { loadNeighbourhood, type NeighbourhoodQuery } from './neighbourhood.ts';
import { authorise } from './network-access.ts';
import { openLabel } from './network.presenter.ts';
import { entitiesByIds, storeDegrees } from '../pole/index.ts';
import type { NetworkDeps } from './network.service.ts';
import type { NetworkCentralityRunRow } from './network.table.ts';
import { runGraphTaskInWorker } from './run-in-worker.ts';

/** Sub-graphs up to this size get betweenness inline (milliseconds); larger ones in a worker thread. */
export const inlineBetweennessLimit = 150;
/** A pending run older than this is assumed lost (e.g. a restart) and started again. */
const staleAfterMs = 15 * 60_000;

/** Identifies a sub-graph by its entities and links, so the same sub-graph reuses a stored run. */
function scopeKey(subgraph: Subgraph): string {
  const hash = createHash('sha256');
  for (const id of subgraph.entities.map((e) => e.id).sort()) hash.update(id);
  hash.update('|');
  for (const id of subgraph.links.map((l) => l.id).sort()) hash.update(id);
  return hash.digest('hex');
}

/**
 * Key players: degree always (within the sub-graph and in the whole store); betweenness, which
 * is slow (exact Brandes), computed once per sub-graph and kept in network_centrality_runs with
 * its computed_at, inline for small sub-graphs and in a worker thread for larger ones.
 */
export function createKeyPlayersService(
  deps: NetworkDeps & { background: BackgroundTasks; clock: Clock; inlineLimit?: number },
) {
  const { db, sealer, audit, background, clock } = deps;
  const inlineLimit = deps.inlineLimit ?? inlineBetweennessLimit;

  async function compute(runId: string, subgraph: Subgraph, inWorker: boolean): Promise<void> {
    const { ids, edges } = indexEdges(
      subgraph.links,
      subgraph.entities.map((e) => e.id),
    );
    const degreeOf = degrees(ids, subgraph.links);
    try {
      const result = inWorker
        ? await runGraphTaskInWorker({ kind: 'betweenness', ...edges })
        : computeBetweenness(edges);
      if (result.kind !== 'betweenness') throw new Error('unexpected graph result');
      await storeCentralityScores(
        db,
        runId,
        { entityIds: ids, degrees: ids.map((id) => degreeOf.get(id) ?? 0), betweenness: [...result.betweenness] },
        clock.now(),
      );
    } catch (error) {
      await failCentralityRun(db, runId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  async function ensureRun(actor: StaffActor, subgraph: Subgraph): Promise<NetworkCentralityRunRow> {
    const key = scopeKey(subgraph);
    const existing = await findCentralityRunByScope(db, key);
    const stale =
      existing?.status === 'pending' && clock.now().getTime() - existing.requested_at.getTime() > staleAfterMs;
    if (existing && existing.status !== 'failed' && !stale) return existing;
    const runId = await claimCentralityRun(db, {
      id: randomUUID(),
      scopeKey: key,
      nodeCount: subgraph.entities.length,
      linkCount: subgraph.links.length,
      requestedBy: actor.userId,
      at: clock.now(),
    });
    if (subgraph.entities.length <= inlineLimit) {
      await compute(runId, subgraph, false);
    } else {
      background.run('network.betweenness', () => compute(runId, subgraph, true));
    }
    const run = await findCentralityRun(db, runId);
    if (!run) throw new Error('centrality run vanished');
    return run;
  }

  const presentRun = (run: NetworkCentralityRunRow) => ({
    runId: run.id,
    status: run.status,
    nodeCount: run.node_count,
    linkCount: run.link_count,
    computedAt: run.computed_at?.toISOString() ?? null,
  });

  return {
    async keyPlayers(actor: StaffActor, query: NeighbourhoodQuery & { limit: number }) {
      await authorise(deps, actor, 'network.key_players');
      const subgraph = await loadNeighbourhood(db, query);
      const ids = subgraph.entities.map((e) => e.id);
      const degreeOf = degrees(ids, subgraph.links);
      const inStore = await storeDegrees(db, ids);
      const run = await ensureRun(actor, subgraph);
      const scores = run.status === 'complete' ? await centralityScores(db, run.id) : new Map<string, never>();
      const players = subgraph.entities
        .map((entity) => ({
          id: entity.id,
          kind: entity.kind,
          degree: degreeOf.get(entity.id) ?? 0,
          storeDegree: inStore.get(entity.id) ?? 0,
          betweenness: scores.get(entity.id)?.betweenness ?? null,
          sealed: entity.labelSealed,
        }))
        .sort(
          (a, b) => (b.betweenness ?? -1) - (a.betweenness ?? -1) || b.degree - a.degree || a.id.localeCompare(b.id),
        )
        .slice(0, query.limit);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'network.key_players',
          requestId: actor.requestId,
          details: { seeds: query.seeds, hops: query.hops, runId: run.id, entityIds: players.map((p) => p.id) },
        }),
      );
      return {
        centrality: presentRun(run),
        players: players.map(({ sealed, ...player }) => ({ ...player, label: openLabel(sealer, player.id, sealed) })),
      };
    },

    /** A betweenness run's state and, once complete, its scores (highest first). */
    async centralityRun(actor: StaffActor, runId: string, limit: number) {
      await authorise(deps, actor, 'network.centrality');
      const run = await findCentralityRun(db, runId);
      if (!run) throw new AppError('not_found_or_no_access');
      const scores = run.status === 'complete' ? await centralityScores(db, run.id) : new Map<string, never>();
      const top = [...scores.entries()].sort((a, b) => b[1].betweenness - a[1].betweenness).slice(0, limit);
      const entities = new Map(
        (
          await entitiesByIds(
            db,
            top.map(([id]) => id),
          )
        ).map((e) => [e.id, e]),
      );
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'network.centrality_read',
          subject: { type: 'centrality_run', id: run.id },
          requestId: actor.requestId,
          details: { entityIds: [...entities.keys()] },
        }),
      );
      return {
        centrality: presentRun(run),
        players: top.flatMap(([id, score]) => {
          const entity = entities.get(id);
          return entity ? [{ id, kind: entity.kind, label: openLabel(sealer, id, entity.labelSealed), ...score }] : [];
        }),
      };
    },
  };
}

export type KeyPlayersService = ReturnType<typeof createKeyPlayersService>;
