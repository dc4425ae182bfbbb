import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ComparisonOutcome } from './comparison-levels.ts';
import { parsePartialDate } from './partial-date.ts';
import { compareAge, compareDob, compareEmail, comparePostcode } from './person-comparisons.ts';
import { compareNames } from './name-comparisons.ts';
import { preparePerson, type PersonRecord } from './person-record.ts';

const levelOf = (outcome: ComparisonOutcome | undefined) => outcome?.level;
const dob = (a: string, b: string) => levelOf(compareDob(preparePerson({ dob: a }), preparePerson({ dob: b })));

test('date of birth levels: exact, transposed, one digit, years apart, partial and missing', () => {
  assert.equal(dob('1971-06-24', '1971-06-24'), 'exact');
  assert.equal(dob('1985-02-07', '1985-07-02'), 'transposed');
  assert.equal(dob('1971-06-24', '1971-05-24'), 'one-digit');
  // A year off by one digit is a typing error too.
  assert.equal(dob('1971-06-24', '1981-06-24'), 'one-digit');
  assert.equal(dob('1971-06-24', '1971-06-02'), 'year-month');
  assert.equal(dob('1974-10-05', '1984-10-03'), 'two-digits');
  assert.equal(dob('1971-01-24', '1971-11-30'), 'year');
  // How far apart two full dates are, as Splink's date-of-birth comparison grades them.
  assert.equal(dob('1971-12-30', '1972-01-04'), 'within-year');
  assert.equal(dob('1974-03-05', '1981-08-20'), 'within-ten-years');
  assert.equal(dob('1981-08-20', '1974-03-05'), 'within-ten-years');
  assert.equal(dob('1971-06-24', '1992-11-20'), 'different');
  assert.equal(dob('1971-06-24', '1981-05-20'), 'within-ten-years');
  assert.equal(dob('1971-06-24', '1981-07-25'), 'different');
  const explained = compareDob(preparePerson({ dob: '1974-03-05' }), preparePerson({ dob: '1981-08-20' }));
  assert.equal(explained?.detail, 'about 7 years apart (1974-03-05 and 1981-08-20)');
  // An impossible month counts as mid-year.
  assert.equal(dob('1980-51-03', '1990-06-20'), 'within-ten-years');
  // A partial date agrees at its own precision, never as if it were the 1st or 1 January.
  assert.equal(dob('1971-06', '1971-06-24'), 'to-month');
  assert.equal(dob('1971-06', '1971-06'), 'to-month');
  assert.equal(dob('1971', '1971-06-24'), 'to-year');
  assert.equal(dob('1971', '1971-01-01'), 'to-year');
  assert.equal(dob('1971', '1971-06'), 'to-year');
  assert.equal(dob('1971', '1971'), 'to-year');
  // Disagreeing at their shared precision, graded by the years.
  assert.equal(dob('1971-05', '1971-06-24'), 'year');
  assert.equal(dob('1972', '1971-06-24'), 'within-ten-years');
  assert.equal(dob('1958', '1971-06-24'), 'different');
  // An impossible date is still a near miss of the real one.
  assert.equal(dob('19220955', '19220905'), 'one-digit');
  assert.equal(levelOf(compareDob(preparePerson({}), preparePerson({ dob: '1971-06-24' }))), undefined);
});

test('an estimated age is compared with a date of birth at the date it was given', () => {
  const reference = parsePartialDate('2026-11-26')!;
  const age = (a: PersonRecord, b: PersonRecord) => compareAge(preparePerson(a), preparePerson(b), reference);
  const teenager = { dob: '2010-03-02' };
  assert.equal(levelOf(age({ approxAge: 16 }, teenager)), 'close');
  assert.equal(levelOf(age({ approxAge: 15, ageRecordedOn: '2025-06-01' }, teenager)), 'close');
  assert.equal(levelOf(age({ approxAge: 20 }, teenager)), 'near');
  assert.equal(levelOf(age({ approxAge: 35 }, teenager)), 'far');
  assert.equal(levelOf(age({ approxAge: 30 }, { approxAge: 31 })), 'close');
  assert.equal(age({ dob: '1990-01-01' }, teenager), undefined, 'two dates of birth are compared as dates');
  assert.match(age({ approxAge: 16 }, teenager)!.detail, /about 16 on 2026-11-26 and born 2010-03-02 fit/);
});

test('postcodes agree at unit, sector, district or area', () => {
  const postcode = (a: string, b: string) =>
    levelOf(comparePostcode(preparePerson({ postcode: a }), preparePerson({ postcode: b })));
  assert.equal(postcode('AL1 3JW', 'al13jw'), 'unit');
  assert.equal(postcode('AL1 3JW', 'AL1 3AB'), 'sector');
  assert.equal(postcode('AL1 3JW', 'AL1 4AB'), 'district');
  assert.equal(postcode('AL1 3JW', 'AL1'), 'district');
  assert.equal(postcode('AL1 3JW', 'AL5 2XX'), 'area');
  assert.equal(postcode('AL1 3JW', 'LU1 1AA'), 'different');
  // Non-UK postcodes (FEBRL's are Australian) agree only as whole strings.
  assert.equal(postcode('2176', '2176'), 'unit');
  assert.equal(postcode('2176', '2177'), 'typo');
  assert.equal(postcode('2176', '3000'), 'different');
});

