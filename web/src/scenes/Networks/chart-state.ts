import type { RequestOf } from '../../api/client.ts';
import type { EntityKind, NetworkLink, NetworkNode, NetworkView } from '../../api/network-types.ts';

// The link chart's working state: what is on the chart and the filters every request uses.

export type ChartFilters = {
  hops: number;
  from: string;
  to: string;
  kinds: EntityKind[];
  minConfidence: number;
};

export const defaultFilters: ChartFilters = { hops: 2, from: '', to: '', kinds: [], minConfidence: 0 };

export type ChartData = { nodes: Map<string, NetworkNode>; links: Map<string, NetworkLink> };

export const emptyChart: ChartData = { nodes: new Map(), links: new Map() };

/** The query string /api/network/expand and /analysis take for these seeds and filters. */
export function networkQuery(
  seeds: readonly string[],
  filters: ChartFilters,
  hops = filters.hops,
): RequestOf<'/api/network/expand', 'get'>['query'] {
  return {
    seeds: seeds.slice(0, 50).join(','),
    hops,
    maxNodes: 300,
    ...(filters.kinds.length > 0 ? { kinds: filters.kinds.join(',') } : {}),
    ...(filters.from !== '' ? { from: filters.from } : {}),
    ...(filters.to !== '' ? { to: filters.to } : {}),
    ...(filters.minConfidence > 0 ? { minConfidence: filters.minConfidence } : {}),
  };
}

/** Adds a view's nodes and links to the chart, and counts each node's links on the chart. */
export function mergeView(chart: ChartData, view: NetworkView): ChartData {
  const nodes = new Map(chart.nodes);
  const links = new Map(chart.links);
  for (const node of view.nodes) nodes.set(node.id, { ...(nodes.get(node.id) ?? {}), ...node });
  for (const link of view.links) links.set(link.id, link);
  const degree = new Map<string, number>();
  for (const link of links.values()) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  for (const [id, node] of nodes) nodes.set(id, { ...node, degree: degree.get(id) ?? 0 });
  return { nodes, links };
}
