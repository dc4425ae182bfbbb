import {
  blockingKeys,
  candidatePairs,
  preparePerson,
  referenceDateOf,
  scorePreparedPersons,
  type PreparedPerson,
} from '../../src/modules/resolution/index.ts';
import { comparePrepared } from '../../src/modules/resolution/person-comparisons.ts';
import type { BenchmarkDataset } from './datasets.ts';
import { trainWithoutLabels } from './evaluate.ts';
import { truePairs } from './sampling.ts';

// Where the true pairs that untrained pairwise matching misses go (issue 18): never proposed by
// blocking, or proposed and scored below the decision point. For each group, the comparison
// vectors (every comparison's level) that occur most, with an example pair, and for the
// unblocked ones which key types come closest. Evidence for the blocking and scoring choices,
// not part of `npm run bench`. Run: node bench/person-matching/missed-pairs.ts [examples]

export type MissedPairs = {
  readonly truePairs: number;
  readonly unblocked: number;
  readonly belowThreshold: number;
  readonly falsePositives: number;
  readonly candidatePairs: number;
  /** Comparison vector → count, most common first, for each group. */
  readonly unblockedVectors: readonly [string, number][];
  readonly belowVectors: readonly [string, number][];
  readonly falseVectors: readonly [string, number][];
  readonly unblockedExamples: readonly string[];
  readonly belowExamples: readonly string[];
};

const referenceDate = '2026-11-26';
const seed = 20261126;

function vector(a: PreparedPerson, b: PreparedPerson): string {
  const reference = referenceDateOf({ referenceDate });
  return comparePrepared(a, b, reference, false)
    .map((o) => `${o.comparison}:${o.level}`)
    .join(' ');
}

function show(p: PreparedPerson): string {
  return [p.first, p.surname, p.dobDigits, p.street, p.town, p.postcode, p.email].map((v) => v || '·').join(' | ');
}

function tally(into: Map<string, number>, key: string): void {
  into.set(key, (into.get(key) ?? 0) + 1);
}

const sorted = (counts: Map<string, number>) => [...counts.entries()].sort((x, y) => y[1] - x[1]);

export function missedPairs(dataset: BenchmarkDataset, examples = 0): MissedPairs {
  const people = dataset.records.map(preparePerson);
  const model = { ...trainWithoutLabels(dataset, referenceDate, seed), matchThreshold: 0.5 };
  const reference = referenceDateOf({ referenceDate });
  const n = people.length;
  const { pairs } = candidatePairs(people, dataset.sources === undefined ? {} : { sources: dataset.sources });
  const candidateIndex = new Map<number, number>();
  for (let k = 0; k < pairs.length / 2; k++) candidateIndex.set(pairs[2 * k]! * n + pairs[2 * k + 1]!, k);
  const truth = truePairs(dataset);
  const isTrue = new Set(truth.map(([i, j]) => i * n + j));
  const unblocked = new Map<string, number>();
  const below = new Map<string, number>();
  const falses = new Map<string, number>();
  const unblockedExamples: string[] = [];
  const belowExamples: string[] = [];
  let belowThreshold = 0;
  let unblockedCount = 0;
  for (const [i, j] of truth) {
    const [a, b] = [people[i]!, people[j]!];
    if (!candidateIndex.has(i * n + j)) {
      unblockedCount++;
      tally(unblocked, vector(a, b));
      if (unblockedExamples.length < examples) unblockedExamples.push(`${show(a)}\n    ${show(b)}`);
      continue;
    }
    const score = scorePreparedPersons(a, b, model, reference);
    if (score < model.matchThreshold) {
      belowThreshold++;
      tally(below, vector(a, b));
      if (belowExamples.length < examples) belowExamples.push(`${score.toFixed(3)} ${show(a)}\n    ${show(b)}`);
    }
  }
  let falsePositives = 0;
  for (let k = 0; k < pairs.length / 2; k++) {
    const [i, j] = [pairs[2 * k]!, pairs[2 * k + 1]!];
    if (isTrue.has(i * n + j)) continue;
    if (scorePreparedPersons(people[i]!, people[j]!, model, reference) >= model.matchThreshold) {
      falsePositives++;
      tally(falses, vector(people[i]!, people[j]!));
    }
  }
  return {
    truePairs: truth.length,
    unblocked: unblockedCount,
    belowThreshold,
    falsePositives,
    candidatePairs: pairs.length / 2,
    unblockedVectors: sorted(unblocked),
    belowVectors: sorted(below),
    falseVectors: sorted(falses),
    unblockedExamples,
    belowExamples,
  };
}

/** Which single fields the unblocked true pairs agree on (exact or nearly), to judge new keys. */
export function unblockedAgreement(dataset: BenchmarkDataset): Map<string, number> {
  const people = dataset.records.map(preparePerson);
  const n = people.length;
  const { pairs } = candidatePairs(people, dataset.sources === undefined ? {} : { sources: dataset.sources });
  const blocked = new Set<number>();
  for (let k = 0; k < pairs.length / 2; k++) blocked.add(pairs[2 * k]! * n + pairs[2 * k + 1]!);
  const agreement = new Map<string, number>();
  for (const [i, j] of truePairs(dataset)) {
    if (blocked.has(i * n + j)) continue;
    for (const part of vector(people[i]!, people[j]!).split(' ')) tally(agreement, part);
    const keysA = new Set(blockingKeys(people[i]!).map((key) => key.type));
    const keysB = new Set(blockingKeys(people[j]!).map((key) => key.type));
    const both = [...keysA].filter((type) => keysB.has(type));
    tally(agreement, `key types both have: ${String(both.length)}`);
  }
  return agreement;
}

if (import.meta.main) {
  const examples = Number(process.argv[2] ?? '10');
  const { loadFake1000, loadFebrlC5000 } = await import('./datasets.ts');
  for (const dataset of [loadFake1000(), loadFebrlC5000()]) {
    const r = missedPairs(dataset, examples);
    const out: string[] = [
      `## ${dataset.name}`,
      `true pairs ${String(r.truePairs)}, candidates ${String(r.candidatePairs)}, never blocked ${String(r.unblocked)}, ` +
        `blocked but below 0.5 ${String(r.belowThreshold)}, false positives ${String(r.falsePositives)}`,
      '### never blocked: comparison vectors',
      ...r.unblockedVectors.slice(0, 25).map(([v, c]) => `${String(c).padStart(5)}  ${v}`),
      '### never blocked: examples',
      ...r.unblockedExamples.map((e) => `  ${e}`),
      '### blocked, below 0.5: comparison vectors',
      ...r.belowVectors.slice(0, 25).map(([v, c]) => `${String(c).padStart(5)}  ${v}`),
      '### blocked, below 0.5: examples',
      ...r.belowExamples.map((e) => `  ${e}`),
      '### false positives: comparison vectors',
      ...r.falseVectors.slice(0, 15).map(([v, c]) => `${String(c).padStart(5)}  ${v}`),
      '### never blocked: levels seen',
      ...sorted(unblockedAgreement(dataset)).map(([v, c]) => `${String(c).padStart(5)}  ${v}`),
      '',
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }
}
