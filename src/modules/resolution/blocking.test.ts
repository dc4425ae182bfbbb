import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockingKeys, candidatePairs } from './blocking.ts';
import { preparePerson, type PersonRecord } from './person-record.ts';

const keysOf = (record: PersonRecord) => blockingKeys(preparePerson(record)).map(({ type, key }) => `${type}=${key}`);
const shareKey = (a: PersonRecord, b: PersonRecord) => keysOf(a).some((key) => keysOf(b).includes(key));

test('a record yields phonetic, date, place and e-mail keys', () => {
  assert.deepEqual(
    keysOf({
      firstName: 'Rob',
      surname: 'Allen',
      dob: '1971-06-24',
      postcode: 'AL1 3JW',
      email: 'Rob@Example.com',
      nicknames: ['Smiley'],
    }),
    [
      'names=ALN|RP',
      'surname_yob=ALN|1971',
      'formal_first_surname=robert|ALN',
      'surname_initial=ALN|r',
      'first_surname_initial=RP|a',
      'initial_yob=r|1971',
      'dob=19710624',
      'birthday_initial=0624|r',
      'place_initial=AL1 3|r',
      'postcode=AL1 3JW',
      'email=rob@example.com',
      // The address and each form of it with one character left out (ADR 53).
      ...['rob@example.com', 'ob@example.com', 'rb@example.com', 'ro@example.com', 'robexample.com']
        .concat(['rob@xample.com', 'rob@eample.com', 'rob@exmple.com', 'rob@exaple.com', 'rob@examle.com'])
        .concat(['rob@exampe.com', 'rob@exampl.com', 'rob@examplecom', 'rob@example.om', 'rob@example.cm'])
        .concat(['rob@example.co'])
        .map((form) => `email_typo=${form}`),
      // No email_user key: 'rob' is too short to say much.
      'alias=smiley',
      'place_year=AL1 3|1971',
      // Each name word with the place and with the year (and the next, for a year typed one out), whichever slot it is in.
      'token_place=ALN|AL1 3',
      'token_year=ALN|1971',
      'token_year=ALN|1972',
      'token_place=RP|AL1 3',
      'token_year=RP|1971',
      'token_year=RP|1972',
      // The surname as spelt and with one letter left out, with the year ('Rob' is too short).
      ...['allen', 'llen', 'alen', 'alln', 'alle'].map((form) => `name_typo_year=${form}|1971`),
    ],
  );
  assert.deepEqual(keysOf({}), []);
});

test('a surname in the first-name slot, a title or a middle name used as first name still share a key', () => {
  const hamish = { firstName: 'Hamish', surname: 'Davidson', postcode: 'AL1 3JW' };
  assert.ok(shareKey(hamish, { firstName: 'Lily', surname: 'Hamish', postcode: 'AL1 3QE' }), 'surname in first slot');
  assert.ok(
    shareKey(
      { fullName: 'Mr J Davidson', approxAge: 40, ageRecordedOn: '2026-01-10' },
      { ...hamish, dob: '1986-03-02' },
    ),
    'title and initial, age',
  );
  assert.ok(
    shareKey(
      { fullName: 'Alexander James Davidson' },
      { firstName: 'James', middleNames: 'Alexander', surname: 'Davidsen' },
    ),
    'middle and first names exchanged',
  );
  assert.ok(!shareKey({ firstName: 'Lily', surname: 'Hamish', postcode: 'LU1 1AA' }, hamish), 'different place');
});

test('records that differ in the usual ways still share a key', () => {
  assert.ok(shareKey({ firstName: 'Isla', surname: 'Hall' }, { firstName: 'Hall', surname: 'Isla' }), 'swapped');
  assert.ok(shareKey({ firstName: 'Bob', surname: 'Smyth' }, { firstName: 'Robert', surname: 'Smith' }), 'short form');
  assert.ok(
    shareKey(
      { firstName: 'Jane', surname: 'Doe', dob: '1990-01-02' },
      { firstName: 'Jane', surname: 'Roe', dob: '1990-01-02' },
    ),
    'married',
  );
  assert.ok(
    shareKey(
      { firstName: 'Jane', surname: 'Doe', dob: '1990-01-02' },
      { firstName: 'Jane', surname: 'Doe', dob: '1980-01-02' },
    ),
    'year typo',
  );
  assert.ok(
    shareKey({ surname: 'Green', postcode: 'AL1 3JW' }, { surname: 'Grene', postcode: 'AL1 3XX' }),
    'same sector',
  );
  assert.ok(!shareKey({ firstName: 'Robert', surname: 'Allen' }, { firstName: 'William', surname: 'Jones' }));
});

