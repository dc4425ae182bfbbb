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
