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
export function networkQuery(seeds: readonly string[], filters: ChartFilters, hops = filters.hops): string {
  const params = new URLSearchParams({
    seeds: seeds.slice(0, 50).join(','),
    hops: String(hops),
    maxNodes: '300',
  });
  if (filters.kinds.length > 0) params.set('kinds', filters.kinds.join(','));
  if (filters.from !== '') params.set('from', filters.from);
  if (filters.to !== '') params.set('to', filters.to);
  if (filters.minConfidence > 0) params.set('minConfidence', String(filters.minConfidence));
  return params.toString();
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
