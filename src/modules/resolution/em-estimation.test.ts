import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparisonLevels, comparisonNames, type ComparisonName, type ComparisonOutcome } from './comparison-levels.ts';
import { estimateByEm, estimateU } from './em-estimation.ts';
import { randomRecordPairs } from './model-training.ts';
import { defaultScoringModel, exactNameWeight, mistypedNameWeight, type ScoringModel } from './scoring-model.ts';

// A synthetic population where the true m and u of each level are known: pairs are drawn as
// matches or non-matches, each comparison's level drawn independently from m or u. EM sees
// only the levels, never which pairs are matches, and must recover m, u and the prior.

type Truth = Partial<Record<ComparisonName, { m: Record<string, number>; u: Record<string, number> }>>;

const truth: Truth = {
  firstName: {
    m: { exact: 0.8, typo: 0.1, phonetic: 0.04, different: 0.06 },
    u: { exact: 0.02, typo: 0.01, phonetic: 0.02, different: 0.95 },
  },
  surname: {
    m: { exact: 0.85, typo: 0.1, different: 0.05 },
    u: { exact: 0.01, typo: 0.005, different: 0.985 },
  },
  dob: {
    m: { exact: 0.75, 'one-digit': 0.15, year: 0.05, different: 0.05 },
    u: { exact: 0.001, 'one-digit': 0.004, year: 0.02, different: 0.975 },
  },
  postcode: {
    m: { unit: 0.6, sector: 0.2, district: 0.1, different: 0.1 },
    u: { unit: 0.002, sector: 0.01, district: 0.05, different: 0.938 },
  },
};

function generator(seed: number) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const draw = (distribution: Record<string, number>) => {
    let r = random();
    for (const [level, p] of Object.entries(distribution)) {
      r -= p;
      if (r < 0) return level;
    }
    return Object.keys(distribution).at(-1) ?? '';
  };
  /** One pair's outcomes; comparisons in `agree` take their first level (the blocking rule). */
  return (match: boolean, agree: readonly ComparisonName[] = []): ComparisonOutcome[] =>
    Object.entries(truth).map(([comparison, { m, u }]) => {
      const name = comparison as ComparisonName;
      const level = agree.includes(name) ? comparisonLevels[name][0] : draw(match ? m : u);
      return { comparison: name, level: level as ComparisonOutcome['level'], detail: '' };
    });
}

function pairs(count: number, matchShare: number, seed: number, agree: readonly ComparisonName[] = []) {
  const pair = generator(seed);
  return Array.from({ length: count }, (_, k) => pair(k < count * matchShare, agree));
}

/** Two blocked sessions (names; date of birth), 30,000 candidates and 200,000 random pairs. */
function estimateTwoSessions(randomMatchShare: number, possiblePairs: number) {
  return estimateByEm({
    // Blocked on names: half the pairs are matches; the names say nothing within the block.
    sessions: [
      { pairs: pairs(20_000, 0.5, 1, ['firstName', 'surname']), fixed: ['firstName', 'surname'] },
      { pairs: pairs(20_000, 0.4, 2, ['dob']), fixed: ['dob'] },
    ],
    candidates: pairs(30_000, 0.3, 3),
    randomPairs: pairs(200_000, randomMatchShare, 4),
    possiblePairs,
  });
}

test('EM recovers the true m and u of every level, and the prior, from unlabelled pairs', () => {
  // 9,000 matches among 30,000 candidates, out of 9 million possible pairs: prior 0.001.
  const result = estimateTwoSessions(0, 9_000_000);
  for (const [comparison, { m, u }] of Object.entries(truth)) {
    const levels = result.model.levels[comparison as ComparisonName] as Record<string, { m: number; u: number }>;
    for (const level of Object.keys(m)) {
      const estimated = levels[level]!;
      assert.ok(Math.abs(estimated.m - m[level]!) < 0.02, `${comparison} ${level} m ${estimated.m} vs ${m[level]}`);
      assert.ok(Math.abs(estimated.u - u[level]!) < 0.005, `${comparison} ${level} u ${estimated.u} vs ${u[level]}`);
    }
  }
  assert.ok(Math.abs(result.candidateMatchShare - 0.3) < 0.01, `λ ${result.candidateMatchShare}`);
  assert.ok(Math.abs(result.model.priorMatchProbability - 0.001) < 0.00005);
  assert.ok(result.converged);
});

test("random pairs holding some of the same people's records do not make agreement look common (ADR 53)", () => {
  // 1% of the random pairs are matches, as in a small store where each person has several
  // records; counted as strangers they would put u(dob exact) near 0.001 + 0.01 × 0.75.
  const result = estimateTwoSessions(0.01, 900_000);
  const { dob, surname } = result.model.levels;
  assert.ok(Math.abs(dob.exact.u - 0.001) < 0.0005, `u(dob exact) ${String(dob.exact.u)}`);
  assert.ok(Math.abs(surname.exact.u - 0.01) < 0.002, `u(surname exact) ${String(surname.exact.u)}`);
  assert.ok(Math.abs(result.model.priorMatchProbability - 0.01) < 0.002);
});

