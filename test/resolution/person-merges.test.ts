import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  createPersonKeyHasher,
  findCandidatePersons,
  listMerges,
  mergePersons,
  resolvePersonId,
  savePersonMatchKeys,
  undoMerge,
  type PersonRecord,
} from '../../src/modules/resolution/index.ts';
import { createBlindIndex } from '../../src/platform/crypto/blind-index.ts';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
const analyst = randomUUID();
const at = new Date('2026-11-26T10:00:00Z');
const hash = createPersonKeyHasher(createBlindIndex(randomBytes(32)));

before(async () => {
  database = await createTestDatabase();
});

after(async () => {
  await database.close();
});

async function person(record: PersonRecord): Promise<string> {
  const id = randomUUID();
  await savePersonMatchKeys(database.db, hash, id, record);
  return id;
}

const candidates = async (record: PersonRecord) =>
  (await findCandidatePersons(database.db, hash, record, 10)).map((c) => c.personId).sort();

const conflict = (pattern: RegExp) => (error: unknown) => {
  assert.ok(error instanceof AppError);
  assert.equal(error.code, 'conflict');
  assert.match(error.message, pattern);
  return true;
};

test('merging makes the merged record find the survivor; undoing restores the original candidates', async () => {
  const rob = await person({ firstName: 'Rob', surname: 'Allen', dob: '1971-06-24' });
  const robert = await person({ firstName: 'Robert', surname: 'Allen', dob: '1971-06-24' });
  const query = { firstName: 'Robert', surname: 'Allen', dob: '1971-06-24' };
  const before = await candidates(query);
  assert.deepEqual(before, [rob, robert].sort());

  const merge = await mergePersons(database.db, {
    survivorId: robert,
    mergedId: rob,
    actorUserId: analyst,
    reason: 'Same custody photograph',
    score: 0.998,
    explanation: ["first name: 'Rob' is a known short form of 'Robert' (+4.9)"],
    at,
  });
  assert.equal(merge.undoneAt, null);
  assert.deepEqual(merge.explanation, ["first name: 'Rob' is a known short form of 'Robert' (+4.9)"]);
  assert.equal(merge.score, 0.998);
  assert.deepEqual(await candidates(query), [robert]);
  assert.equal(await resolvePersonId(database.db, rob), robert);

  const undone = await undoMerge(database.db, { mergeId: merge.id, actorUserId: analyst, reason: 'Twins', at });
  assert.deepEqual(undone.undoneAt, at);
  assert.equal(undone.undoneBy, analyst);
  assert.deepEqual(await candidates(query), before);
  assert.equal(await resolvePersonId(database.db, rob), rob);
  await assert.rejects(
    undoMerge(database.db, { mergeId: merge.id, actorUserId: analyst, reason: 'again', at }),
    conflict(/already been undone/),
  );
});

test('merges chain, and undoing the middle one splits off only that part', async () => {
  const query = { firstName: 'Isla', surname: 'Hall', dob: '1985-02-07' };
  const [a, b, c] = [await person(query), await person(query), await person(query)];
  const bIntoC = await mergePersons(database.db, {
    survivorId: c,
    mergedId: b,
    actorUserId: analyst,
    reason: 'r1',
    at,
  });
  // B is now C, so A must go into C directly.
  await assert.rejects(
    mergePersons(database.db, { survivorId: b, mergedId: a, actorUserId: analyst, reason: 'r2', at }),
    conflict(/has been merged into .*: merge into .* instead/),
  );
  const aIntoC = await mergePersons(database.db, {
    survivorId: c,
    mergedId: a,
    actorUserId: analyst,
    reason: 'r2',
    at,
  });
  assert.deepEqual(await candidates(query), [c]);
  assert.deepEqual((await listMerges(database.db, a)).map((m) => m.id).sort(), [bIntoC.id, aIntoC.id].sort());

  await undoMerge(database.db, { mergeId: bIntoC.id, actorUserId: analyst, reason: 'B is a cousin', at });
  assert.deepEqual(await candidates(query), [b, c].sort());
  assert.equal(await resolvePersonId(database.db, a), c);
  // The history of C still shows the undone merge.
  const history = await listMerges(database.db, c);
  assert.equal(history.find((m) => m.id === bIntoC.id)?.undoReason, 'B is a cousin');
});

test('self-merges, double merges and cycles are refused', async () => {
  const [x, y, z] = [await person({ surname: 'X' }), await person({ surname: 'Y' }), await person({ surname: 'Z' })];
  const base = { actorUserId: analyst, reason: 'test', at };
  await assert.rejects(mergePersons(database.db, { ...base, survivorId: x, mergedId: x }), conflict(/themselves/));
  await mergePersons(database.db, { ...base, survivorId: y, mergedId: x });
  await assert.rejects(
    mergePersons(database.db, { ...base, survivorId: z, mergedId: x }),
    conflict(/already merged into/),
  );
  await assert.rejects(
    mergePersons(database.db, { ...base, survivorId: x, mergedId: y }),
    conflict(/already merged into/),
  );
  await assert.rejects(
    undoMerge(database.db, { mergeId: randomUUID(), actorUserId: analyst, reason: 'x', at }),
    (error: unknown) => error instanceof AppError && error.code === 'not_found',
  );
});

test("a merge inside the caller's transaction rolls back with it", async () => {
  const [p, q] = [await person({ surname: 'P' }), await person({ surname: 'Q' })];
  await assert.rejects(
    database.db.transaction().execute(async (trx) => {
      await mergePersons(trx, { survivorId: p, mergedId: q, actorUserId: analyst, reason: 'test', at });
      throw new Error('audit failed');
    }),
    /audit failed/,
  );
  assert.equal(await resolvePersonId(database.db, q), q);
  assert.deepEqual(await listMerges(database.db, p), []);
});
