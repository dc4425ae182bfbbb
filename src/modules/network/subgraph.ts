import type { DbOrTx } from '../../platform/db/database.ts';
import type { GraphLink, Subgraph } from '../pole/index.ts';
import { entitiesByIds, reportsForLinks } from '../pole/index.ts';

/** Report ids returned with each link; the link's sourceCount says how many there are in all. */
export const reportsPerLink = 25;

/**
 * Completes a traversal into a sub-graph: the entities (merged-away ones dropped, with their
 * links) and the reports behind every link.
 */
export async function loadSubgraph(
  db: DbOrTx,
  found: { depth: ReadonlyMap<string, number>; links: readonly GraphLink[]; truncated: boolean },
): Promise<Subgraph> {
  const entities = await entitiesByIds(db, [...found.depth.keys()]);
  const present = new Set(entities.map((entity) => entity.id));
  const links = found.links.filter((link) => present.has(link.a) && present.has(link.b));
  const linkReports = await reportsForLinks(
    db,
    links.map((link) => link.id),
    reportsPerLink,
  );
  return { entities, links, linkReports, depth: found.depth, truncated: found.truncated };
}
