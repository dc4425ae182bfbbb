import type { DbOrTx } from '../../platform/db/database.ts';
import type { GraphFilters, GraphLink } from '../pole/index.ts';
import { linksBetween, linksFromFrontier } from '../pole/index.ts';

// Breadth-first traversals over the POLE links, one SQL query per hop for the whole frontier.

export type Neighbourhood = {
  /** Hops from the nearest seed, for every entity reached. */
  readonly depth: ReadonlyMap<string, number>;
  readonly links: readonly GraphLink[];
  readonly truncated: boolean;
};

/** Links one hop may read: enough to fill the node cap several times over, never unbounded. */
const hopRowLimit = (maxNodes: number) => Math.min(50_000, Math.max(1_000, maxNodes * 10));

/**
 * Every entity within `hops` links of the seeds, strongest links first, stopping at `maxNodes`
 * entities. The result is the induced sub-graph: a last query adds links among the entities
 * first reached on the final hop, which no hop had a reason to read.
 */
export async function expandNeighbourhood(
  db: DbOrTx,
  options: { seeds: readonly string[]; hops: number; filters: GraphFilters; maxNodes: number },
): Promise<Neighbourhood> {
  const depth = new Map<string, number>(options.seeds.map((id) => [id, 0]));
  const links = new Map<string, GraphLink>();
  const limit = hopRowLimit(options.maxNodes);
  let frontier = [...depth.keys()];
  let truncated = false;
  for (let hop = 1; hop <= options.hops && frontier.length > 0; hop += 1) {
    const rows = await linksFromFrontier(db, frontier, options.filters, limit);
    if (rows.length >= limit) truncated = true;
    const next: string[] = [];
    for (const row of rows) {
      if (!depth.has(row.to)) {
        if (depth.size >= options.maxNodes) {
          truncated = true;
          continue;
        }
        depth.set(row.to, hop);
        next.push(row.to);
      }
      const { from: _from, to: _to, ...link } = row;
      links.set(link.id, link);
    }
    frontier = next;
  }
  if (frontier.length > 1) {
    for (const link of await linksBetween(db, frontier, frontier, options.filters, limit)) links.set(link.id, link);
  }
  return { depth, links: [...links.values()], truncated };
}

export type PathResult = {
  readonly found: boolean;
  /** Entity ids from `from` to `to`; empty when no path was found. */
  readonly path: readonly string[];
  readonly links: readonly GraphLink[];
  readonly hopsSearched: number;
  readonly truncated: boolean;
};

type Parent = { readonly prev: string | null; readonly link: GraphLink | null; readonly depth: number };

/**
 * Bidirectional breadth-first search: each round expands the smaller frontier by one hop (one
 * query), and stops at the first round where the two searches meet, taking the meeting entity
 * with the shortest total path. At most `maxDepth` hops in all.
 */
export async function findShortestPath(
  db: DbOrTx,
  options: { from: string; to: string; filters: GraphFilters; maxDepth: number; maxVisited: number },
): Promise<PathResult> {
  if (options.from === options.to) {
    return { found: true, path: [options.from], links: [], hopsSearched: 0, truncated: false };
  }
  const parents: [Map<string, Parent>, Map<string, Parent>] = [
    new Map([[options.from, { prev: null, link: null, depth: 0 }]]),
    new Map([[options.to, { prev: null, link: null, depth: 0 }]]),
  ];
  const frontiers: [string[], string[]] = [[options.from], [options.to]];
  const limit = hopRowLimit(options.maxVisited);
  let hops = 0;
  let truncated = false;
  while (hops < options.maxDepth && frontiers[0].length > 0 && frontiers[1].length > 0) {
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const mine = parents[side];
    const theirs = parents[side === 0 ? 1 : 0];
    const rows = await linksFromFrontier(db, frontiers[side], options.filters, limit);
    if (rows.length >= limit) truncated = true;
    hops += 1;
    const next: string[] = [];
    let meet: { id: string; total: number } | null = null;
    for (const row of rows) {
      if (mine.has(row.to)) continue;
      const { from: _from, to: _to, ...link } = row;
      const depth = (mine.get(row.from)?.depth ?? 0) + 1;
      mine.set(row.to, { prev: row.from, link, depth });
      next.push(row.to);
      const other = theirs.get(row.to);
      if (other && (meet === null || depth + other.depth < meet.total)) {
        meet = { id: row.to, total: depth + other.depth };
      }
    }
    if (meet !== null) {
      const [path, links] = joinPath(parents, meet.id);
      return { found: true, path, links, hopsSearched: hops, truncated };
    }
    if (parents[0].size + parents[1].size > options.maxVisited) {
      return { found: false, path: [], links: [], hopsSearched: hops, truncated: true };
    }
    frontiers[side] = next;
  }
  return { found: false, path: [], links: [], hopsSearched: hops, truncated };
}

function joinPath(parents: [Map<string, Parent>, Map<string, Parent>], meet: string): [string[], GraphLink[]] {
  const walk = (map: Map<string, Parent>) => {
    const ids: string[] = [];
    const links: GraphLink[] = [];
    let current: string | null = meet;
    while (current !== null) {
      const parent = map.get(current);
      ids.push(current);
      if (parent?.link) links.push(parent.link);
      current = parent?.prev ?? null;
    }
    return { ids, links };
  };
  const fromSide = walk(parents[0]);
  const toSide = walk(parents[1]);
  const path = [...fromSide.ids.reverse(), ...toSide.ids.slice(1)];
  return [path, [...fromSide.links.reverse(), ...toSide.links]];
}
