import { candidatePairs } from './blocking.ts';
import type { ComparisonName, ComparisonOutcome } from './comparison-levels.ts';
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

/** At most this many pairs train each session (drawn at random from larger blocks). */
const sessionPairLimit = 200_000;
const sessionBlockLimit = 1000;

/**
 * The blocking rules EM trains on, each with the comparisons it blocks on: same name sounds
 * (trains date, age and place), same year of birth (trains names and place), same postcode
 * (trains names, date and age). Training-only blocking, held in memory, never stored.
 */
function trainingSessions(
  people: readonly PreparedPerson[],
  options: TrainingOptions,
): { pairs: [number, number][]; fixed: ComparisonName[] }[] {
  const rules: { keys: (person: PreparedPerson) => string[]; fixed: ComparisonName[] }[] = [
    {
      keys: (p) =>
        p.firstCodes[0] && p.surnameCodes[0] ? [[p.firstCodes[0], p.surnameCodes[0]].sort().join('|')] : [],
      fixed: ['firstName', 'surname'],
    },
    { keys: (p) => birthYearsOf(p), fixed: ['dob', 'age'] },
    { keys: (p) => (p.postcode === '' ? [] : [p.ukPostcode?.unit ?? p.postcode]), fixed: ['postcode'] },
  ];
  return rules.map((rule, index) => ({
    pairs: pairsSharing(people, rule.keys, options.sources, options.seed + index + 1),
    fixed: rule.fixed,
  }));
}

function birthYearsOf(person: PreparedPerson): string[] {
  if (person.dobDigits !== '') return [person.dobDigits.slice(0, 4)];
  if (person.approxAge === undefined || person.ageRecordedOn === undefined) return [];
  return [String(person.ageRecordedOn.year - person.approxAge)];
}

function pairsSharing(
  people: readonly PreparedPerson[],
  keysOf: (person: PreparedPerson) => string[],
  sources: readonly number[] | undefined,
  seed: number,
): [number, number][] {
  const blocks = new Map<string, number[]>();
  people.forEach((person, index) => {
    for (const key of keysOf(person)) {
      const members = blocks.get(key);
      if (members === undefined) blocks.set(key, [index]);
      else members.push(index);
    }
  });
  const pairs: [number, number][] = [];
  for (const members of blocks.values()) {
    if (members.length > sessionBlockLimit) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x] ?? 0, members[y] ?? 0];
        if (sources === undefined || sources[i] !== sources[j]) pairs.push([i, j]);
      }
    }
  }
  if (pairs.length <= sessionPairLimit) return pairs;
  // A seeded partial shuffle keeps the sample the same from one training to the next.
  const random = seededRandom(seed);
  for (let k = 0; k < sessionPairLimit; k++) {
    const pick = k + Math.floor(random() * (pairs.length - k));
    const [chosen, current] = [pairs[pick], pairs[k]];
    if (chosen === undefined || current === undefined) break;
    [pairs[k], pairs[pick]] = [chosen, current];
  }
  return pairs.slice(0, sessionPairLimit);
}

function personAt(people: readonly PreparedPerson[], index: number): PreparedPerson {
  const person = people[index];
  if (person === undefined) throw new Error(`no record ${String(index)}`);
  return person;
}

export function trainScoringModel(people: readonly PreparedPerson[], options: TrainingOptions): TrainedModel {
  const outcomes = (i: number, j: number): readonly ComparisonOutcome[] =>
    comparePrepared(personAt(people, i), personAt(people, j), options.referenceDate, false);
  const { pairs } = candidatePairs(people, options.sources === undefined ? {} : { sources: options.sources });
  function* candidates() {
    for (let k = 0; k < pairs.length; k += 2) yield outcomes(pairs[k] ?? 0, pairs[k + 1] ?? 0);
  }
  const random = randomRecordPairs(people.length, options.randomPairs ?? 100_000, options.seed, options.sources);
  const sessions = trainingSessions(people, options).map(({ pairs: sessionPairs, fixed }) => ({
    pairs: sessionPairs.map(([i, j]) => outcomes(i, j)),
    fixed,
  }));
  const result = estimateByEm({
    sessions,
    candidates: candidates(),
    randomPairs: random.map(([i, j]) => outcomes(i, j)),
    possiblePairs: possiblePairCount(people.length, options.sources),
    ...(options.base === undefined ? {} : { base: options.base }),
    name: options.name ?? 'em',
  });
  const termFrequencies = countTermFrequencies(people);
  return { ...result, model: { ...result.model, termFrequencies }, termFrequencies };
}
