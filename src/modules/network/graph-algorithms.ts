import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

// Whole-graph algorithms over an integer-indexed edge list, so the same code runs in a worker
// thread (typed arrays cross the thread boundary without copying) or inline on a small graph.

export type EdgeList = {
  readonly nodeCount: number;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  /** Link confidence, used as the Louvain edge weight. */
  readonly weights: Float64Array;
};

export type GraphTask =
  | ({ readonly kind: 'betweenness' } & EdgeList)
  | ({ readonly kind: 'communities'; readonly seed: number; readonly resolution: number } & EdgeList);

export type CommunitiesResult = {
  readonly kind: 'communities';
  readonly community: Int32Array;
  readonly component: Int32Array;
  readonly communityCount: number;
  readonly componentCount: number;
  readonly modularity: number;
};
export type BetweennessResult = { readonly kind: 'betweenness'; readonly betweenness: Float64Array };
export type GraphTaskResult = CommunitiesResult | BetweennessResult;

/** A small deterministic random number generator (mulberry32), so Louvain runs are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An undirected graph with parallel links merged (their weights summed). */
function buildGraph(edges: EdgeList): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < edges.nodeCount; i += 1) graph.addNode(String(i));
  for (let i = 0; i < edges.sources.length; i += 1) {
    const a = String(edges.sources[i]);
    const b = String(edges.targets[i]);
    if (a === b) continue;
    const weight = edges.weights[i] ?? 1;
    graph.updateEdge(a, b, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + weight }));
  }
  return graph;
}

/** Connected components by union–find; components are numbered by size, largest first. */
export function connectedComponents(edges: EdgeList): { component: Int32Array; count: number } {
  const parent = new Int32Array(edges.nodeCount);
  for (let i = 0; i < parent.length; i += 1) parent[i] = i;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] ?? root;
    let node = x;
    while (parent[node] !== root) {
      const next = parent[node] ?? root;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  for (let i = 0; i < edges.sources.length; i += 1) {
    const a = find(edges.sources[i] ?? 0);
    const b = find(edges.targets[i] ?? 0);
    if (a !== b) parent[a] = b;
  }
  return renumberBySize(Int32Array.from(parent, (_, i) => find(i)));
}

/** Relabels group ids 0, 1, 2… from the largest group down (ties by first member). */
export function renumberBySize(groups: Int32Array): { component: Int32Array; count: number } {
  const sizes = new Map<number, { size: number; first: number }>();
  groups.forEach((group, i) => {
    const entry = sizes.get(group);
    if (entry) entry.size += 1;
    else sizes.set(group, { size: 1, first: i });
  });
  const order = [...sizes.entries()].sort((x, y) => y[1].size - x[1].size || x[1].first - y[1].first);
  const renumber = new Map(order.map(([group], index) => [group, index]));
  return { component: groups.map((group) => renumber.get(group) ?? 0), count: order.length };
}

export function detectCommunities(edges: EdgeList, seed: number, resolution = 1): CommunitiesResult {
  const components = connectedComponents(edges);
  const graph = buildGraph(edges);
  const raw = new Int32Array(edges.nodeCount);
  let modularity = 0;
  if (graph.size > 0) {
    const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution });
    for (const [node, community] of Object.entries(detailed.communities)) raw[Number(node)] = community;
    modularity = detailed.modularity;
  } else {
    raw.forEach((_, i) => (raw[i] = i));
  }
  const communities = renumberBySize(raw);
  return {
    kind: 'communities',
    community: communities.component,
    component: components.component,
    communityCount: communities.count,
    componentCount: components.count,
    modularity,
  };
}

/** Exact (Brandes) betweenness over hop counts, normalised to 0–1. Slow: O(nodes × links). */
export function computeBetweenness(edges: EdgeList): BetweennessResult {
  const graph = buildGraph(edges);
  const scores = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const betweenness = new Float64Array(edges.nodeCount);
  for (const [node, score] of Object.entries(scores)) betweenness[Number(node)] = score;
  return { kind: 'betweenness', betweenness };
}

export function runGraphTask(task: GraphTask): GraphTaskResult {
  return task.kind === 'betweenness' ? computeBetweenness(task) : detectCommunities(task, task.seed, task.resolution);
}

/** Maps entity ids to the integer indices the algorithms use, and back. */
export function indexEdges(
  links: readonly { a: string; b: string; confidence: number }[],
  extraNodes: Iterable<string> = [],
): { ids: string[]; edges: EdgeList } {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  for (const id of extraNodes) indexOf(id);
  const sources = new Int32Array(links.length);
  const targets = new Int32Array(links.length);
  const weights = new Float64Array(links.length);
  links.forEach((link, i) => {
    sources[i] = indexOf(link.a);
    targets[i] = indexOf(link.b);
    weights[i] = link.confidence;
  });
  return { ids, edges: { nodeCount: ids.length, sources, targets, weights } };
}
