import { comparisonLevels, comparisonNames, type ComparisonName, type ComparisonOutcome } from './comparison-levels.ts';
import { defaultScoringModel, type LevelProbabilities, type ScoringModel } from './scoring-model.ts';

// Expectation-maximisation for Fellegi-Sunter weights without labels, as Splink does it:
// u (how often different people fall into a level) is counted on record pairs drawn at
// random, which are almost all different people; m (how often the same person does) and λ
// (the share of candidate pairs that are the same person) are then estimated by EM over the
// candidate pairs blocking proposes, treating them as a mixture of matches and non-matches.
// A comparison missing from a pair (a record without a date of birth) says nothing about
// that pair, so it is left out of that comparison's counts (missing at random).

export type EmSession = {
  /** Comparison outcomes of the pairs one blocking rule proposes (unlabelled). */
  readonly pairs: Iterable<readonly ComparisonOutcome[]>;
  /**
   * The comparisons the rule blocked on: every pair agrees on them, so they say nothing
   * here and are neither used nor estimated in this session (as in Splink's training).
   */
  readonly fixed: readonly ComparisonName[];
};

export type EmInput = {
  /** Training sessions, each over the pairs of one blocking rule; m is averaged across them. */
  readonly sessions: readonly EmSession[];
  /** Comparison outcomes of the candidate pairs the scoring sees: λ (and so the prior) comes from them. */
  readonly candidates: Iterable<readonly ComparisonOutcome[]>;
  /** Comparison outcomes of record pairs drawn at random (unlabelled; nearly all different people). */
  readonly randomPairs: Iterable<readonly ComparisonOutcome[]>;
  /** How many pairs could be compared in all: the prior is the expected matches over this. */
  readonly possiblePairs: number;
  /** Starting m values and the shape of the model (default: the judged defaults). */
  readonly base?: ScoringModel;
  readonly maxIterations?: number;
  /** Stop when no m or λ moves by more than this. */
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

const get = (table: Table, c: number, l: number): number => table[c]?.[l] ?? 0;
function add(table: Table, c: number, l: number, value: number): void {
  const row = table[c];
  if (row !== undefined) row[l] = (row[l] ?? 0) + value;
}

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

/**
 * How many random pairs the base model's u values count as. A small store compares few
 * random pairs on a field (23 people gave 2 pairs that both had a postcode), and u from
 * those alone is noise; with the 100,000 pairs of a real store the base hardly counts.
 */
const uPseudoCount = 20;

/** u from random pairs: level counts, smoothed towards the base model's u. */
export function estimateU(randomPairs: Iterable<readonly ComparisonOutcome[]>, base: ScoringModel): Table {
  return uOfPatterns(patternsOf(randomPairs), base, () => 1);
}

/**
 * u from grouped random pairs, each pattern counted by `nonMatch(p)`: the chance its pairs are
 * different people (1 before anything is known about m).
 */
function uOfPatterns(patterns: Patterns, base: ScoringModel, nonMatch: (p: number) => number): Table {
  const { levels, counts } = patterns;
  const tally = emptyTable();
  levels.forEach((pattern, p) => {
    const weight = (counts[p] ?? 0) * nonMatch(p);
    pattern.forEach((level, c) => {
      if (level >= 0) add(tally, c, level, weight);
    });
  });
  return normalise(tally, tableOf(base, 'u'), uPseudoCount);
}

/** The chance that a pair with this pattern is the same person, given m, u and the prior odds. */
function matchChance(pattern: Int8Array, m: Table, u: Table, prior: number): number {
  let logOdds = Math.log(prior) - Math.log(1 - prior);
  pattern.forEach((level, c) => {
    if (level >= 0) logOdds += Math.log(get(m, c, level)) - Math.log(get(u, c, level));
  });
  return 1 / (1 + Math.exp(-logOdds));
}

type Patterns = { levels: Int8Array[]; counts: number[] };

/**
 * EM over one set of pairs: m (for comparisons not fixed) and λ move, u stays. Returns the
 * new m, λ and the expected matches of each comparison (how much data its m rests on).
 */
function runEm(
  patterns: Patterns,
  start: { m: Table; u: Table; lambda: number },
  /** Per comparison: true to estimate, false to use as it is, undefined to leave out (blocked on). */
  estimate: readonly (boolean | undefined)[],
  limits: { maxIterations: number; tolerance: number },
): { m: Table; lambda: number; iterations: number; converged: boolean } {
  const { levels, counts } = patterns;
  const total = counts.reduce((sum, count) => sum + count, 0);
  let { m, lambda } = start;
  const { u } = start;
  let iterations = 0;
  let converged = total === 0;
  while (iterations < limits.maxIterations && !converged) {
    iterations++;
    const mCounts = emptyTable();
    let expectedMatches = 0;
    const logLambda = Math.log(lambda);
    const logNot = Math.log(1 - lambda);
    levels.forEach((pattern, p) => {
      // E step: the probability that this pattern is a match, in logs for long products.
      let logM = logLambda;
      let logU = logNot;
      pattern.forEach((level, c) => {
        if (level < 0 || estimate[c] === undefined) return;
        logM += Math.log(get(m, c, level));
        logU += Math.log(get(u, c, level));
      });
      const w = 1 / (1 + Math.exp(logU - logM));
      const count = counts[p] ?? 0;
      expectedMatches += count * w;
      pattern.forEach((level, c) => {
        if (level >= 0) add(mCounts, c, level, count * w);
      });
    });
    // M step: m from the expected level counts of matches, with one pseudo-count spread as
    // the starting m so a level never seen is unlikely rather than impossible.
    const updated = normalise(mCounts, start.m, 1);
    const nextM = m.map((row, c) => (estimate[c] === true ? (updated[c] ?? row) : row));
    const nextLambda = Math.min(Math.max(expectedMatches / total, 1e-9), 1 - 1e-9);
    const moved = Math.max(largestChange(m, nextM), Math.abs(nextLambda - lambda));
    m = nextM;
    lambda = nextLambda;
    converged = moved < limits.tolerance;
  }
  return { m, lambda, iterations, converged };
}

/**
 * Rounds of u counted again once m and the prior are known. Random pairs include the same
 * person's records by chance (few in a large store, but 1 in 250 in a small set where each
 * person has four records), and counting those as different people makes an exact date of
 * birth or e-mail look common among strangers; each round weighs a random pair by its chance
 * of being two people.
 */
const uRounds = 2;

type Fit = { m: Table; lambda: number; iterations: number; converged: boolean };

/** m from the training sessions (mean over those that estimated it), then λ over the candidates. */
function fitM(
  sessions: readonly { patterns: Patterns; estimate: (true | undefined)[] }[],
  candidates: Patterns,
  u: Table,
  baseM: Table,
  limits: { maxIterations: number; tolerance: number },
): Fit {
  const sums = emptyTable();
  const sessionsOf = comparisonNames.map(() => 0);
  let iterations = 0;
  let converged = true;
  for (const { patterns, estimate } of sessions) {
    const result = runEm(patterns, { m: baseM, u, lambda: 0.5 }, estimate, limits);
    iterations += result.iterations;
    converged &&= result.converged;
    comparisonNames.forEach((_, c) => {
      if (estimate[c] !== true || !patterns.levels.some((pattern) => (pattern[c] ?? -1) >= 0)) return;
      sessionsOf[c] = (sessionsOf[c] ?? 0) + 1;
      (result.m[c] ?? []).forEach((value, l) => {
        add(sums, c, l, value);
      });
    });
  }
  const m = baseM.map((row, c) => {
    const n = sessionsOf[c] ?? 0;
    return n === 0 ? row : (sums[c] ?? row).map((value) => value / n);
  });
  // λ among the candidate pairs scoring will see, with m and u now fixed.
  const fixed = comparisonNames.map(() => false);
  const final = runEm(candidates, { m, u, lambda: 0.5 }, fixed, limits);
  return {
    m,
    lambda: final.lambda,
    iterations: iterations + final.iterations,
    converged: converged && final.converged,
  };
}

export function estimateByEm(input: EmInput): EmResult {
  const base = input.base ?? defaultScoringModel;
  const limits = { maxIterations: input.maxIterations ?? 100, tolerance: input.tolerance ?? 1e-5 };
  const random = patternsOf(input.randomPairs);
  const randomCount = random.counts.reduce((sum, count) => sum + count, 0);
  const baseM = tableOf(base, 'm');
  // Each session estimates the comparisons it did not block on.
  const sessions = input.sessions
    .map((session) => ({
      patterns: patternsOf(session.pairs),
      estimate: comparisonNames.map((name) => (session.fixed.includes(name) ? undefined : true)),
    }))
    .filter(({ patterns }) => patterns.levels.length > 0);
  const candidates = patternsOf(input.candidates);
  const total = candidates.counts.reduce((sum, count) => sum + count, 0);
  // Matches expected among candidates over all pairs: the chance two records picked at random match.
  const priorOf = (fit: Fit) => Math.min(Math.max((fit.lambda * total) / Math.max(input.possiblePairs, 1), 1e-12), 0.5);
  let u = uOfPatterns(random, base, () => 1);
  let fit = fitM(sessions, candidates, u, baseM, limits);
  let iterations = fit.iterations;
  let converged = fit.converged;
  for (let round = 0; round < uRounds; round++) {
    const [m, before, prior] = [fit.m, u, priorOf(fit)];
    u = uOfPatterns(random, base, (p) => 1 - matchChance(random.levels[p] ?? new Int8Array(), m, before, prior));
    fit = fitM(sessions, candidates, u, baseM, limits);
    iterations += fit.iterations;
    converged &&= fit.converged;
  }
  const { m } = fit;
  const modelLevels = Object.fromEntries(
    comparisonNames.map((name, c) => [
      name,
      Object.fromEntries(comparisonLevels[name].map((level, l) => [level, { m: get(m, c, l), u: get(u, c, l) }])),
    ]),
  ) as unknown as ScoringModel['levels'];
  return {
    model: { ...base, name: input.name ?? 'em', levels: modelLevels, priorMatchProbability: priorOf(fit) },
    candidateMatchShare: fit.lambda,
    candidatePairs: total,
    randomPairs: randomCount,
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
