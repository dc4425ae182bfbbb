import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { GraphFilters, Subgraph } from '../pole/index.ts';
import { entitiesByIds } from '../pole/index.ts';
import { loadSubgraph } from './subgraph.ts';
import { expandNeighbourhood } from './traversal.ts';

export type NeighbourhoodQuery = {
  readonly seeds: readonly string[];
  readonly hops: number;
  readonly filters: GraphFilters;
  readonly maxNodes: number;
};

export const maxHops = 3;
export const maxNodesLimit = 2000;

/** The sub-graph around the seeds. A seed that does not exist is "not found or no access". */
export async function loadNeighbourhood(db: DbOrTx, query: NeighbourhoodQuery): Promise<Subgraph> {
  const seeds = [...new Set(query.seeds)];
  const found = await entitiesByIds(db, seeds);
  if (found.length !== seeds.length) throw new AppError('not_found_or_no_access');
  const neighbourhood = await expandNeighbourhood(db, {
    seeds,
    hops: Math.min(Math.max(query.hops, 0), maxHops),
    filters: query.filters,
    maxNodes: Math.min(Math.max(query.maxNodes, seeds.length), maxNodesLimit),
  });
  return loadSubgraph(db, neighbourhood);
}
