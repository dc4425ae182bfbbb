import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { loadBenchmarkDatasets } from '../../bench/person-matching/datasets.ts';
import {
  doubleMetaphone,
  findCandidatePersons,
  savePersonMatchKeys,
  type PersonRecord,
} from '../../src/modules/resolution/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
const ids: Record<string, string> = {};

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
    await savePersonMatchKeys(database.db, ids[name], record);
  }
});

after(async () => {
  await database.close();
});

const search = async (record: PersonRecord, options = {}) =>
  (await findCandidatePersons(database.db, record, 10, options)).map((candidate) => candidate.personId);

test('a short form with a typo finds both Roberts by their shared keys, and nobody else', async () => {
  const found = await findCandidatePersons(database.db, { firstName: 'Rob', surname: 'Alen', dob: '1971-06-24' }, 10);
  assert.deepEqual(found.map((c) => c.personId).sort(), [ids.robert, ids.robertTwin].sort());
  const robert = found.find((c) => c.personId === ids.robert)!;
  assert.ok(robert.sharedKeys.includes('formal_first_surname'));
  assert.ok(robert.sharedKeys.includes('dob'));
  assert.ok(robert.nameSimilarity > 0.3);
});

test('swapped names, a nickname and an e-mail address each find their person', async () => {
  assert.deepEqual(await search({ firstName: 'Hall', surname: 'Isla' }), [ids.isla]);
  assert.deepEqual(await search({ nicknames: ['smiley'] }), [ids.tyler]);
  assert.deepEqual(await search({ email: 'IslaHall97@example.com ' }), [ids.isla]);
});

test('a misspelling no key covers is found by trigram similarity of the name', async () => {
  // A mistyped first letter changes every phonetic and initial key.
  const found = await findCandidatePersons(database.db, { fullName: 'Xatherine Featherstonhaugh' }, 10);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.personId, ids.catherine);
  assert.deepEqual(found[0]?.sharedKeys, []);
  assert.ok(found[0].nameSimilarity >= 0.5);
  assert.deepEqual(await search({ fullName: 'Katarina Feathers' }, { minNameSimilarity: 0.9 }), []);
});

test('excluded people, common keys over the block cap and empty records find nothing', async () => {
  assert.deepEqual(await search({ firstName: 'Hall', surname: 'Isla' }, { excludePersonIds: [ids.isla] }), []);
  // Both Roberts hold this 'dob' key; over a cap of one person per key it proposes nobody.
  const capped = await findCandidatePersons(database.db, { dob: '1971-06-24' }, 10, { maxBlockSize: 1 });
  assert.deepEqual(capped, []);
  assert.deepEqual(await search({}), []);
});

test('the limit keeps the best-ranked candidates', async () => {
  const found = await findCandidatePersons(
    database.db,
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
