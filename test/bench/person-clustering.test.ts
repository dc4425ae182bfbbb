import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateClusters, type AverageLinkage } from '../../bench/person-matching/clustering.ts';
import type { BenchmarkDataset } from '../../bench/person-matching/datasets.ts';

// The clustered figure: predicted matches joined into identities by average linkage (ADR 52),
// every pair inside one counted.
const pairsOf = (...pairs: [number, number][]) => Uint32Array.from(pairs.flat());

/** Scores from a table of pairs "i-j"; any pair not listed scores `otherwise`. */
function linkage(pairs: Uint32Array, table: Record<string, number>, otherwise: number): AverageLinkage {
  const score = (i: number, j: number) => table[`${String(Math.min(i, j))}-${String(Math.max(i, j))}`] ?? otherwise;
  return { score, pairScore: (k) => score(pairs[2 * k]!, pairs[2 * k + 1]!), threshold: 0.5 };
}

const people: BenchmarkDataset = {
  name: 'toy',
  kind: 'deduplication',
  records: [{}, {}, {}, {}, {}],
  entityIds: ['a', 'a', 'a', 'b', 'b'],
};

test('a chain of matches makes one identity when its records agree on average: its missing pair is found', () => {
  const pairs = pairsOf([0, 1], [1, 2], [3, 4]);
  // a0–a1 and a1–a2 predicted; a0–a2 never a candidate but scores 0.3: the average 0.6 joins.
  const chained = evaluateClusters(
    people,
    pairs,
    () => true,
    linkage(pairs, { '0-1': 0.9, '1-2': 0.9, '0-2': 0.3, '3-4': 0.2 }, 0),
  );
  assert.deepEqual(chained, { clusteredPrecision: 1, clusteredRecall: 0.75, clusteredF1: 6 / 7, largestCluster: 3 });
});

test('one strong link does not join two identities whose other records disagree; connected components would', () => {
  const pairs = pairsOf([0, 1], [1, 2], [2, 3], [3, 4]);
  const scores = { '0-1': 0.99, '0-2': 0.9, '1-2': 0.99, '3-4': 0.99, '2-3': 0.8 };
  // a2–b3 scores 0.8, but a0, a1 against b3, b4 score 0.01: average (0.8 + 5 × 0.01) / 6 < 0.5.
  const kept = evaluateClusters(people, pairs, () => true, linkage(pairs, scores, 0.01));
  assert.deepEqual(kept, { clusteredPrecision: 1, clusteredRecall: 1, clusteredF1: 1, largestCluster: 3 });
  // When the other records also fit, the two join: 10 pairs predicted, 4 of them true.
  const joined = evaluateClusters(people, pairs, () => true, linkage(pairs, scores, 0.6));
  assert.equal(joined.clusteredPrecision, 0.4);
  assert.equal(joined.largestCluster, 5);
});

test('for linkage only pairs across the two files count', () => {
  const dataset: BenchmarkDataset = {
    name: 'toy linkage',
    kind: 'linkage',
    records: [{}, {}, {}],
    entityIds: ['a', 'a', 'a'],
    sources: [0, 1, 1],
  };
  const pairs = pairsOf([0, 1], [0, 2]);
  const result = evaluateClusters(dataset, pairs, () => true, linkage(pairs, {}, 0.9));
  // Two cross-file pairs, both true; the pair inside file 1 is not counted.
  assert.deepEqual(result, { clusteredPrecision: 1, clusteredRecall: 1, clusteredF1: 1, largestCluster: 3 });
});
