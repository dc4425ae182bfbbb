import { comparisonLevels, comparisonNames, type ComparisonOutcome } from './comparison-levels.ts';
import { defaultScoringModel, type LevelProbabilities, type ScoringModel } from './scoring-model.ts';

// Expectation-maximisation for Fellegi-Sunter weights without labels, as Splink does it:
// u (how often different people fall into a level) is counted on record pairs drawn at
// random, which are almost all different people; m (how often the same person does) and λ
// (the share of candidate pairs that are the same person) are then estimated by EM over the
// candidate pairs blocking proposes, treating them as a mixture of matches and non-matches.
// A comparison missing from a pair (a record without a date of birth) says nothing about
// that pair, so it is left out of that comparison's counts (missing at random).

export type EmInput = {
  /** Comparison outcomes of the candidate pairs blocking proposed (unlabelled). */
  readonly candidates: Iterable<readonly ComparisonOutcome[]>;
  /** Comparison outcomes of record pairs drawn at random (unlabelled; nearly all different people). */
  readonly randomPairs: Iterable<readonly ComparisonOutcome[]>;
  /** How many pairs could be compared in all: the prior is the expected matches over this. */
  readonly possiblePairs: number;
  /** Starting m values and the shape of the model (default: the judged defaults). */
  readonly base?: ScoringModel;
  /** Also re-estimate u within the candidates during EM (the random-pair u is still what scores). */
  readonly freeU?: boolean;
  readonly maxIterations?: number;
  /** Stop when no m, u or λ moves by more than this. */
  readonly tolerance?: number;
  readonly name?: string;
};

export type EmResult = {
  readonly model: ScoringModel;
  /** Estimated share of candidate pairs that are the same person. */
  readonly candidateMatchShare: number;
  readonly candidatePairs: number;
  readonly randomPairs: number;
  readonly iterations: number;
  readonly converged: boolean;
};

type Table = number[][]; // [comparison][level]

/** Candidate pairs grouped by their pattern of levels (-1: not compared), with a count each. */
function patternsOf(pairs: Iterable<readonly ComparisonOutcome[]>): { levels: Int8Array[]; counts: number[] } {
  const index = new Map<string, number>();
  const levels: Int8Array[] = [];
  const counts: number[] = [];
  for (const outcomes of pairs) {
    const pattern = new Int8Array(comparisonNames.length).fill(-1);
    for (const { comparison, level } of outcomes) {
      pattern[comparisonNames.indexOf(comparison)] = (comparisonLevels[comparison] as readonly string[]).indexOf(level);
    }
    const key = pattern.join(',');
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, levels.length);
      levels.push(pattern);
      counts.push(1);
    } else counts[at] = (counts[at] ?? 0) + 1;
  }
  return { levels, counts };
}

function emptyTable(): Table {
  return comparisonNames.map((name) => comparisonLevels[name].map(() => 0));
}

function tableOf(model: ScoringModel, key: 'm' | 'u'): Table {
  return comparisonNames.map((name) => {
    const levels = model.levels[name] as Readonly<Record<string, LevelProbabilities>>;
    return comparisonLevels[name].map((level) => levels[level]?.[key] ?? 0.5);
  });
}

/**
 * Normalises weighted level counts into probabilities, with `pseudo` counts spread as the
 * prior table, so a level never seen keeps a small probability instead of zero.
 */
function normalise(counts: Table, prior: Table, pseudo: number): Table {
  return counts.map((row, c) => {
    const total = row.reduce((sum, value) => sum + value, 0);
    const priorRow = prior[c] ?? [];
    const priorTotal = priorRow.reduce((sum, value) => sum + value, 0) || 1;
    return row.map((value, l) => (value + (pseudo * (priorRow[l] ?? 0)) / priorTotal) / (total + pseudo));
  });
}