test('emails agree exactly or by a mistyped character', () => {
  const email = (a: string, b: string) =>
    levelOf(compareEmail(preparePerson({ email: a }), preparePerson({ email: b })));
  assert.equal(email('Rob@Example.com ', 'rob@example.com'), 'exact');
  assert.equal(email('evied56@harris-bailey.net', 'evihd56@earris-bailey.net'), 'similar');
  assert.equal(email('rob@example.com', 'bill@example.org'), 'different');
  // About one error in ten characters: short addresses two letters apart are other people's.
  assert.equal(email('h.k@sharp.com', 'f.j@sharp.com'), 'different');
  assert.equal(email('h.k@sharp.com', 'h.j@sharp.com'), 'similar');
  // The same user name elsewhere, then an address spelt alike with more errors than 'similar' allows.
  assert.equal(email('henry.w@miller-mitheiln.lnfo', 'henry.w@miller-mitchell.info'), 'user');
  assert.equal(email('hmay32@richardson-rhodes.com', 'hmay3@richarsson-rhooded.com'), 'close');
  assert.equal(email('rob@example.com', 'rob@example.org'), 'different');
});

test('names: short forms, typos, sound-alikes, initials, middle names and swaps', () => {
  const names = (a: PersonRecord, b: PersonRecord) =>
    compareNames(preparePerson(a), preparePerson(b)).map((outcome) => `${outcome.comparison}:${outcome.level}`);
  assert.deepEqual(names({ firstName: 'Rob', surname: 'Allen' }, { firstName: 'Robert', surname: 'Allen' }), [
    'firstName:variant',
    'surname:exact',
  ]);
  assert.deepEqual(names({ firstName: 'Luas', surname: 'Coox' }, { firstName: 'Lucas', surname: 'Cook' }), [
    'firstName:typo',
    'surname:typo',
  ]);
  // Spellings of one name are variants; an unlisted spelling still sounds alike.
  assert.deepEqual(names({ firstName: 'Stephen', surname: 'Smith' }, { firstName: 'Steven', surname: 'Smyth' }), [
    'firstName:variant',
    'surname:typo',
  ]);
  assert.deepEqual(names({ firstName: 'Catherine' }, { firstName: 'Kathrine' }), ['firstName:phonetic']);
  assert.deepEqual(names({ firstName: 'J', surname: 'Smith' }, { firstName: 'John', surname: 'Smith' }), [
    'firstName:initial',
    'surname:exact',
  ]);
  assert.deepEqual(names({ fullName: 'John Paul Jones' }, { firstName: 'Paul', surname: 'Jones' }), [
    'firstName:middle',
    'surname:exact',
  ]);
  assert.deepEqual(names({ firstName: 'Anna', surname: 'Smith-Jones' }, { firstName: 'Anna', surname: 'Jones' }), [
    'firstName:exact',
    'surname:part',
  ]);
  assert.deepEqual(names({ firstName: 'Isla', surname: 'Hall' }, { firstName: 'Hall', surname: 'Isla' }), [
    'firstName:exact',
    'surname:exact',
  ]);
  assert.deepEqual(names({ firstName: 'Robert', surname: 'Allen' }, { firstName: 'William', surname: 'Jones' }), [
    'firstName:different',
    'surname:different',
  ]);
  assert.deepEqual(names({ surname: 'Allen' }, { firstName: 'Robert' }), []);
  // A name in the wrong slot while the other is missing compares with the slot it belongs to.
  assert.deepEqual(names({ firstName: 'Holly' }, { firstName: 'Thomson', surname: 'Holly' }), ['firstName:exact']);
  assert.deepEqual(names({ firstName: 'Barker', surname: 'Matilda' }, { surname: 'Barker' }), ['firstName:exact']);
  assert.deepEqual(names({ firstName: 'Holly' }, { firstName: 'Holly', surname: 'Thomson' }), ['firstName:exact']);
  // Crossing is kept only when it agrees better than the names as written.
  assert.deepEqual(names({ firstName: 'Holly', surname: 'Smith' }, { firstName: 'Thomson', surname: 'Holly' }), [
    'firstName:different',
    'surname:different',
  ]);
  // Swapped with a typing error of two letters in one of them (ADR 53); each crossed name resembles the other.
  assert.deepEqual(names({ firstName: 'Fdedrie', surname: 'Bailey' }, { firstName: 'Bailey', surname: 'Freddie' }), [
    'firstName:similar',
    'surname:exact',
  ]);
  const crossed = compareNames(
    preparePerson({ firstName: 'White', surname: 'Theo' }),
    preparePerson({ firstName: 'Theo', surname: 'Wheti' }),
  );
  assert.ok(crossed.every((outcome) => outcome.crossed === true));
  assert.deepEqual(names({ firstName: 'Theo', surname: 'Smith' }, { firstName: 'Jones', surname: 'Theo' }), [
    'firstName:different',
    'surname:different',
  ]);
});
