import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchmarkDataset } from '../../bench/person-matching.ts';
import { loadFake1000 } from '../../bench/person-matching/datasets.ts';

// A floor under matching quality on Splink's fake_1000 (1,000 UK-style records, 2,031 true
// pairs), so a change that quietly makes matching worse fails the build. The floors sit a
// little under the measured figures (see bench/README.md for the table); the run is deterministic, so a
// drop below them is a real regression, not noise.
test('person matching on fake_1000 keeps its measured quality', () => {
  const [defaultAll, untrained, trainedTest] = benchmarkDataset(loadFake1000());
  assert.ok(defaultAll && untrained && trainedTest);
  assert.equal(untrained.model, 'EM, no labels');
  // Measured 0.951 with the typing-error keys of ADR 53; 0.927 with the place-and-year keys (ADR 51).
  assert.ok(defaultAll.blockingRecall >= 0.94, `blocking recall ${String(defaultAll.blockingRecall)}`);
  assert.ok(defaultAll.precision >= 0.97, `default precision ${String(defaultAll.precision)}`);
  assert.ok(defaultAll.f1 >= 0.75, `default F1 ${String(defaultAll.f1)}`);
  assert.ok(trainedTest.f1 >= 0.92, `trained F1 ${String(trainedTest.f1)}`);
  // EM on the records alone (ADR 45), at match probability 0.5: measured P 0.992, F1 0.949 with ADR 53
  // (u without the random pairs' matches, typing-error keys); 0.926 before.
  assert.ok(untrained.precision >= 0.985, `untrained precision ${String(untrained.precision)}`);
  assert.ok(untrained.f1 >= 0.94, `untrained F1 ${String(untrained.f1)}`);
  // Identities by average linkage (ADR 52): measured P 0.997, F1 0.977 (0.967 before ADR 53), largest
  // identity 7 records (connected components gave 0.932 and 23 records, one wrong link joining two people).
  assert.ok(untrained.clusteredPrecision >= 0.98, `clustered precision ${String(untrained.clusteredPrecision)}`);
  assert.ok(untrained.clusteredF1 >= 0.965, `clustered F1 ${String(untrained.clusteredF1)}`);
  assert.ok(untrained.largestCluster <= 12, `largest identity ${String(untrained.largestCluster)}`);
});
