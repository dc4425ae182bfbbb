import { defaultScoringModel, type ScoringModel } from '../src/modules/resolution/index.ts';
import { loadBenchmarkDatasets, pipelineShaped, type BenchmarkDataset } from './person-matching/datasets.ts';
import { evaluateModel, trainModel, trainWithoutLabels, type Evaluation } from './person-matching/evaluate.ts';
import { halfOf } from './person-matching/sampling.ts';

// Person matching quality on benchmarks with ground truth (issue #5, #6 item 4). For each data
// set: the default model on all records; then m/u trained on one half of the people and
// measured on the other half, which is the honest figure for the trained model. Pairwise
// precision/recall/F1 count a pair as predicted when its score reaches the 'match' threshold;
// true pairs that blocking never proposes count as missed.
// Run: node bench/person-matching.ts (prints a Markdown table).

export type PersonMatchingResult = Evaluation & {
  readonly dataset: string;
  readonly model: string;
  readonly evaluatedOn: 'all records' | 'test half';
  readonly matchThreshold: number;
};

/** Fixed so that estimated ages, and so results, do not change with the day the benchmark runs. */
const referenceDate = '2026-11-26';
const splitSeed = 20261126;

export async function runPersonMatchingBenchmark(): Promise<PersonMatchingResult[]> {
  const results: PersonMatchingResult[] = [];
  for (const dataset of loadBenchmarkDatasets()) {
    results.push(...benchmarkDataset(dataset));
    results.push(...untrainedRows(pipelineShaped(dataset, referenceDate)));
    // Yield between data sets so a caller's timers and logs keep flowing.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}

export function benchmarkDataset(dataset: BenchmarkDataset): PersonMatchingResult[] {
  const training = halfOf(dataset, 0, splitSeed);
  const test = halfOf(dataset, 1, splitSeed);
  const trained = trainModel(training, referenceDate, splitSeed);
  const row = (
    model: typeof defaultScoringModel,
    evaluatedOn: PersonMatchingResult['evaluatedOn'],
    on: BenchmarkDataset,
  ) => ({
    dataset: dataset.name,
    model: model === defaultScoringModel ? 'default weights' : 'labelled, other half (reference)',
    evaluatedOn,
    matchThreshold: model.matchThreshold,
    ...evaluateModel(on, model, referenceDate),
  });
  return [row(defaultScoringModel, 'all records', dataset), ...untrainedRows(dataset), row(trained, 'test half', test)];
}

/**
 * EM on all the records with no labels, as a force would train on its own records, scored at
 * match probability 0.5 (more likely the same person than not): the same settings for every set.
 */
export function untrainedRows(dataset: BenchmarkDataset): PersonMatchingResult[] {
  const model: ScoringModel = { ...trainWithoutLabels(dataset, referenceDate, splitSeed), matchThreshold: 0.5 };
  return [
    {
      dataset: dataset.name,
      model: 'EM, no labels',
      evaluatedOn: 'all records',
      matchThreshold: model.matchThreshold,
      ...evaluateModel(dataset, model, referenceDate),
    },
  ];
}

export function formatResultsTable(results: readonly PersonMatchingResult[]): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    '| data set | model | evaluated on | threshold | records | true pairs | pairs compared | blocking recall | precision | recall | F1 | review recall | clustered P | clustered R | clustered F1 | largest identity | time |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.dataset} | ${r.model} | ${r.evaluatedOn} | ${r.matchThreshold.toPrecision(2)} | ${String(r.records)} | ${String(r.truePairs)} | ${String(r.candidatePairs)} | ${percent(r.blockingRecall)} | ${percent(r.precision)} | ${percent(r.recall)} | ${r.f1.toFixed(3)} | ${percent(r.reviewRecall)} | ${percent(r.clusteredPrecision)} | ${percent(r.clusteredRecall)} | ${r.clusteredF1.toFixed(3)} | ${String(r.largestCluster)} | ${(r.milliseconds / 1000).toFixed(2)} s |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const results = await runPersonMatchingBenchmark();
  process.stdout.write(`${formatResultsTable(results)}\n`);
}
