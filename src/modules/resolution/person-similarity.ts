import { comparisonLabels, comparisonNames, type ComparisonOutcome } from './comparison-levels.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';
import { comparePrepared } from './person-comparisons.ts';
import { preparePerson, type PersonRecord, type PreparedPerson } from './person-record.ts';
import {
  defaultScoringModel,
  exactNameWeight,
  levelWeight,
  mistypedNameWeight,
  matchProbability,
  priorWeight,
  type ScoringModel,
} from './scoring-model.ts';

export type MatchDecision = 'match' | 'possible' | 'non-match';

export type ScoredComparison = ComparisonOutcome & { readonly weight: number };

export type MatchResult = {
  /** Probability (0..1) that the two records are the same person. */
  readonly score: number;
  readonly decision: MatchDecision;
  /** One plain-English line per comparison, with its weight in bits, then a summary line. */
  readonly explanation: string[];
  /** Total evidence in bits (log2 of the Bayes factor), before the prior. */
  readonly weight: number;
  readonly comparisons: readonly ScoredComparison[];
};

export type CompareOptions = {
  readonly model?: ScoringModel;
  /** The date approximate ages are taken at when a record does not say ('YYYY-MM-DD'); default today. */
  readonly referenceDate?: string;
};

/** Scores two person records: how likely they are the same person, and why. */
export function comparePersons(a: PersonRecord, b: PersonRecord, options: CompareOptions = {}): MatchResult {
  return comparePreparedPersons(preparePerson(a), preparePerson(b), options);
}

/** As comparePersons, for records already prepared (the benchmark scores many pairs). */
export function comparePreparedPersons(
  a: PreparedPerson,
  b: PreparedPerson,
  options: CompareOptions = {},
): MatchResult {
  const model = options.model ?? defaultScoringModel;
  const outcomes = comparePrepared(a, b, referenceDateOf(options));
  const comparisons = outcomes.map((outcome) => ({
    ...outcome,
    weight: outcomeWeight(model, outcome, a, b),
  }));
  const weight = comparisons.reduce((sum, comparison) => sum + comparison.weight, 0);
  const score = matchProbability(model, weight);
  const decision: MatchDecision =
    score >= model.matchThreshold ? 'match' : score >= model.possibleThreshold ? 'possible' : 'non-match';
  return { score, decision, weight, comparisons, explanation: explain(model, comparisons, weight, score) };
}

/** Only the total evidence: the fast path for scoring candidate pairs in bulk. */
export function scorePreparedPersons(
  a: PreparedPerson,
  b: PreparedPerson,
  model: ScoringModel,
  referenceDate: PartialDate,
): number {
  let weight = 0;
  for (const outcome of comparePrepared(a, b, referenceDate, false)) {
    weight += outcomeWeight(model, outcome, a, b);
  }
  return matchProbability(model, weight);
}

/**
 * A level's weight; an exact or mistyped name is weighed by how common the name is when the
 * model knows (term-frequency adjustment).
 */
function outcomeWeight(model: ScoringModel, outcome: ComparisonOutcome, a: PreparedPerson, b: PreparedPerson): number {
  const { comparison, level } = outcome;
  if (model.termFrequencies !== undefined && (comparison === 'firstName' || comparison === 'surname')) {
    const x = nameIn(a, comparison);
    // After a swap the agreeing value is still a's first name (or surname): it equals b's other part.
    if (level === 'exact') return exactNameWeight(model, comparison, x);
    if (level === 'typo' || level === 'close') {
      const slot = outcome.crossed !== true ? comparison : comparison === 'firstName' ? 'surname' : 'firstName';
      return mistypedNameWeight(model, comparison, level, x, { value: nameIn(b, slot), comparison: slot });
    }
  }
  return levelWeight(model, comparison, level);
}

function nameIn(person: PreparedPerson, slot: 'firstName' | 'surname'): string {
  return slot === 'firstName' ? person.first : person.surnameCompact;
}

export function referenceDateOf(options: CompareOptions): PartialDate {
  const parsed = parsePartialDate(options.referenceDate ?? new Date().toISOString().slice(0, 10));
  if (parsed === undefined) throw new Error(`Not a date: ${options.referenceDate ?? ''}`);
  return parsed;
}

function signed(weight: number): string {
  const rounded = weight.toFixed(1);
  return weight >= 0 ? `+${rounded}` : rounded;
}

function explain(
  model: ScoringModel,
  comparisons: readonly ScoredComparison[],
  weight: number,
  score: number,
): string[] {
  const lines = comparisons.map(
    (comparison) => `${comparisonLabels[comparison.comparison]}: ${comparison.detail} (${signed(comparison.weight)})`,
  );
  const compared = new Set(comparisons.map((comparison) => comparison.comparison));
  // Age stands in for date of birth, so it is only "missing" when neither could be compared.
  const missing = comparisonNames.filter(
    (name) =>
      !compared.has(name) && !(name === 'age' && compared.has('dob')) && !(name === 'dob' && compared.has('age')),
  );
  if (missing.length > 0) {
    lines.push(
      `not compared (missing from one or both records): ${missing.map((name) => comparisonLabels[name]).join(', ')}`,
    );
  }
  const percent = score >= 0.999 ? '>99.9' : score < 0.001 ? '<0.1' : (score * 100).toFixed(1);
  lines.push(
    `overall: ${signed(weight)} from the evidence, starting from ${priorWeight(model).toFixed(1)} for two records picked at random: ${percent}% likely the same person`,
  );
  return lines;
}
