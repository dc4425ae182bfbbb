import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { testActor } from '../support/staff.ts';
import { peopleSeenOnceEach } from '../support/pole.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Suggestions are stored per pair of people; once people are merged, the analyst's question is
// per pair of identities. A–C and B–C (A and B merged), or A–C and A–D (C and D merged), are
// one question: shown once, rejected together, closed together by a merge, and reopened by an
// undo only where the undo separates the people again.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
let system: TestSystem;
const people = new Map<string, string>();
const names = ['Ava Quinn', 'Ben Ortiz', 'Cara Novak', 'Dev Kaur', 'Eli Ward', 'Fay Lund', 'Gus Hale', 'Hana Roth'];
const postcodes = ['AL1 3JX', 'AL3 5BU', 'AL3 4DG', 'AL1 1AA', 'AL2 2BB', 'AL4 0PP', 'AL5 1QQ', 'AL6 2RR'];

const id = (name: string) => people.get(name) ?? assert.fail(`no ${name}`);
const service = () => system.services.personResolution;
const merge = (survivor: string, merged: string) =>
  service().merge(analyst, { survivorId: id(survivor), mergedId: id(merged), reason: 'Same person on PNC' });

/** Stores a suggestion as the resolver would (or as it was before merges closed others). */
async function suggest(one: string, other: string, status: 'open' | 'merged' | 'rejected' = 'open') {
  const [a, b] = [id(one), id(other)].sort();
  const row = await system.services.db
    .insertInto('person_match_suggestions')
    .values({
      person_a: a ?? '',
      person_b: b ?? '',
      score: 0.8,
      decision: 'possible',
      status,
      suggested_on: '2026-11-20',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function statusOf(suggestionId: string) {
  const row = await system.services.db
    .selectFrom('person_match_suggestions')
    .select(['status', 'decided_by'])
    .where('id', '=', suggestionId)
    .executeTakeFirstOrThrow();
  return row.status;
}

before(async () => {
  system = await createTestSystem();
  for (const [name, id] of await peopleSeenOnceEach(system, names, postcodes)) people.set(name, id);
});
after(async () => {
  await system.close();
});

/** Ben Ortiz–Eli Ward, stored open beside a rejected Ava Quinn–Eli Ward. */
let eliOpen = '';

test('one suggestion per other identity, open first; none inside the person’s own identity', async () => {
  await merge('Ava Quinn', 'Ben Ortiz');
  await merge('Cara Novak', 'Dev Kaur');
  // A–C, B–C and A–D are one question: is Ava Quinn's identity Cara Novak's?
  const twins = [
    await suggest('Ava Quinn', 'Cara Novak'),
    await suggest('Ben Ortiz', 'Cara Novak'),
    await suggest('Ava Quinn', 'Dev Kaur'),
  ];
  const decided = await suggest('Ava Quinn', 'Eli Ward', 'rejected');
  eliOpen = await suggest('Ben Ortiz', 'Eli Ward');
  // Left open from before the two were merged by another route: they are one identity now.
  const inside = await suggest('Ava Quinn', 'Ben Ortiz');

  for (const person of ['Ava Quinn', 'Ben Ortiz']) {
    const shown = (await service().get(analyst, id(person))).suggestions;
    assert.deepEqual(
      shown.map((s) => s.other.id).sort(),
      [id('Cara Novak'), id('Eli Ward')].sort(),
      `${person}: one entry per other identity, named by its root, and none for ${person}'s own identity`,
    );
    const toCara = shown.find((s) => s.other.id === id('Cara Novak'));
    assert.ok(toCara && twins.includes(toCara.id), 'the stored id of one of the twins is kept for the actions');
    assert.equal(toCara.status, 'open');
    const toEli = shown.find((s) => s.other.id === id('Eli Ward'));
    assert.deepEqual(
      [toEli?.id, toEli?.status],
      [decided, 'rejected'],
      'a rejection of one pair between the two identities stands for them, before an open suggestion',
    );
    assert.ok(!shown.some((s) => s.id === eliOpen || s.id === inside));
  }
  // From the other side, too: Cara Novak's identity sees Ava Quinn's once.
  const fromCara = (await service().get(analyst, id('Dev Kaur'))).suggestions;
  assert.deepEqual(
    fromCara.map((s) => s.other.id),
    [id('Ava Quinn')],
  );

  // A suggestion inside one identity is not there to reject: the merge is undone instead.
  await assert.rejects(
    service().reject(analyst, inside, 'Different people'),
    (error: unknown) => error instanceof AppError && error.code === 'conflict',
  );
});

test('rejecting the suggestion shown rejects its hidden twins too, audited once', async () => {
  const shown = (await service().get(analyst, id('Ava Quinn'))).suggestions.find(
    (s) => s.other.id === id('Cara Novak'),
  );
  assert.ok(shown);
  const before = await rejections();
  await service().reject(analyst, shown.id, 'Different dates of birth on PNC');

  const after = (await service().get(analyst, id('Ava Quinn'))).suggestions.find(
    (s) => s.other.id === id('Cara Novak'),
  );
  assert.equal(after?.status, 'rejected', 'no twin comes up as open in its place');
  const between = await system.services.db
    .selectFrom('person_match_suggestions')
    .select('status')
    .where((eb) =>
      eb.and([
        eb('person_a', 'in', [id('Ava Quinn'), id('Ben Ortiz'), id('Cara Novak'), id('Dev Kaur')]),
        eb('person_b', 'in', [id('Ava Quinn'), id('Ben Ortiz'), id('Cara Novak'), id('Dev Kaur')]),
      ]),
    )
    .execute();
  assert.deepEqual(between.map((row) => row.status).sort(), ['open', 'rejected', 'rejected', 'rejected']);
  const events = (await rejections()).slice(before.length);
  assert.equal(events.length, 1, 'one decision, one audit event');
  assert.equal(events[0]?.rejected.length, 3);
  // Eli Ward's identity is another question: rejecting Cara Novak's leaves Ben Ortiz–Eli Ward as it was.
  assert.equal(await statusOf(eliOpen), 'open');
});

async function rejections() {
  const { rows } = await sql<{ details: { rejected: string[] } }>`
    select details from audit_events where action = 'person.suggestion.reject' order by seq`.execute(
    system.services.db,
  );
  return rows.map((row) => row.details);
}

test('a merge closes every open suggestion between the two identities; its undo reopens only those', async () => {
  // Fay Lund's identity takes in Gus Hale; Hana Roth's is joined to it later and then split off again.
  const fayGus = await suggest('Fay Lund', 'Gus Hale');
  await merge('Fay Lund', 'Gus Hale');
  const fayHana = await suggest('Fay Lund', 'Hana Roth');
  const gusHana = await suggest('Gus Hale', 'Hana Roth');
  const gusEli = await suggest('Gus Hale', 'Eli Ward');
  assert.equal(await statusOf(fayGus), 'merged');

  const merged = await merge('Fay Lund', 'Hana Roth');
  assert.deepEqual(
    [await statusOf(fayHana), await statusOf(gusHana), await statusOf(gusEli)],
    ['merged', 'merged', 'open'],
    'the merge answers Gus Hale–Hana Roth too, and nothing outside the two identities',
  );
  assert.deepEqual(
    (await service().get(analyst, id('Gus Hale'))).suggestions.map((s) => s.other.id),
    [id('Eli Ward')],
  );

  await service().undo(analyst, merged.id, 'Two sisters');
  assert.deepEqual(
    [await statusOf(fayHana), await statusOf(gusHana), await statusOf(fayGus), await statusOf(gusEli)],
    ['open', 'open', 'merged', 'open'],
    'reopened between the separated sides; Fay Lund–Gus Hale stays merged as they still are',
  );
  const shown = (await service().get(analyst, id('Gus Hale'))).suggestions;
  assert.deepEqual(shown.map((s) => s.other.id).sort(), [id('Eli Ward'), id('Hana Roth')].sort());
  assert.ok(shown.every((s) => s.status === 'open'));
});
