import type { BenchmarkDataset } from './datasets.ts';

// Seeded randomness and ground truth helpers, so every benchmark run sees the same split and
// the same random pairs.

/** mulberry32: a small, well-mixed 32-bit generator; plenty for sampling pairs. */
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

/** FNV-1a hash of a string: assigns each entity to a half independently of file order. */
export function hashString(value: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The records of whole entities falling in one half (0 or 1): no person is split across halves. */
export function halfOf(dataset: BenchmarkDataset, half: 0 | 1, seed: number): BenchmarkDataset {
  const keep = dataset.entityIds.map((entity) => hashString(entity, seed) % 2 === half);
  const pick = <T>(values: readonly T[]) => values.filter((_, index) => keep[index]);
  return {
    ...dataset,
    name: `${dataset.name} [half ${String(half)}]`,
    records: pick(dataset.records),
    entityIds: pick(dataset.entityIds),
    ...(dataset.sources === undefined ? {} : { sources: pick(dataset.sources) }),
  };
}

/** Every pair of records of the same entity (across the two files for linkage), as [i, j] with i < j. */
export function truePairs(dataset: BenchmarkDataset): [number, number][] {
  const byEntity = new Map<string, number[]>();
  dataset.entityIds.forEach((entity, index) => {
    const members = byEntity.get(entity);
    if (members === undefined) byEntity.set(entity, [index]);
    else members.push(index);
  });
  const pairs: [number, number][] = [];
  for (const members of byEntity.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        if (dataset.sources !== undefined && dataset.sources[i] === dataset.sources[j]) continue;
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/** Number of pairs that could be compared: all pairs, or all cross-file pairs for linkage. */
export function possiblePairs(dataset: BenchmarkDataset): number {
  const n = dataset.records.length;
  if (dataset.sources === undefined) return (n * (n - 1)) / 2;
  const inFirst = dataset.sources.filter((source) => source === 0).length;
  return inFirst * (n - inFirst);
}

/**
 * Pairs of different entities (cross-file for linkage) for estimating u: every such pair when
 * there are at most `count` pairs in all, otherwise `count` drawn at random.
 */
export function nonMatchPairs(dataset: BenchmarkDataset, count: number, seed: number): [number, number][] {
  const n = dataset.records.length;
  if (possiblePairs(dataset) <= count) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (dataset.entityIds[i] === dataset.entityIds[j]) continue;
        if (dataset.sources !== undefined && dataset.sources[i] === dataset.sources[j]) continue;
        pairs.push([i, j]);
      }
    }
    return pairs;
  }
  const random = seededRandom(seed);
  const pairs: [number, number][] = [];
  for (let attempts = 0; pairs.length < count && attempts < count * 20; attempts++) {
    const i = Math.floor(random() * n);
    const j = Math.floor(random() * n);
    if (i === j || dataset.entityIds[i] === dataset.entityIds[j]) continue;
    if (dataset.sources !== undefined && dataset.sources[i] === dataset.sources[j]) continue;
    pairs.push([i, j]);
  }
  return pairs;
}
