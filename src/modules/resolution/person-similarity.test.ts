import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparisonLevels } from './comparison-levels.ts';
import { comparePersons } from './person-similarity.ts';
import { defaultScoringModel, estimateScoringModel, levelWeight } from './scoring-model.ts';

const options = { referenceDate: '2026-11-26' };
const robert = {
  firstName: 'Robert',
  surname: 'Allen',
  dob: '1971-06-24',
  postcode: 'AL1 3JW',
  email: 'r.allen@example.com',
};

test('a short form, a typo and a one-digit date slip still make a match, explained line by line', () => {
  const result = comparePersons(
    robert,
    { firstName: 'Rob', surname: 'Alen', dob: '1971-05-24', postcode: 'AL1 3JW' },
    options,
  );
  assert.equal(result.decision, 'match');
  assert.ok(result.score > 0.99);
  const weight = levelWeight(defaultScoringModel, 'firstName', 'variant').toFixed(1);
  assert.equal(result.explanation[0], `first name: 'Rob' is a known short form of 'Robert' (+${weight})`);
  assert.match(
    result.explanation[1]!,
    /^surname: 'Allen' and 'Alen' differ by what looks like a typing error \(\+\d+\.\d\)$/,
  );
  assert.match(
    result.explanation[2]!,
    /^date of birth: differ by one digit, a likely typing error \(1971-06-24 and 1971-05-24\) \(\+/,
  );
  assert.match(result.explanation[3]!, /^postcode: the same \(AL1 3JW\) \(\+/);
  assert.equal(
    result.explanation.at(-2),
    'not compared (missing from one or both records): nickname, town, street, email',
  );
  assert.match(
    result.explanation.at(-1)!,
    /^overall: \+\d+\.\d from the evidence, starting from -13\.3 .*: >99\.9% likely the same person$/,
  );
});

test('different people sharing only a common first name are a non-match', () => {
  const result = comparePersons(robert, { firstName: 'Robert', surname: 'Jones', dob: '1990-01-01' }, options);
  assert.equal(result.decision, 'non-match');
  assert.ok(result.score < 0.01);
  assert.ok(result.explanation.some((line) => /^surname: 'Allen' and 'Jones' are different surnames \(-\d/.test(line)));
});

test('a year of birth alone agrees at its own precision: more than no date, less than the same full date', () => {
  const name = { firstName: 'Robert', surname: 'Allen' };
  const full = { ...name, dob: '1971-06-24' };
  const yearOnly = comparePersons({ ...name, dob: '1971' }, full, options);
  assert.equal(yearOnly.comparisons.find((c) => c.comparison === 'dob')?.level, 'to-year');
  assert.match(yearOnly.explanation.join('\n'), /only the year is recorded in both/);
  const noDate = comparePersons(name, full, options);
  const sameDate = comparePersons(full, full, options);
  assert.ok(noDate.weight < yearOnly.weight && yearOnly.weight < sameDate.weight);
  // Read as 1 January, the year would have looked like a different date.
  const januaryFirst = comparePersons({ ...name, dob: '1971-01-01' }, full, options);
  assert.ok(januaryFirst.weight < yearOnly.weight);
});

test('scores are symmetric and grow with each agreeing field', () => {
  const a = { firstName: 'Isla', surname: 'Hall', dob: '1985-02-07' };
  const b = { firstName: 'Hall', surname: 'Isla', dob: '1985-07-02', email: 'islahall97@example.com' };
  assert.equal(comparePersons(a, b, options).score, comparePersons(b, a, options).score);
  const nameOnly = comparePersons(
    { firstName: 'Isla', surname: 'Hall' },
    { firstName: 'Isla', surname: 'Hall' },
    options,
  );
  const withDob = comparePersons(a, { ...a }, options);
  assert.ok(withDob.weight > nameOnly.weight);
  assert.match(comparePersons(a, b, options).explanation[0]!, /once first name and surname are swapped/);
});

test('two empty records carry no evidence either way', () => {
  const result = comparePersons({}, {}, options);
  assert.equal(result.weight, 0);
  assert.equal(result.decision, 'non-match');
  assert.equal(result.comparisons.length, 0);
});

test('a shared street name is strong evidence, an estimated age fits a date of birth', () => {
  const result = comparePersons(
    { firstName: 'Tyler', nicknames: ['Smiley'], approxAge: 16 },
    { firstName: 'Tyler', surname: 'Brown', nicknames: ['smiley'], dob: '2010-03-02' },
    options,
  );
  assert.ok(result.explanation.some((line) => line.startsWith("nickname: both are known as 'Smiley' (+")));
  assert.ok(result.explanation.some((line) => line.startsWith('age: about 16 on 2026-11-26 and born 2010-03-02 fit')));
});

test('training counts levels in labelled pairs and keeps unseen levels finite', () => {
  const matches = Array.from({ length: 90 }, () => [{ comparison: 'surname', level: 'exact', detail: '' }] as const);
  const nonMatches = Array.from(
    { length: 1000 },
    (_, i) => [{ comparison: 'surname', level: i < 10 ? 'exact' : 'different', detail: '' }] as const,
  );
  const model = estimateScoringModel({ matches, nonMatches, priorMatchProbability: 0.01, pseudoCount: 10 });
  assert.ok(Math.abs(model.levels.surname.exact.m - (90 + 10 * 0.8) / 100) < 1e-9);
  // Jeffreys' half-count on each of the surname's levels.
  assert.ok(Math.abs(model.levels.surname.exact.u - 10.5 / (1000 + 0.5 * comparisonLevels.surname.length)) < 1e-9);
  assert.ok(Number.isFinite(levelWeight(model, 'surname', 'phonetic')));
  // A comparison with no data keeps the default u.
  assert.equal(model.levels.email.exact.u, defaultScoringModel.levels.email.exact.u);
  assert.equal(model.priorMatchProbability, 0.01);
});
