import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { buildActor } from '../../src/modules/access/index.ts';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { namesInAnswer } from '../../src/modules/extraction/answer-names.ts';
import { processReport } from '../../src/modules/triage/process-report.ts';
import { reportForProcessing } from '../../src/modules/triage/report-adapter.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 12: the "names or nicknames" answer is all names, so it needs no cue like "called":
// "Marcus Reid aka Tiny" is the person Marcus Reid and the nickname Tiny (it gave only "Tiny").
let system: TestSystem;
const analyst = buildActor({
  userId: 'analyst-1',
  displayName: 'Analyst',
  roles: ['intelligence_analyst'],
  teamIds: [],
  partnerOrganisationId: null,
});
before(async () => {
  system = await createTestSystem();
});
after(async () => {
  await system.close();
});

test('a names answer is split into names and nicknames', () => {
  assert.deepEqual(namesInAnswer('Marcus Reid aka Tiny'), [
    { name: 'Marcus Reid', kind: 'name' },
    { name: 'Tiny', kind: 'nickname', aliasOf: 'Marcus Reid' },
  ]);
  assert.deepEqual(namesInAnswer('Jay, known as "J-Dog" / Kev'), [
    { name: 'Jay', kind: 'name' },
    { name: 'J-Dog', kind: 'nickname', aliasOf: 'Jay' },
    { name: 'Kev', kind: 'name' },
  ]);
  assert.deepEqual(namesInAnswer('I do not know'), []);
  assert.deepEqual(namesInAnswer('   '), []);
});

test('people typed in the names answer become person entities, like names in free text', async () => {
  const report = reportForProcessing(
    {
      id: randomUUID(),
      submittedOn: '2026-11-20',
      categories: ['dealing_place'],
      childInvolved: false,
      vulnerableAdultInvolved: false,
    },
    {
      about: { categories: ['dealing_place'] },
      who: {
        people: [{ description: 'tall, grey tracksuit', names: 'Marcus Reid aka Tiny' }],
        childInvolved: 'no',
        vulnerableAdultInvolved: 'no',
        lifeAtRisk: 'no',
      },
    },
  );
  const result = await system.services.db
    .transaction()
    .execute((tx) => processReport(tx, { ...system.services, thresholds: defaultThresholds }, report));
  const people = result.entities.filter((entity) => entity.kind === 'person');
  const labels = await Promise.all(
    people.map(async (person) => (await system.services.entities.get(analyst, person.id)).label),
  );
  assert.deepEqual(labels.sort(), ['Marcus Reid', '“Tiny”']);
  // "aka": the nickname is recorded as the person's alias, a link of its own beside the co-mention.
  const links = await system.services.db
    .selectFrom('pole_links')
    .select(['kind'])
    .where(
      'entity_a',
      'in',
      people.map((p) => p.id),
    )
    .where(
      'entity_b',
      'in',
      people.map((p) => p.id),
    )
    .execute();
  assert.deepEqual(links.map((l) => l.kind).sort(), ['alias', 'person–person']);
  // The person's page lists the nickname under "also known as".
  const marcus = people.find((p) => p.observation.label === 'Marcus Reid');
  assert.ok(marcus);
  const page = await system.services.entities.get(analyst, marcus.id);
  assert.deepEqual(
    page.aliases.map((a) => a.label),
    ['“Tiny”'],
  );
});

test('a nickname on its own, or after a comma, is not anyone’s alias', () => {
  assert.deepEqual(namesInAnswer('"Tiny", Marcus Reid'), [
    { name: 'Tiny', kind: 'nickname' },
    { name: 'Marcus Reid', kind: 'name' },
  ]);
  assert.deepEqual(namesInAnswer('aka Tiny'), [{ name: 'Tiny', kind: 'nickname' }]);
  assert.deepEqual(namesInAnswer('Marcus Reid, also called Tiny'), [
    { name: 'Marcus Reid', kind: 'name' },
    { name: 'Tiny', kind: 'nickname', aliasOf: 'Marcus Reid' },
  ]);
});
