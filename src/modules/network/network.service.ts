import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Expression } from 'kysely';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffActor } from '../access/index.ts';
import { openEntityDetails } from '../pole/index.ts';
import { detectCommunities, indexEdges } from './graph-algorithms.ts';
import type { GraphFilters, Subgraph } from '../pole/index.ts';
import { loadNeighbourhood, type NeighbourhoodQuery } from './neighbourhood.ts';
import { authorise } from './network-access.ts';
import { presentSamePersonLink, presentSubgraph, type NetworkView } from './network.presenter.ts';
import { entitiesByIds, recentReports } from '../pole/index.ts';
import { activeMergesAmong } from '../resolution/index.ts';
import { openAlertKinds } from '../correlation/index.ts';
import { suggestRoles, type SuggestedRole } from './suggested-roles.ts';
import { loadSubgraph } from './subgraph.ts';
import { findShortestPath } from './traversal.ts';

/**
 * What network reads of deal lines. The deal-lines module imports this one, so their owner's
 * functions are handed in by main/services.ts rather than imported (ADR 0037).
 */
export type DealLineReads = {
  /** Phones that are a current number of a recorded deal line, in one query. */
  readonly dealLinesOfPhones: (
    db: DbOrTx,
    phoneIds: readonly string[],
  ) => Promise<ReadonlyMap<string, { lineId: string; brandName: string }>>;
  /** Every number a deal line has used, as a sub-query to join (current ones have no `to_date`). */
  readonly lineNumberRows: (
    db: DbOrTx,
  ) => Expression<{ phone_entity_id: string; to_date: Date | string | null; line_id: string; brand_name: string }>;
};

export type NetworkDeps = { db: Db; sealer: Sealer; audit: AuditTrail };

export type PathQuery = {
  readonly from: string;
  readonly to: string;
  readonly filters: GraphFilters;
  readonly maxDepth: number;
};

/** Grouping of a sub-graph's entities, largest group first. */
export type Grouping = { readonly index: number; readonly size: number; readonly entityIds: readonly string[] };

const trapHouseReports = 3;
const trapHouseWindowDays = 28;

function groups(ids: readonly string[], assignment: Int32Array): Grouping[] {
  const byIndex = new Map<number, string[]>();
  assignment.forEach((group, i) => {
    const id = ids[i];
    if (id !== undefined) byIndex.set(group, [...(byIndex.get(group) ?? []), id]);
  });
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, entityIds]) => ({ index, size: entityIds.length, entityIds }));
}

/** Link analysis over the POLE store: neighbourhoods, paths, candidate networks and roles. */
export function createNetworkService(deps: NetworkDeps & { dealLineReads: DealLineReads }) {
  const { db, sealer, audit } = deps;

  async function recordRead(actor: StaffActor, action: string, subgraph: Subgraph, details: Record<string, unknown>) {
    await db.transaction().execute((tx) =>
      audit.record(tx, {
        actor: { type: 'staff', id: actor.userId },
        action,
        requestId: actor.requestId,
        details: {
          ...details,
          entityCount: subgraph.entities.length,
          linkCount: subgraph.links.length,
          entityIds: subgraph.entities.map((e) => e.id),
        },
      }),
    );
  }

  async function suggestionsFor(subgraph: Subgraph): Promise<SuggestedRole[]> {
    const ids = subgraph.entities.map((e) => e.id);
    const ofKind = (kind: string) => subgraph.entities.filter((e) => e.kind === kind).map((e) => e.id);
    return suggestRoles({
      entities: subgraph.entities.map((e) => ({
        id: e.id,
        kind: e.kind,
        details: e.kind === 'person' ? openEntityDetails(sealer, e.id, e.detailsSealed) : {},
      })),
      links: subgraph.links,
      linkReports: subgraph.linkReports,
      alerts: await openAlertKinds(db, ids),
      dealLines: await deps.dealLineReads.dealLinesOfPhones(db, ofKind('phone')),
      recentReports: await recentReports(db, ofKind('location'), trapHouseWindowDays),
      trapHouseReports,
    });
  }

  return {
    /** Everything within k hops (k ≤ 3) of the seeds, with the reports behind every link. */
    async expand(actor: StaffActor, query: NeighbourhoodQuery): Promise<NetworkView> {
      await authorise(deps, actor, 'network.expand');
      const subgraph = await loadNeighbourhood(db, query);
      await recordRead(actor, 'network.expand', subgraph, {
        seeds: query.seeds,
        hops: query.hops,
        filters: query.filters,
      });
      const view = presentSubgraph(subgraph, sealer);
      const merges = await activeMergesAmong(
        db,
        view.nodes.filter((node) => node.kind === 'person').map((node) => node.id),
      );
      return { ...view, links: [...view.links, ...merges.map(presentSamePersonLink)] };
    },

    /** The shortest chain of links between two entities (at most 6 hops). */
    async path(actor: StaffActor, query: PathQuery): Promise<NetworkView & { found: boolean; path: string[] }> {
      await authorise(deps, actor, 'network.path');
      const ends = await entitiesByIds(db, [query.from, query.to]);
      if (ends.length !== new Set([query.from, query.to]).size) throw new AppError('not_found_or_no_access');
      const kinds =
        query.filters.kinds.length === 0 ? [] : [...new Set([...query.filters.kinds, ...ends.map((e) => e.kind)])];
      const result = await findShortestPath(db, {
        from: query.from,
        to: query.to,
        filters: { ...query.filters, kinds },
        maxDepth: Math.min(query.maxDepth, 6),
        maxVisited: 200_000,
      });
      const depth = new Map(result.path.map((id, i) => [id, i]));
      const subgraph = await loadSubgraph(db, { depth, links: result.links, truncated: result.truncated });
      await recordRead(actor, 'network.path', subgraph, { from: query.from, to: query.to, found: result.found });
      const view = presentSubgraph(subgraph, sealer);
      const order = new Map(result.path.map((id, i) => [id, i]));
      return {
        ...view,
        nodes: [...view.nodes].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
        found: result.found,
        path: [...result.path],
      };
    },

    /**
     * Candidate networks in a neighbourhood: connected components, Louvain communities and the
     * roles its patterns suggest. Inline: the sub-graph is capped at 2,000 entities.
     */
    async analyse(actor: StaffActor, query: NeighbourhoodQuery) {
      await authorise(deps, actor, 'network.analyse');
      const subgraph = await loadNeighbourhood(db, query);
      const { ids, edges } = indexEdges(
        subgraph.links,
        subgraph.entities.map((e) => e.id),
      );
      const detected = detectCommunities(edges, 7);
      const suggestions = await suggestionsFor(subgraph);
      await recordRead(actor, 'network.analyse', subgraph, {
        seeds: query.seeds,
        hops: query.hops,
        filters: query.filters,
      });
      return {
        ...presentSubgraph(subgraph, sealer),
        components: groups(ids, detected.component),
        communities: groups(ids, detected.community),
        modularity: Math.round(detected.modularity * 1000) / 1000,
        suggestions,
      };
    },
  };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
