import type { BenchmarkDataset } from './datasets.ts';

// What accepting the suggestions gives: the records joined by predicted matches form
// identities, and every pair inside an identity counts as predicted. Identities are joined by
// average linkage (ADR 52), not connected components: a chain A–B, B–C does not make A and C
// one person when A and C, or the rest of their identities, disagree. Scored pairwise against
// the ground truth like the direct figure, so the two sit side by side.

export type ClusteredEvaluation = {
  readonly clusteredPrecision: number;
  readonly clusteredRecall: number;
  readonly clusteredF1: number;
  /** Records in the largest predicted identity (a chain gone wrong shows here first). */
  readonly largestCluster: number;
};

function createUnionFind(size: number) {
  const parent = Int32Array.from({ length: size }, (_, index) => index);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    // Path compression keeps later finds short.
    for (let next = x; parent[next] !== root;) [next, parent[next]] = [parent[next]!, root];
    return root;
  };
  return {
    find,
    union(x: number, y: number) {
      const [a, b] = [find(x), find(y)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    },
  };
}

/** Pairs are flattened [i, j, …]; `predicted[k]` says whether pair k reached the threshold. */
export function evaluateClusters(
  dataset: BenchmarkDataset,
  pairs: Uint32Array,
  predicted: (k: number) => boolean,
  join: AverageLinkage,
): ClusteredEvaluation {
  const n = dataset.records.length;
  const sets = createUnionFind(n);
  const links: number[] = [];
  for (let k = 0; k < pairs.length / 2; k++) if (predicted(k)) links.push(k);
  joinByAverageLinkage(sets, pairs, links, join);
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = sets.find(i);
    const members = clusters.get(root);
    if (members === undefined) clusters.set(root, [i]);
    else members.push(i);
  }
  let predictedPairs = 0;
  let truePositives = 0;
  let largestCluster = 0;
  const linkage = dataset.sources !== undefined;
  for (const members of clusters.values()) {
    largestCluster = Math.max(largestCluster, members.length);
    if (members.length < 2) continue;
    predictedPairs += pairsAmong(countBySource(dataset, members), linkage);
    const byEntity = new Map<string, number[]>();
    for (const index of members) {
      const entity = dataset.entityIds[index] ?? '';
      const same = byEntity.get(entity);
      if (same === undefined) byEntity.set(entity, [index]);
      else same.push(index);
    }
    for (const same of byEntity.values()) truePositives += pairsAmong(countBySource(dataset, same), linkage);
  }
  const totalTrue = truePairCount(dataset);
  const precision = predictedPairs === 0 ? 0 : truePositives / predictedPairs;
  const recall = totalTrue === 0 ? 0 : truePositives / totalTrue;
  return {
    clusteredPrecision: precision,
    clusteredRecall: recall,
    clusteredF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    largestCluster,
  };
}

/** Pairs among groups of records by source: all pairs, or for linkage only those across sources. */
function pairsAmong(bySource: ReadonlyMap<number, number>, linkage: boolean): number {
  const counts = [...bySource.values()];
  const total = counts.reduce((sum, count) => sum + count, 0);
  const all = (total * (total - 1)) / 2;
  if (!linkage) return all;
  return all - counts.reduce((sum, count) => sum + (count * (count - 1)) / 2, 0);
}

/** How many of the records come from each source (one source for deduplication). */
function countBySource(dataset: BenchmarkDataset, records: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const index of records) {
    const source = dataset.sources?.[index] ?? 0;
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return counts;
}

function truePairCount(dataset: BenchmarkDataset): number {
  const byEntity = new Map<string, number[]>();
  dataset.entityIds.forEach((entity, index) => {
    const same = byEntity.get(entity);
    if (same === undefined) byEntity.set(entity, [index]);
    else same.push(index);
  });
  let total = 0;
  for (const same of byEntity.values()) {
    total += pairsAmong(countBySource(dataset, same), dataset.sources !== undefined);
  }
  return total;
}

/** Scores any two records, as the resolver scores a record against each member of an identity. */
export type PairScorer = (i: number, j: number) => number;

/**
 * Average linkage: the predicted links are taken strongest first, and two identities join only
 * when their records' average match probability across the two reaches the threshold, so one
 * strong-looking link cannot join two people whose other records disagree.
 */
function joinByAverageLinkage(
  sets: ReturnType<typeof createUnionFind>,
  pairs: Uint32Array,
  predicted: readonly number[],
  join: AverageLinkage,
): void {
  const members = new Map<number, number[]>();
  const membersOf = (root: number) => members.get(root) ?? [root];
  const order = [...predicted].sort((x, y) => join.pairScore(y) - join.pairScore(x));
  for (const k of order) {
    const [a, b] = [sets.find(pairs[2 * k]!), sets.find(pairs[2 * k + 1]!)];
    if (a === b) continue;
    const [left, right] = [membersOf(a), membersOf(b)];
    let total = 0;
    for (const i of left) for (const j of right) total += join.score(i, j);
    if (total / (left.length * right.length) < join.threshold) continue;
    sets.union(a, b);
    const root = sets.find(a);
    members.set(root, [...left, ...right]);
    members.delete(root === a ? b : a);
  }
}

export type AverageLinkage = {
  readonly score: PairScorer;
  /** Candidate pair k's score. */
  readonly pairScore: (k: number) => number;
  readonly threshold: number;
};