test('a comparison no session could estimate keeps the base m, and untouched comparisons keep theirs', () => {
  const result = estimateByEm({
    sessions: [{ pairs: pairs(5_000, 0.5, 5, ['firstName', 'surname']), fixed: ['firstName', 'surname'] }],
    candidates: pairs(5_000, 0.3, 6),
    randomPairs: pairs(20_000, 0, 7),
    possiblePairs: 1_000_000,
  });
  assert.equal(result.model.levels.firstName.exact.m, defaultScoringModel.levels.firstName.exact.m);
  assert.equal(result.model.levels.email.exact.m, defaultScoringModel.levels.email.exact.m);
  assert.ok(Math.abs(result.model.levels.dob.exact.m - 0.75) < 0.03);
});

test('random record pairs are seeded, never pair a record with itself, and cross files for linkage', () => {
  const a = randomRecordPairs(1000, 500, 42);
  assert.deepEqual(a, randomRecordPairs(1000, 500, 42));
  assert.notDeepEqual(a, randomRecordPairs(1000, 500, 43));
  assert.ok(a.every(([i, j]) => i !== j));
  const sources = Array.from({ length: 1000 }, (_, k) => (k < 400 ? 0 : 1));
  assert.ok(randomRecordPairs(1000, 500, 42, sources).every(([i, j]) => sources[i] !== sources[j]));
  assert.equal(randomRecordPairs(5, 100, 1).length, 10, 'every pair when there are fewer than asked');
});

test('an exact common surname weighs less than an exact rare one (term-frequency adjustment)', () => {
  const model: ScoringModel = {
    ...defaultScoringModel,
    termFrequencies: {
      firstName: { records: 1000, counts: new Map() },
      surname: { records: 1000, counts: new Map([['smith', 50]]) },
    },
  };
  const smith = exactNameWeight(model, 'surname', 'smith');
  const okonkwo = exactNameWeight(model, 'surname', 'okonkwo');
  assert.ok(Math.abs(smith - Math.log2(0.8 / 0.05)) < 1e-9);
  assert.ok(Math.abs(okonkwo - Math.log2(0.8 / 0.001)) < 1e-9);
  assert.equal(exactNameWeight(defaultScoringModel, 'surname', 'smith'), Math.log2(0.8 / 0.002));
});

test('a mistyped common name weighs less than a mistyped rare one, judged by the commoner spelling', () => {
  const model: ScoringModel = {
    ...defaultScoringModel,
    termFrequencies: {
      firstName: { records: 1000, counts: new Map([['williams', 40]]) },
      surname: { records: 1000, counts: new Map([['williams', 50]]) },
    },
  };
  const surname = (value: string) => ({ value, comparison: 'surname' as const });
  const common = mistypedNameWeight(model, 'surname', 'typo', 'wiliams', surname('williams'));
  const rare = mistypedNameWeight(model, 'surname', 'typo', 'okonkwo', surname('okonkow'));
  const { typo, exact } = defaultScoringModel.levels.surname;
  assert.ok(Math.abs(common - Math.log2((typo.m / typo.u) * (exact.u / 0.05))) < 1e-9);
  assert.ok(Math.abs(rare - Math.log2((typo.m / typo.u) * (exact.u / 0.001))) < 1e-9);
  // Swapped: the other record's value is counted in the slot it was recorded in.
  const swapped = mistypedNameWeight(model, 'surname', 'typo', 'wiliams', {
    value: 'williams',
    comparison: 'firstName',
  });
  assert.ok(Math.abs(swapped - Math.log2((typo.m / typo.u) * (exact.u / 0.04))) < 1e-9);
  assert.equal(
    mistypedNameWeight(defaultScoringModel, 'surname', 'typo', 'a', surname('b')),
    Math.log2(typo.m / typo.u),
  );
});

test("a small store's few random pairs do not turn a different postcode into evidence for a match", () => {
  // 23 people: only two random pairs both had a postcode, and both happened to share it.
  const pair = [{ comparison: 'postcode', level: 'unit', detail: '' }] as const;
  const u = estimateU([pair, pair], defaultScoringModel);
  const levels = comparisonLevels.postcode;
  const uOf = (level: (typeof levels)[number]) => u[comparisonNames.indexOf('postcode')]?.[levels.indexOf(level)] ?? 0;
  assert.ok(uOf('different') > 0.5, `u(different) ${String(uOf('different'))}`);
  assert.ok(
    defaultScoringModel.levels.postcode.different.m / uOf('different') < 1,
    'a different postcode still counts against',
  );
  // With many pairs the data decide.
  const many = estimateU(
    Array.from({ length: 100_000 }, () => pair),
    defaultScoringModel,
  );
  assert.ok((many[comparisonNames.indexOf('postcode')]?.[0] ?? 0) > 0.999);
});
