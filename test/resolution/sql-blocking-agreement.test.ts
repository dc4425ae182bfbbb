import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { loadFake1000 } from '../../bench/person-matching/datasets.ts';
import {
  candidatePairs,
  createPersonKeyHasher,
  findCandidatePersons,
  preparePerson,
  savePersonMatchKeys,
} from '../../src/modules/resolution/index.ts';
import { createBlindIndex } from '../../src/platform/crypto/blind-index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// The benchmark measures blocking in TypeScript; the service finds candidates in SQL. This
// checks they are the same blocking: on fake_1000, every record's SQL candidates (name
// digests) are exactly the records the TypeScript blocking pairs it with.

let database: TestDatabase;
const dataset = loadFake1000();
const hash = createPersonKeyHasher(createBlindIndex(randomBytes(32)));
const idOf = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

before(async () => {
  database = await createTestDatabase();
  await database.db.transaction().execute(async (trx) => {
    for (const [index, record] of dataset.records.entries()) await savePersonMatchKeys(trx, hash, idOf(index), record);
  });
});

after(async () => {
  await database.close();
});

test('SQL candidate search proposes the same pairs as the benchmarked TypeScript blocking', async () => {
  const { pairs } = candidatePairs(dataset.records.map(preparePerson));
  const partners = new Map<number, Set<string>>();
  for (let k = 0; k < pairs.length; k += 2) {
    const [i, j] = [pairs[k]!, pairs[k + 1]!];
    (partners.get(i) ?? partners.set(i, new Set()).get(i)!).add(idOf(j));
    (partners.get(j) ?? partners.set(j, new Set()).get(j)!).add(idOf(i));
  }
  // Every seventh record: 143 searches keep the test quick on PGlite.
  for (let index = 0; index < dataset.records.length; index += 7) {
    const found = await findCandidatePersons(database.db, hash, dataset.records[index]!, 1000, {
      excludePersonIds: [idOf(index)],
    });
    assert.deepEqual(
      found.map((candidate) => candidate.personId).sort(),
      [...(partners.get(index) ?? [])].sort(),
      `record ${String(index)}`,
    );
  }
});
