import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateClusters } from '../../bench/person-matching/clustering.ts';
import type { BenchmarkDataset } from '../../bench/person-matching/datasets.ts';

// The clustered figure: predicted matches joined into identities, every pair inside one counted.
const pairsOf = (...pairs: [number, number][]) => Uint32Array.from(pairs.flat());

test('a chain of matches makes one identity: its missing pair is found, a wrong link costs every pair it joins', () => {
  const dataset: BenchmarkDataset = {
    name: 'toy',
    kind: 'deduplication',
    records: [{}, {}, {}, {}, {}],
    entityIds: ['a', 'a', 'a', 'b', 'b'],
  };
  // a0–a1 and a1–a2 predicted; a0–a2 never compared: clustering finds it (3 of 4 true pairs).
  const chained = evaluateClusters(dataset, pairsOf([0, 1], [1, 2], [3, 4]), (k) => k !== 2);
  assert.deepEqual(chained, { clusteredPrecision: 1, clusteredRecall: 0.75, clusteredF1: 6 / 7, largestCluster: 3 });
  // One wrong link a2–b3 joins the two people: 10 pairs predicted, 4 of them true.
  const wrong = evaluateClusters(dataset, pairsOf([0, 1], [1, 2], [2, 3], [3, 4]), () => true);
  assert.equal(wrong.clusteredPrecision, 0.4);
  assert.equal(wrong.clusteredRecall, 1);
  assert.equal(wrong.largestCluster, 5);
});

test('for linkage only pairs across the two files count', () => {
  const dataset: BenchmarkDataset = {
    name: 'toy linkage',
    kind: 'linkage',
    records: [{}, {}, {}],
    entityIds: ['a', 'a', 'a'],
    sources: [0, 1, 1],
  };
  const result = evaluateClusters(dataset, pairsOf([0, 1], [0, 2]), () => true);
  // Two cross-file pairs, both true; the pair inside file 1 is not counted.
  assert.deepEqual(result, { clusteredPrecision: 1, clusteredRecall: 1, clusteredF1: 1, largestCluster: 3 });
});