test('without a postcode the town stands in; place and year, a full postcode or a year apart still share a key', () => {
  const thomas = { firstName: 'Thomas', surname: 'Gabriel', dob: '1976-09-15', town: 'London' };
  assert.ok(shareKey({ surname: 'Thomas', dob: '1977-10-17', town: 'London' }, thomas), 'a name word and the town');
  assert.ok(!shareKey({ surname: 'Thomas', dob: '1980-10-17', town: 'Leeds' }, thomas), 'another town and year');
  assert.ok(
    shareKey(
      { firstName: 'Alicia', surname: 'Georgae', postcode: 'AL1 3JW', dob: '1990-05-01' },
      { firstName: 'Meg', surname: 'George', postcode: 'AL1 3QE', dob: '1990-01-05' },
    ),
    'both names differ: sector and year',
  );
  assert.ok(
    shareKey({ firstName: 'Alicia', surname: 'Georgae', postcode: 'AL1 3JW' }, { surname: 'Ng', postcode: 'al13jw' }),
    'the same full postcode',
  );
  assert.ok(
    !shareKey({ firstName: 'Alicia', surname: 'Georgae', postcode: 'AL1 3JW' }, { surname: 'Ng', postcode: 'AL1 3JX' }),
    'a neighbouring postcode, nothing else in common',
  );
  assert.ok(
    shareKey({ surname: 'Green', dob: '1984-10-03' }, { firstName: 'Tom', surname: 'Green', dob: '1985-01-02' }),
    'a year apart',
  );
  assert.ok(
    !shareKey({ surname: 'Green', dob: '1984-10-03' }, { firstName: 'Tom', surname: 'Green', dob: '1986-01-02' }),
    'two years apart',
  );
});

/** The key types two records share (each shared key's type once). */
const sharedTypes = (a: PersonRecord, b: PersonRecord) => [
  ...new Set(
    keysOf(a)
      .filter((key) => keysOf(b).includes(key))
      .map((key) => key.split('=')[0]),
  ),
];

test('a mistyped e-mail address or postcode, or both names wrong at one address, still share a key', () => {
  assert.deepEqual(sharedTypes({ email: 'oliverjones82@bond.biz' }, { email: 'oliverjones82bond.biz' }), [
    'email_typo',
  ]);
  assert.deepEqual(sharedTypes({ email: 'j.t@pierce.bi' }, { email: 'j.t@pierce.biz' }), ['email_typo']);
  assert.deepEqual(
    sharedTypes({ email: 'hollythomson3@levine.com' }, { email: 'hollythomsn3@jones.org' }),
    ['email_user_typo'],
    'a user name one letter out at another domain',
  );
  assert.ok(!shareKey({ email: 'iprice@carr.com' }, { email: 'iirpce@carr.cm' }), 'three errors: too far');
  const shannon = {
    firstName: 'Shannon',
    surname: 'Strong',
    postcode: '4413',
    town: 'Evatt',
    street: '1041 Lochee Pl',
  };
  assert.deepEqual(
    sharedTypes(shannon, { surname: 'Strong', postcode: '4471', town: 'Evatt' }),
    ['token_town', 'name_typo_town'],
    'a name (by sound and as spelt) and the town when the postcode is mistyped',
  );
  assert.deepEqual(
    sharedTypes(shannon, { firstName: 'Kezia', surname: 'Giravw', postcode: '2908', town: 'Evatt', dob: '1914-06-18' }),
    [],
    'the same town only',
  );
  assert.deepEqual(
    sharedTypes(shannon, { firstName: 'Kezia', surname: 'Giravw', town: 'Evatt', street: '104 Lochee Place' }),
    ['street_town'],
    'both names different: the street and the town',
  );
  assert.deepEqual(
    sharedTypes(shannon, {
      firstName: 'Kai',
      surname: 'Strong',
      postcode: '4431',
      town: 'Evavt',
      street: '10 Lochee Pl',
    }),
    ['token_street'],
    'a name word and the street; town and postcode mistyped',
  );
  assert.deepEqual(
    sharedTypes(
      { ...shannon, dob: '1914-06-18' },
      { firstName: 'Kezia', surname: 'Giravw', postcode: '2908', town: 'Evatt', dob: '1914-07-02' },
    ),
    ['town_year'],
    'the town and the year of birth when names and postcode differ',
  );
  // A typing error that changes the name's sound: no phonetic key is shared.
  const noah = { firstName: 'Noah', surname: 'Huter', dob: '1983-08-29', town: 'Manchester' };
  assert.deepEqual(sharedTypes(noah, { surname: 'Hunter', dob: '1973-09-29', town: 'Manchester' }), ['name_typo_town']);
  assert.deepEqual(sharedTypes(noah, { surname: 'Hunter', dob: '1983-09-29', town: 'Leeds' }), ['name_typo_year']);
  assert.deepEqual(sharedTypes(noah, { surname: 'Hunt', dob: '1983-09-29', town: 'Leeds' }), [], 'two letters out');
});

test('candidate pairs come once each, respect sources and skip oversized blocks', () => {
  const people = [
    { firstName: 'Robert', surname: 'Allen', dob: '1971-06-24' },
    { firstName: 'Rob', surname: 'Allen', dob: '1971-06-24' },
    { firstName: 'Robert', surname: 'Alan', dob: '1971-06-24' },
    { firstName: 'William', surname: 'Jones', dob: '1990-01-01' },
  ].map(preparePerson);
  const pairsOf = (flat: Uint32Array) =>
    Array.from({ length: flat.length / 2 }, (_, k) => `${String(flat[2 * k])}-${String(flat[2 * k + 1])}`).sort();
  assert.deepEqual(pairsOf(candidatePairs(people).pairs), ['0-1', '0-2', '1-2']);
  assert.deepEqual(pairsOf(candidatePairs(people, { sources: [0, 1, 1, 1] }).pairs), ['0-1', '0-2']);
  const capped = candidatePairs(people, { maxBlockSize: 2 });
  assert.ok(capped.skippedBlocks > 0);
});
