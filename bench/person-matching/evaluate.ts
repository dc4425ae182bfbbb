import {
  candidatePairs,
  estimateScoringModel,
  trainScoringModel,
  preparePerson,
  referenceDateOf,
  scorePreparedPersons,
  type ComparisonOutcome,
  type ScoringModel,
} from '../../src/modules/resolution/index.ts';
import { comparePrepared } from '../../src/modules/resolution/person-comparisons.ts';
import { evaluateClusters, type ClusteredEvaluation } from './clustering.ts';
import type { BenchmarkDataset } from './datasets.ts';
import { possiblePairs, nonMatchPairs, truePairs } from './sampling.ts';

export type Evaluation = {
  readonly records: number;
  readonly entities: number;
  readonly truePairs: number;
  readonly candidatePairs: number;
  /** Share of true pairs that share a blocking key (the ceiling on recall). */
  readonly blockingRecall: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Recall of 'match' or 'possible': how many true pairs an analyst's review queue would hold. */
  readonly reviewRecall: number;
  readonly milliseconds: number;
} & ClusteredEvaluation;

type ScoredCandidates = {
  pairs: Uint32Array;
  scores: Float64Array;
  isTrue: Uint8Array;
  truePairCount: number;
  milliseconds: number;
};

function scoreCandidates(dataset: BenchmarkDataset, model: ScoringModel, referenceDate: string): ScoredCandidates {
  const started = performance.now();
  const reference = referenceDateOf({ referenceDate });
  const people = dataset.records.map(preparePerson);
  const { pairs } = candidatePairs(people, dataset.sources === undefined ? {} : { sources: dataset.sources });
  const count = pairs.length / 2;
  const scores = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    scores[k] = scorePreparedPersons(people[pairs[2 * k]!]!, people[pairs[2 * k + 1]!]!, model, reference);
  }
  const milliseconds = performance.now() - started;
  const n = people.length;
  const truth = new Set(truePairs(dataset).map(([i, j]) => i * n + j));
  const isTrue = new Uint8Array(count);
  for (let k = 0; k < count; k++) isTrue[k] = truth.has(pairs[2 * k]! * n + pairs[2 * k + 1]!) ? 1 : 0;
  return { pairs, scores, isTrue, truePairCount: truth.size, milliseconds };
}

export function evaluateModel(dataset: BenchmarkDataset, model: ScoringModel, referenceDate: string): Evaluation {
  const { pairs, scores, isTrue, truePairCount, milliseconds } = scoreCandidates(dataset, model, referenceDate);
  const people = dataset.records.map(preparePerson);
  const reference = referenceDateOf({ referenceDate });
  let truePositives = 0;
  let falsePositives = 0;
  let reviewed = 0;
  let blocked = 0;
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k]!;
    blocked += isTrue[k]!;
    if (score >= model.matchThreshold) {
      if (isTrue[k] === 1) truePositives++;
      else falsePositives++;
    }
    if (score >= model.possibleThreshold && isTrue[k] === 1) reviewed++;
  }
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePairCount === 0 ? 0 : truePositives / truePairCount;
  return {
    records: dataset.records.length,
    entities: new Set(dataset.entityIds).size,
    truePairs: truePairCount,
    candidatePairs: scores.length,
    blockingRecall: truePairCount === 0 ? 0 : blocked / truePairCount,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    reviewRecall: truePairCount === 0 ? 0 : reviewed / truePairCount,
    milliseconds,
    ...evaluateClusters(dataset, pairs, (k) => scores[k]! >= model.matchThreshold, {
      score: (i, j) => scorePreparedPersons(people[i]!, people[j]!, model, reference),
      pairScore: (k) => scores[k]!,
      threshold: model.matchThreshold,
    }),
  };
}

/**
 * Fellegi-Sunter m and u from one half of a data set: m from its true pairs, u from random
 * pairs of different people, the prior from how many of all pairs are true. The match
 * threshold is then the one with the best F1 on that half's candidate pairs, and the
 * 'possible' threshold the best F2 (recall weighted), as a review queue wants.
 */
export function trainModel(training: BenchmarkDataset, referenceDate: string, seed: number): ScoringModel {
  const people = training.records.map(preparePerson);
  const reference = referenceDateOf({ referenceDate });
  const outcomesOf = ([i, j]: [number, number]): ComparisonOutcome[] =>
    comparePrepared(people[i]!, people[j]!, reference, false);
  const matches = truePairs(training);
  const estimated = estimateScoringModel({
    name: 'trained',
    matches: matches.map(outcomesOf),
    nonMatches: nonMatchPairs(training, 200_000, seed).map(outcomesOf),
    priorMatchProbability: matches.length / possiblePairs(training),
  });
  const { scores, isTrue, truePairCount } = scoreCandidates(training, estimated, referenceDate);
  return {
    ...estimated,
    matchThreshold: bestThreshold(scores, isTrue, truePairCount, 1),
    possibleThreshold: bestThreshold(scores, isTrue, truePairCount, 2),
  };
}

/** The score threshold maximising F-beta over candidate pairs (missed true pairs count as misses). */
function bestThreshold(scores: Float64Array, isTrue: Uint8Array, truePairCount: number, beta: number): number {
  const order = Array.from(scores.keys()).sort((x, y) => scores[y]! - scores[x]!);
  let best = { f: -1, threshold: 1 };
  let truePositives = 0;
  for (let rank = 0; rank < order.length; rank++) {
    const k = order[rank]!;
    truePositives += isTrue[k]!;
    // Only cut between different scores.
    const next = order[rank + 1];
    if (next !== undefined && scores[next] === scores[k]) continue;
    const precision = truePositives / (rank + 1);
    const recall = truePositives / truePairCount;
    const f = precision + recall === 0 ? 0 : ((1 + beta ** 2) * precision * recall) / (beta ** 2 * precision + recall);
    if (f > best.f) best = { f, threshold: scores[k]! };
  }
  return best.threshold;
}

/** EM over the data set's own records, no labels used (the untrained figure of issue 18). */
export function trainWithoutLabels(dataset: BenchmarkDataset, referenceDate: string, seed: number): ScoringModel {
  return trainScoringModel(dataset.records.map(preparePerson), {
    referenceDate: referenceDateOf({ referenceDate }),
    seed,
    ...(dataset.sources === undefined ? {} : { sources: dataset.sources }),
    name: 'em',
  }).model;
}
