import { preparePerson, referenceDateOf, type PreparedPerson } from '../../src/modules/resolution/index.ts';
import { comparePrepared } from '../../src/modules/resolution/person-comparisons.ts';
import type { BenchmarkDataset } from './datasets.ts';
import { possiblePairs, seededRandom, truePairs } from './sampling.ts';

// The information ceiling of pairwise matching: the best F1 (and its recall) that any method
// deciding each pair from its comparison levels alone could reach, even knowing the labels.
// Pairs are grouped by their comparison vector (every comparison's level); an oracle takes
// whole groups, purest first, and stops where F1 is highest. Non-matching pairs are counted
// exactly when there are at most `exhaustiveUpTo` pairs, else estimated from random pairs.
// A ceiling, not a method: it uses the labels, and rare vectors make it optimistic.

export type InformationCeiling = {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  /** True pairs whose records have no comparison at a level better than chance. */
  readonly nothingShared: number;
};

const agreeingLevels = new Set([
  'exact',
  'variant',
  'typo',
  'close',
  'middle',
  'phonetic',
  'part',
  'match',
  'transposed',
  'one-digit',
  'year-month',
  'to-month',
  'to-year',
  'unit',
  'sector',
  'similar',
]);

export function informationCeiling(
  dataset: BenchmarkDataset,
  referenceDate: string,
  options: { exhaustiveUpTo?: number; samples?: number; seed?: number } = {},
): InformationCeiling {
  const reference = referenceDateOf({ referenceDate });
  const people: PreparedPerson[] = dataset.records.map(preparePerson);
  const signature = (i: number, j: number) =>
    comparePrepared(people[i]!, people[j]!, reference, false)
      .map((o) => `${o.comparison}:${o.level}`)
      .join(' ');
  const n = people.length;
  const truth = truePairs(dataset);
  const isTrue = new Set(truth.map(([i, j]) => i * n + j));
  const groups = new Map<string, { t: number; f: number }>();
  const group = (key: string) => {
    let entry = groups.get(key);
    if (entry === undefined) groups.set(key, (entry = { t: 0, f: 0 }));
    return entry;
  };
  let nothingShared = 0;
  for (const [i, j] of truth) {
    const key = signature(i, j);
    group(key).t++;
    // 'age:close' alone is common among strangers: it is not counted as shared information.
    const levels = key.split(' ').filter((part) => part !== '' && part !== 'age:close');
    if (!levels.some((part) => agreeingLevels.has(part.split(':')[1] ?? ''))) nothingShared++;
  }
  const total = possiblePairs(dataset);
  const crosses = (i: number, j: number) => dataset.sources === undefined || dataset.sources[i] !== dataset.sources[j];
  if (total <= (options.exhaustiveUpTo ?? 600_000)) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) if (crosses(i, j) && !isTrue.has(i * n + j)) group(signature(i, j)).f++;
    }
  } else {
    const samples = options.samples ?? 1_000_000;
    const random = seededRandom(options.seed ?? 1);
    const falseTotal = total - truth.length;
    const weight = falseTotal / samples;
    for (let drawn = 0; drawn < samples;) {
      const a = Math.floor(random() * n);
      const b = Math.floor(random() * n);
      if (a === b || !crosses(a, b)) continue;
      const [i, j] = a < b ? [a, b] : [b, a];
      if (isTrue.has(i * n + j)) continue;
      drawn++;
      group(signature(i, j)).f += weight;
    }
  }
  const ordered = [...groups.values()].filter((g) => g.t > 0).sort((x, y) => y.t / (y.t + y.f) - x.t / (x.t + x.f));
  let best: InformationCeiling = { f1: 0, precision: 0, recall: 0, nothingShared };
  let tp = 0;
  let predicted = 0;
  for (const g of ordered) {
    tp += g.t;
    predicted += g.t + g.f;
    const precision = tp / predicted;
    const recall = tp / truth.length;
    const f1 = (2 * precision * recall) / (precision + recall);
    if (f1 > best.f1) best = { f1, precision, recall, nothingShared };
  }
  return best;
}

export type ClusteredCeiling = {
  /** Best clustered F1 (precision 1) when only true pairs sharing something may be linked directly. */
  readonly f1: number;
  readonly recall: number;
  /** The same, counting an age within a few years as something shared (a looser, safer bound). */
  readonly f1WithAge: number;
};

/**
 * The ceiling of clustering: an oracle links, with the labels, every true pair whose records
 * share at least one comparison better than chance, and clusters by connected components, so
 * a record reaches its identity through any chain of such links. Every pair inside a component
 * is true (precision 1); the recall is the share of true pairs that end up in one component.
 * A pair sharing nothing has the comparison vector of most strangers: a method linking it
 * directly would link them too, so it can only be joined through the chain.
 */
export function clusteredCeiling(dataset: BenchmarkDataset, referenceDate: string): ClusteredCeiling {
  const reference = referenceDateOf({ referenceDate });
  const people: PreparedPerson[] = dataset.records.map(preparePerson);
  const truth = truePairs(dataset);
  const recallWith = (countAge: boolean) => {
    const parent = people.map((_, index) => index);
    const root = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
      return i;
    };
    for (const [i, j] of truth) {
      const shared = comparePrepared(people[i]!, people[j]!, reference, false).some(
        (o) => agreeingLevels.has(o.level) && (countAge || `${o.comparison}:${o.level}` !== 'age:close'),
      );
      if (shared) parent[root(i)] = root(j);
    }
    return truth.filter(([i, j]) => root(i) === root(j)).length / truth.length;
  };
  const f1 = (recall: number) => (2 * recall) / (1 + recall);
  const recall = recallWith(false);
  return { f1: f1(recall), recall, f1WithAge: f1(recallWith(true)) };
}

// Run: node bench/person-matching/information-ceiling.ts (about a minute; not part of npm run bench).
if (import.meta.main) {
  const { loadBenchmarkDatasets, pipelineShaped } = await import('./datasets.ts');
  const referenceDate = '2026-11-26';
  process.stdout.write(
    '| data set | ceiling F1 | its precision | its recall | true pairs sharing nothing | clustered ceiling F1 (counting age) |\n',
  );
  process.stdout.write('| --- | ---: | ---: | ---: | ---: | ---: |\n');
  for (const dataset of loadBenchmarkDatasets()) {
    for (const set of [dataset, pipelineShaped(dataset, referenceDate)]) {
      const c = informationCeiling(set, referenceDate);
      const k = clusteredCeiling(set, referenceDate);
      process.stdout.write(
        `| ${set.name} | ${c.f1.toFixed(3)} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} | ${String(c.nothingShared)} | ${k.f1.toFixed(3)} (${k.f1WithAge.toFixed(3)}) |\n`,
      );
    }
  }
}
