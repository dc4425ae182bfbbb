import {
  comparisonLevels,
  comparisonNames,
  type ComparisonLevel,
  type ComparisonName,
  type ComparisonOutcome,
} from './comparison-levels.ts';

// Fellegi-Sunter record linkage (Fellegi and Sunter, 1969), as Splink uses it: for each
// comparison level, m = P(level | same person) and u = P(level | different people, picked
// at random). Each level adds log2(m/u) to the evidence; with the prior odds that two
// random records are the same person, the sum gives a match probability.

export type LevelProbabilities = { readonly m: number; readonly u: number };

/**
 * How many records carry each value of a name, for the term-frequency adjustment. `keyOf`
 * turns a name into the key the counts are held under (a keyed digest when stored).
 */
export type TermCounts = {
  readonly records: number;
  readonly counts: ReadonlyMap<string, number>;
  readonly keyOf?: (value: string) => string;
};
export type TermFrequencies = { readonly firstName: TermCounts; readonly surname: TermCounts };

export type ScoringModel = {
  readonly name: string;
  readonly levels: { readonly [C in ComparisonName]: Readonly<Record<ComparisonLevel<C>, LevelProbabilities>> };
  /** P(same person) for two records picked at random before any comparison. */
  readonly priorMatchProbability: number;
  /** Scores at or above this are a 'match' (a strong candidate an analyst should confirm). */
  readonly matchThreshold: number;
  /** Scores at or above this, below the match threshold, are 'possible' (worth a look). */
  readonly possibleThreshold: number;
  /** When present, an exact first name or surname is weighed by how common that name is. */
  readonly termFrequencies?: TermFrequencies;
};

/**
 * Defaults chosen by judgement before any training, for a force-area database of people:
 * m from the error rates seen in police and synthetic benchmark records (names mistyped in
 * roughly one record in ten, dates of birth in one in seven), u from how often unrelated
 * people share a value (about 1 in 60 share a first name, 1 in 20,000 a date of birth).
 * The benchmark also trains m and u on half of each data set; see bench/person-matching.ts.
 */
export const defaultScoringModel: ScoringModel = {
  name: 'default',
  levels: {
    firstName: {
      exact: { m: 0.75, u: 0.015 },
      variant: { m: 0.06, u: 0.002 },
      typo: { m: 0.08, u: 0.002 },
      close: { m: 0.02, u: 0.003 },
      middle: { m: 0.01, u: 0.001 },
      phonetic: { m: 0.03, u: 0.006 },
      similar: { m: 0.03, u: 0.03 },
      initial: { m: 0.02, u: 0.04 },
      different: { m: 0.02, u: 0.9 },
    },
    surname: {
      exact: { m: 0.8, u: 0.002 },
      part: { m: 0.02, u: 0.0005 },
      typo: { m: 0.1, u: 0.001 },
      close: { m: 0.02, u: 0.002 },
      phonetic: { m: 0.03, u: 0.004 },
      similar: { m: 0.025, u: 0.03 },
      different: { m: 0.025, u: 0.96 },
    },
    alias: { match: { m: 0.6, u: 0.002 }, different: { m: 0.4, u: 0.998 } },
    dob: {
      exact: { m: 0.8, u: 0.00005 },
      transposed: { m: 0.01, u: 0.00001 },
      'one-digit': { m: 0.1, u: 0.0005 },
      'year-month': { m: 0.02, u: 0.001 },
      'two-digits': { m: 0.03, u: 0.004 },
      year: { m: 0.02, u: 0.012 },
      'within-year': { m: 0.01, u: 0.012 },
      'within-ten-years': { m: 0.007, u: 0.3 },
      // Agreement as far as a partial date goes: as likely for the same person as an exact
      // date, and as likely by chance as sharing a month (1 in 700) or a year (1 in 60).
      'to-month': { m: 0.8, u: 0.0014 },
      'to-year': { m: 0.85, u: 0.017 },
      different: { m: 0.003, u: 0.67 },
    },
    age: { close: { m: 0.85, u: 0.1 }, near: { m: 0.12, u: 0.15 }, far: { m: 0.03, u: 0.75 } },
    postcode: {
      unit: { m: 0.55, u: 0.0003 },
      sector: { m: 0.1, u: 0.003 },
      district: { m: 0.1, u: 0.03 },
      area: { m: 0.1, u: 0.3 },
      typo: { m: 0.02, u: 0.002 },
      different: { m: 0.13, u: 0.66 },
    },
    town: { exact: { m: 0.72, u: 0.12 }, similar: { m: 0.08, u: 0.01 }, different: { m: 0.2, u: 0.87 } },
    street: { exact: { m: 0.6, u: 0.001 }, similar: { m: 0.1, u: 0.002 }, different: { m: 0.3, u: 0.997 } },
    email: {
      exact: { m: 0.7, u: 0.00001 },
      similar: { m: 0.15, u: 0.00002 },
      user: { m: 0.03, u: 0.0001 },
      close: { m: 0.05, u: 0.005 },
      different: { m: 0.07, u: 0.99487 },
    },
  },
  priorMatchProbability: 1e-4,
  matchThreshold: 0.9,
  possibleThreshold: 0.2,
};

