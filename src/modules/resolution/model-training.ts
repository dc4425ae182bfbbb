import { candidatePairs } from './blocking.ts';
import type { ComparisonOutcome } from './comparison-levels.ts';
import { estimateByEm, type EmResult } from './em-estimation.ts';
import type { PartialDate } from './partial-date.ts';
import { comparePrepared } from './person-comparisons.ts';
import type { PreparedPerson } from './person-record.ts';
import type { ScoringModel, TermFrequencies } from './scoring-model.ts';

// Training a scoring model on a force's own person records, with no labels: the candidate
// pairs blocking proposes feed EM, pairs drawn at random give u, and how common each first
// name and surname is among the records gives the term-frequency adjustment (two people
// called "Smith" agreeing says less than two called "Okonkwo-Reyes").

export type TrainingOptions = {
  readonly referenceDate: PartialDate;
  /** Seed of the random pairs, so a retraining on the same records gives the same model. */
  readonly seed: number;
  /** How many random pairs estimate u (default 100,000, or every pair when there are fewer). */
  readonly randomPairs?: number;
  /** For linkage between two files: the file of each record; only pairs across files count. */
  readonly sources?: readonly number[];
  readonly base?: ScoringModel;
  readonly name?: string;
};

export type TrainedModel = EmResult & { readonly termFrequencies: TermFrequencies };

/** mulberry32: a small, well-mixed 32-bit generator. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function possiblePairCount(n: number, sources: readonly number[] | undefined): number {
  if (sources === undefined) return (n * (n - 1)) / 2;
  const first = sources.filter((source) => source === 0).length;
  return first * (n - first);
}

/** Record pairs [i, j] drawn at random (every pair when there are no more than `count`). */
export function randomRecordPairs(
  n: number,
  count: number,
  seed: number,
  sources?: readonly number[],
): [number, number][] {
  const pairs: [number, number][] = [];
  const crosses = (i: number, j: number) => sources === undefined || sources[i] !== sources[j];
  if (possiblePairCount(n, sources) <= count) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (crosses(i, j)) pairs.push([i, j]);
    return pairs;
  }
  const random = seededRandom(seed);
  for (let attempts = 0; pairs.length < count && attempts < count * 20; attempts++) {
    const i = Math.floor(random() * n);
    const j = Math.floor(random() * n);
    if (i !== j && crosses(i, j)) pairs.push([i, j]);
  }
  return pairs;
}

/** How often each first name and surname occurs among the records that have one. */
export function countTermFrequencies(people: readonly PreparedPerson[]): TermFrequencies {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return { records: values.length, counts };
  };
  return {
    firstName: count(people.map((person) => person.first).filter((value) => value !== '')),
    surname: count(people.map((person) => person.surnameCompact).filter((value) => value !== '')),
  };
}

export function trainScoringModel(people: readonly PreparedPerson[], options: TrainingOptions): TrainedModel {
  const outcomes = (i: number, j: number): readonly ComparisonOutcome[] =>
    comparePrepared(people[i]!, people[j]!, options.referenceDate, false);
  const { pairs } = candidatePairs(people, options.sources === undefined ? {} : { sources: options.sources });
  function* candidates() {
    for (let k = 0; k < pairs.length; k += 2) yield outcomes(pairs[k]!, pairs[k + 1]!);
  }
  const random = randomRecordPairs(people.length, options.randomPairs ?? 100_000, options.seed, options.sources);
  const result = estimateByEm({
    candidates: candidates(),
    randomPairs: random.map(([i, j]) => outcomes(i, j)),
    possiblePairs: possiblePairCount(people.length, options.sources),
    ...(options.base === undefined ? {} : { base: options.base }),
    name: options.name ?? 'em',
  });
  const termFrequencies = countTermFrequencies(people);
  return { ...result, model: { ...result.model, termFrequencies }, termFrequencies };
}