/** u from random pairs: level counts with Jeffreys' half-count, so a level never seen stays finite. */
export function estimateU(randomPairs: Iterable<readonly ComparisonOutcome[]>, base: ScoringModel): Table {
  const { levels, counts } = patternsOf(randomPairs);
  const tally = emptyTable();
  levels.forEach((pattern, p) => {
    pattern.forEach((level, c) => {
      if (level >= 0) tally[c]![level]! += counts[p] ?? 0;
    });
  });
  const baseU = tableOf(base, 'u');
  return tally.map((row, c) => {
    const total = row.reduce((sum, value) => sum + value, 0);
    // A comparison the sample never made keeps the base model's u.
    if (total === 0) return baseU[c] ?? [];
    return row.map((value) => (value + 0.5) / (total + 0.5 * row.length));
  });
}

export function estimateByEm(input: EmInput): EmResult {
  const base = input.base ?? defaultScoringModel;
  const maxIterations = input.maxIterations ?? 100;
  const tolerance = input.tolerance ?? 1e-5;
  const { levels, counts } = patternsOf(input.candidates);
  const randomPairs = [...input.randomPairs];
  const uRandom = estimateU(randomPairs, base);
  const total = counts.reduce((sum, count) => sum + count, 0);
  let m = tableOf(base, 'm');
  let u = uRandom.map((row) => [...row]);
  let lambda = 0.5;
  let iterations = 0;
  let converged = false;
  const weights = new Float64Array(levels.length);
  while (iterations < maxIterations && !converged && total > 0) {
    iterations++;
    // E step: the probability that each pattern is a match, in logs for long products.
    const logLambda = Math.log(lambda);
    const logNot = Math.log(1 - lambda);
    levels.forEach((pattern, p) => {
      let logM = logLambda;
      let logU = logNot;
      pattern.forEach((level, c) => {
        if (level < 0) return;
        logM += Math.log(m[c]![level]!);
        logU += Math.log(u[c]![level]!);
      });
      weights[p] = 1 / (1 + Math.exp(logU - logM));
    });
    // M step: m (and u if free) from the expected counts; λ from the expected matches.
    const mCounts = emptyTable();
    const uCounts = emptyTable();
    let expectedMatches = 0;
    levels.forEach((pattern, p) => {
      const count = counts[p] ?? 0;
      const w = weights[p] ?? 0;
      expectedMatches += count * w;
      pattern.forEach((level, c) => {
        if (level < 0) return;
        mCounts[c]![level]! += count * w;
        uCounts[c]![level]! += count * (1 - w);
      });
    });
    const nextM = normalise(mCounts, m, 1);
    const nextU = input.freeU === true ? normalise(uCounts, uRandom, 1) : u;
    const nextLambda = Math.min(Math.max(expectedMatches / total, 1e-9), 1 - 1e-9);
    const moved = Math.max(largestChange(m, nextM), largestChange(u, nextU), Math.abs(nextLambda - lambda));
    m = nextM;
    u = nextU;
    lambda = nextLambda;
    converged = moved < tolerance;
  }
  const modelLevels = Object.fromEntries(
    comparisonNames.map((name, c) => [
      name,
      Object.fromEntries(comparisonLevels[name].map((level, l) => [level, { m: m[c]![l]!, u: uRandom[c]![l]! }])),
    ]),
  ) as unknown as ScoringModel['levels'];
  // Matches expected among candidates over all pairs: the chance two records picked at random match.
  const prior = Math.min(Math.max((lambda * total) / Math.max(input.possiblePairs, 1), 1e-12), 0.5);
  return {
    model: { ...base, name: input.name ?? 'em', levels: modelLevels, priorMatchProbability: prior },
    candidateMatchShare: lambda,
    candidatePairs: total,
    randomPairs: randomPairs.length,
    iterations,
    converged,
  };
}

function largestChange(a: Table, b: Table): number {
  let largest = 0;
  a.forEach((row, c) => {
    row.forEach((value, l) => {
      largest = Math.max(largest, Math.abs(value - (b[c]?.[l] ?? 0)));
    });
  });
  return largest;
}
