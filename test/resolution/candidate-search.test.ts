import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { loadBenchmarkDatasets } from '../../bench/person-matching/datasets.ts';
import {
  createPersonKeyHasher,
  doubleMetaphone,
  findCandidatePersons,
  savePersonMatchKeys,
  type PersonRecord,
} from '../../src/modules/resolution/index.ts';
import { createBlindIndex } from '../../src/platform/crypto/blind-index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
const ids: Record<string, string> = {};
const hash = createPersonKeyHasher(createBlindIndex(randomBytes(32)));

const people: Record<string, PersonRecord> = {
  robert: { firstName: 'Robert', surname: 'Allen', dob: '1971-06-24', postcode: 'AL1 3JW' },
  robertTwin: { firstName: 'Bob', surname: 'Allan', dob: '1971-06-24' },
  isla: { firstName: 'Isla', surname: 'Hall', dob: '1985-02-07', email: 'islahall97@example.com' },
  tyler: { firstName: 'Tyler', surname: 'Brown', nicknames: ['Smiley'] },
  william: { firstName: 'William', surname: 'Jones', dob: '1990-01-01', postcode: 'LU1 1AA' },
  catherine: { firstName: 'Catherine', surname: 'Featherstonehaugh' },
};

before(async () => {
  database = await createTestDatabase();
  for (const [name, record] of Object.entries(people)) {
    ids[name] = randomUUID();
    await savePersonMatchKeys(database.db, hash, ids[name], record);
  }
});

after(async () => {
  await database.close();
});

const search = async (record: PersonRecord, options = {}) =>
  (await findCandidatePersons(database.db, hash, record, 10, options)).map((candidate) => candidate.personId);

test('a short form with a typo finds both Roberts by their shared keys, and nobody else', async () => {
  const found = await findCandidatePersons(
    database.db,
    hash,
    { firstName: 'Rob', surname: 'Alen', dob: '1971-06-24' },
    10,
  );
  assert.deepEqual(found.map((c) => c.personId).sort(), [ids.robert, ids.robertTwin].sort());
  const robert = found.find((c) => c.personId === ids.robert)!;
  assert.ok(robert.sharedKeys.includes('formal_first_surname'));
  assert.ok(robert.sharedKeys.includes('dob'));
});

test('swapped names, a nickname and an e-mail address each find their person', async () => {
  assert.deepEqual(await search({ firstName: 'Hall', surname: 'Isla' }), [ids.isla]);
  assert.deepEqual(await search({ nicknames: ['smiley'] }), [ids.tyler]);
  assert.deepEqual(await search({ email: 'IslaHall97@example.com ' }), [ids.isla]);
});

test('keys are stored as keyed digests: a dump shows no name, code, nickname or e-mail address', async () => {
  const { rows } = await sql<{ key_type: string; key: string }>`select key_type, key from person_match_keys`.execute(
    database.db,
  );
  assert.ok(rows.length > 20);
  const clear = ['smiley', 'islahall97', 'example.com', doubleMetaphone('allen').primary, '1971', 'featherstonehaugh'];
  for (const row of rows) {
    assert.match(row.key, /^[A-Za-z0-9_-]{32}$/);
    for (const word of clear) assert.ok(!row.key.toLowerCase().includes(word), `${row.key_type} holds ${word}`);
  }
  // The same key under another data key is another digest: nothing matches across keys.
  const otherHash = createPersonKeyHasher(createBlindIndex(randomBytes(32)));
  assert.deepEqual(await findCandidatePersons(database.db, otherHash, { nicknames: ['smiley'] }, 10), []);
});

test('a misspelling that changes every key is not found (the price of keeping names out of SQL)', async () => {
  // A mistyped first letter changes every phonetic and initial key.
  assert.deepEqual(await search({ fullName: 'Xatherine Featherstonhaugh' }), []);
});

test('excluded people, common keys over the block cap and empty records find nothing', async () => {
  assert.deepEqual(await search({ firstName: 'Hall', surname: 'Isla' }, { excludePersonIds: [ids.isla] }), []);
  // Both Roberts hold this 'dob' key; over a cap of one person per key it proposes nobody.
  const capped = await findCandidatePersons(database.db, hash, { dob: '1971-06-24' }, 10, { maxBlockSize: 1 });
  assert.deepEqual(capped, []);
  assert.deepEqual(await search({}), []);
});

test('the limit keeps the best-ranked candidates', async () => {
  const found = await findCandidatePersons(
    database.db,
    hash,
    { firstName: 'Robert', surname: 'Allen', dob: '1971-06-24' },
    1,
  );
  assert.deepEqual(
    found.map((c) => c.personId),
    [ids.robert],
  );
});

test('phonetic keys computed in TypeScript equal fuzzystrmatch dmetaphone() in this database', async () => {
  const names = new Set<string>();
  for (const dataset of loadBenchmarkDatasets()) {
    for (const record of dataset.records) {
      for (const name of [record.firstName, record.surname]) {
        if (name !== undefined && /^[A-Za-z]+$/.test(name)) names.add(name);
      }
    }
  }
  const list = [...names].slice(0, 3000);
  const { rows } = await sql<{ w: string; p: string; a: string }>`
    select w, dmetaphone(w) as p, dmetaphone_alt(w) as a
    from (values ${sql.join(list.map((w) => sql`(${w}::text)`))}) as words (w)`.execute(database.db);
  assert.equal(rows.length, list.length);
  const disagreements = rows.filter((row) => {
    const codes = doubleMetaphone(row.w);
    return codes.primary !== row.p || codes.alternate !== row.a;
  });
  assert.deepEqual(disagreements, []);
});
