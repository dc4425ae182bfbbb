import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { testActor, testAdminActor } from '../support/staff.ts';
import { peopleSeenOnceEach } from '../support/pole.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// An analyst's "not the same person" between two people holds for the identities that hold them:
// when one of them is later merged with someone else, a suggestion between the two identities
// (stored for another pair of their members) is shown as the rejection, with who made it and
// when, not as an open question. Undoing the later merge leaves things as they were; a merge
// over the rejection is still possible, and its undo leaves the rejection standing.

let system: TestSystem;
let analyst = testActor('unset', ['intelligence_analyst']);
const people = new Map<string, string>();
const names = ['Ava Quinn', 'Ben Ortiz', 'Cara Novak', 'Dev Kaur', 'Eli Ward'];
const postcodes = ['AL1 3JX', 'AL3 5BU', 'AL3 4DG', 'AL1 1AA', 'AL2 2BB'];

const id = (name: string) => people.get(name) ?? assert.fail(`no ${name}`);
const service = () => system.services.personResolution;
const merge = (survivor: string, merged: string) =>
  service().merge(analyst, { survivorId: id(survivor), mergedId: id(merged), reason: 'Same person on PNC' });

/** Stores an open suggestion as the resolver would when a later report names one of the pair. */
async function suggest(one: string, other: string) {
  const [a, b] = [id(one), id(other)].sort();
  const row = await system.services.db
    .insertInto('person_match_suggestions')
    .values({ person_a: a ?? '', person_b: b ?? '', score: 0.8, decision: 'possible', suggested_on: '2026-11-20' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function stored(suggestionId: string) {
  return system.services.db
    .selectFrom('person_match_suggestions')
    .select(['status', 'decided_by'])
    .where('id', '=', suggestionId)
    .executeTakeFirstOrThrow();
}

/** What the person page shows about the other person's identity. */
async function shownBetween(person: string, other: string) {
  const page = await service().get(analyst, id(person));
  const root = (await service().get(analyst, id(other))).identity.id;
  const shown = page.suggestions.filter((s) => s.other.id === root);
  assert.ok(shown.length <= 1, 'one entry per other identity');
  return shown[0];
}

let rejectedOn = '';

before(async () => {
  system = await createTestSystem();
  const { user } = await system.services.users.createUser(testAdminActor, {
    email: 'priya.shah@example.police.uk',
    displayName: 'Priya Shah',
    roles: ['intelligence_analyst'],
    teamIds: [],
    partnerOrganisationId: null,
  });
  analyst = testActor(user.id, ['intelligence_analyst']);
  for (const [name, id] of await peopleSeenOnceEach(system, names, postcodes)) people.set(name, id);
  rejectedOn = system.clock.now().toISOString().slice(0, 10);
});
after(async () => {
  await system.close();
});

test('a rejection stays shown, with who made it and when, after either person is merged with someone else', async () => {
  const avaBen = await suggest('Ava Quinn', 'Ben Ortiz');
  await service().reject(analyst, avaBen, 'Different dates of birth on PNC');
  const rejection = { by: 'Priya Shah', on: rejectedOn };
  assert.equal((await shownBetween('Ava Quinn', 'Ben Ortiz'))?.status, 'rejected');

  // Cara Novak takes in Ava Quinn; a later report suggests Cara Novak is Ben Ortiz.
  await merge('Cara Novak', 'Ava Quinn');
  const caraBen = await suggest('Cara Novak', 'Ben Ortiz');
  for (const [person, other] of [
    ['Cara Novak', 'Ben Ortiz'],
    ['Ava Quinn', 'Ben Ortiz'],
    ['Ben Ortiz', 'Cara Novak'],
  ] as const) {
    const shown = await shownBetween(person, other);
    assert.deepEqual(
      [shown?.id, shown?.status, shown?.decided],
      [avaBen, 'rejected', rejection],
      `${person}'s page shows the rejection of Ava Quinn–Ben Ortiz, not Cara Novak–Ben Ortiz as open`,
    );
  }
  assert.equal((await stored(caraBen)).status, 'open', 'nothing is decided in anyone’s name');

  // The other side too: Dev Kaur takes in Ben Ortiz, and a report suggests Dev Kaur is Cara Novak.
  await merge('Dev Kaur', 'Ben Ortiz');
  const caraDev = await suggest('Cara Novak', 'Dev Kaur');
  const shown = await shownBetween('Dev Kaur', 'Cara Novak');
  assert.deepEqual([shown?.id, shown?.status, shown?.decided], [avaBen, 'rejected', rejection]);
  assert.deepEqual(
    (await service().get(analyst, id('Cara Novak'))).suggestions.map((s) => [s.other.id, s.status]),
    [[id('Dev Kaur'), 'rejected']],
    'one entry for Dev Kaur’s identity, the rejection',
  );
  assert.equal((await stored(caraDev)).status, 'open');
});

test('undoing the merges that joined them leaves each suggestion as it was', async () => {
  const merges = (await service().get(analyst, id('Cara Novak'))).merges;
  const caraAva = merges.find((m) => m.merged.id === id('Ava Quinn'));
  assert.ok(caraAva);
  await service().undo(analyst, caraAva.id, 'Two cousins');

  // Cara Novak alone was never said to be someone else: her suggestion with Dev Kaur's identity is open.
  assert.deepEqual(
    [(await shownBetween('Cara Novak', 'Dev Kaur'))?.status, (await shownBetween('Cara Novak', 'Dev Kaur'))?.decided],
    ['open', null],
  );
  // Ava Quinn is still rejected as Ben Ortiz (now in Dev Kaur's identity).
  const ava = await shownBetween('Ava Quinn', 'Dev Kaur');
  assert.deepEqual([ava?.status, ava?.decided], ['rejected', { by: 'Priya Shah', on: rejectedOn }]);
});

test('two identities with a rejected pair can still be merged; undoing it leaves the rejection standing', async () => {
  const avaBen = (await shownBetween('Ava Quinn', 'Ben Ortiz'))?.id;
  assert.ok(avaBen);
  const before = await stored(avaBen);
  // Dev Kaur's identity (with Ben Ortiz) is merged into Ava Quinn's over the rejection.
  const merged = await merge('Ava Quinn', 'Dev Kaur');
  const joined = await service().get(analyst, id('Ben Ortiz'));
  assert.deepEqual(joined.members.map((m) => m.id).sort(), [id('Ava Quinn'), id('Ben Ortiz'), id('Dev Kaur')].sort());
  assert.deepEqual(await stored(avaBen), before, 'the rejection is history the merge does not rewrite');

  await service().undo(analyst, merged.id, 'The custody photographs differ');
  assert.deepEqual(await stored(avaBen), before, 'not reopened: the rejection stands as it did before the merge');
  const shown = await shownBetween('Ben Ortiz', 'Ava Quinn');
  assert.deepEqual(
    [shown?.id, shown?.status, shown?.decided],
    [avaBen, 'rejected', { by: 'Priya Shah', on: rejectedOn }],
  );

  // The same when the two people rejected are themselves the ones merged.
  const caraEli = await suggest('Cara Novak', 'Eli Ward');
  await service().reject(analyst, caraEli, 'Eli Ward was in custody that week');
  const rejectedCaraEli = await stored(caraEli);
  const direct = await merge('Cara Novak', 'Eli Ward');
  assert.deepEqual(await stored(caraEli), rejectedCaraEli, 'a merge of the very pair leaves its rejection as it was');
  await service().undo(analyst, direct.id, 'Custody record confirms Eli Ward was inside');
  assert.deepEqual(await stored(caraEli), rejectedCaraEli);
  assert.equal((await shownBetween('Eli Ward', 'Cara Novak'))?.status, 'rejected');

  const { rows } = await sql<{ action: string }>`
    select action from audit_events where action like 'person.%' and action <> 'person.resolution.read'
    order by seq`.execute(system.services.db);
  assert.deepEqual(
    rows.map((row) => row.action),
    [
      'person.suggestion.reject',
      'person.merge',
      'person.merge',
      'person.merge.undo',
      'person.merge',
      'person.merge.undo',
      'person.suggestion.reject',
      'person.merge',
      'person.merge.undo',
    ],
    'each decision audited as before',
  );
});