/** log2(m/u): the evidence one comparison level adds, in bits (positive means "same person"). */
export function levelWeight(model: ScoringModel, comparison: ComparisonName, level: ComparisonLevel): number {
  const table = model.levels[comparison] as Readonly<Record<string, LevelProbabilities>>;
  const probabilities = table[level];
  if (probabilities === undefined) throw new Error(`Unknown level ${level} for ${comparison}`);
  return Math.log2(probabilities.m / probabilities.u);
}

/**
 * The weight of an exact agreement on one name, adjusted for how common it is (as Splink's
 * term-frequency adjustment): u becomes the share of records with that name, so agreeing on
 * a name one record in fifty carries says less than agreeing on one only this person has.
 */
export function exactNameWeight(model: ScoringModel, comparison: 'firstName' | 'surname', value: string): number {
  const share = nameShare(model, comparison, value);
  if (share === undefined) return levelWeight(model, comparison, 'exact');
  return Math.log2(model.levels[comparison].exact.m / share);
}

/** The share of records holding this name in this slot (at least one), when the model counts names. */
function nameShare(model: ScoringModel, comparison: 'firstName' | 'surname', value: string): number | undefined {
  const table = model.termFrequencies?.[comparison];
  if (table === undefined || table.records === 0) return undefined;
  const count = table.counts.get(table.keyOf === undefined ? value : table.keyOf(value)) ?? 1;
  return Math.max(count, 1) / table.records;
}

/**
 * The weight of a name mistyped ('typo' or 'close'), adjusted as Splink adjusts fuzzy levels: by
 * how common the more common of the two spellings is, so "Wiliams" for "Williams" says less than
 * "Okonkwo-Reyse" for "Okonkwo-Reyes". `y` is looked up under `yComparison`, the slot the other
 * record holds it in (the other slot when the names were swapped).
 */
export function mistypedNameWeight(
  model: ScoringModel,
  comparison: 'firstName' | 'surname',
  level: 'typo' | 'close',
  x: string,
  y: { readonly value: string; readonly comparison: 'firstName' | 'surname' },
): number {
  const base = levelWeight(model, comparison, level);
  const shareX = nameShare(model, comparison, x);
  const shareY = nameShare(model, y.comparison, y.value);
  if (shareX === undefined || shareY === undefined) return base;
  return base + Math.log2(model.levels[comparison].exact.u / Math.max(shareX, shareY));
}

export function priorWeight(model: ScoringModel): number {
  return Math.log2(model.priorMatchProbability / (1 - model.priorMatchProbability));
}

/** Match probability from the total evidence (bits) and the model's prior. */
export function matchProbability(model: ScoringModel, totalWeight: number): number {
  return 1 / (1 + 2 ** -(totalWeight + priorWeight(model)));
}

export type TrainingInput = {
  /** Comparison outcomes of pairs known to be the same person. */
  readonly matches: readonly (readonly ComparisonOutcome[])[];
  /** Comparison outcomes of random pairs known to be different people. */
  readonly nonMatches: readonly (readonly ComparisonOutcome[])[];
  readonly priorMatchProbability: number;
  /** The model whose m and u act as prior knowledge for levels with few examples. */
  readonly base?: ScoringModel;
  /** How many examples the base model's m values count as (default 20). */
  readonly pseudoCount?: number;
  readonly name?: string;
};

/**
 * Estimates m and u by counting levels in labelled pairs. True pairs are few, so m is
 * smoothed towards the base model (a level never seen keeps a sensible weight); random
 * non-matching pairs are plentiful, so u takes the data with only Jeffreys' half-count
 * added, which keeps a level never seen among them finite.
 */
export function estimateScoringModel(input: TrainingInput): ScoringModel {
  const base = input.base ?? defaultScoringModel;
  const k = input.pseudoCount ?? 20;
  const countLevels = (pairs: readonly (readonly ComparisonOutcome[])[]) => {
    const counts = new Map<string, number>();
    for (const outcomes of pairs) {
      for (const { comparison, level } of outcomes) {
        counts.set(`${comparison}:${level}`, (counts.get(`${comparison}:${level}`) ?? 0) + 1);
        counts.set(comparison, (counts.get(comparison) ?? 0) + 1);
      }
    }
    return counts;
  };
  const matchCounts = countLevels(input.matches);
  const nonMatchCounts = countLevels(input.nonMatches);
  const levels = {} as Record<ComparisonName, Record<string, LevelProbabilities>>;
  for (const comparison of comparisonNames) {
    const table: Record<string, LevelProbabilities> = {};
    const baseTable = base.levels[comparison] as Readonly<Record<string, LevelProbabilities>>;
    for (const level of comparisonLevels[comparison]) {
      const prior = baseTable[level] ?? { m: 0.5, u: 0.5 };
      const seen = (counts: Map<string, number>) => counts.get(`${comparison}:${level}`) ?? 0;
      const compared = (counts: Map<string, number>) => counts.get(comparison) ?? 0;
      const levelCount = comparisonLevels[comparison].length;
      table[level] = {
        m: (seen(matchCounts) + k * prior.m) / (compared(matchCounts) + k),
        // A comparison the data never made keeps the base model's u.
        u:
          compared(nonMatchCounts) === 0
            ? prior.u
            : (seen(nonMatchCounts) + 0.5) / (compared(nonMatchCounts) + 0.5 * levelCount),
      };
    }
    levels[comparison] = table;
  }
  return {
    ...base,
    name: input.name ?? 'trained',
    levels: levels as unknown as ScoringModel['levels'],
    priorMatchProbability: input.priorMatchProbability,
  };
}
