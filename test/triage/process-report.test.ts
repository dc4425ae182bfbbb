import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { processReport, type ReportForProcessing } from '../../src/modules/triage/process-report.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

let system: TestSystem;
before(async () => {
  system = await createTestSystem();
});
after(async () => {
  await system.close();
});

const base = (overrides: Partial<ReportForProcessing>): ReportForProcessing => ({
  reportId: randomUUID(),
  submittedOn: '2026-11-20',
  texts: [],
  structured: [],
  childInvolved: false,
  cuckooingSigns: false,
  advertisesDrugs: false,
  ...overrides,
});

const run = (report: ReportForProcessing) =>
  system.services.db
    .transaction()
    .execute((tx) => processReport(tx, { ...system.services, thresholds: defaultThresholds }, report));

test('free text and structured answers resolve to the same entities, and a child found in the text raises the alert', async () => {
  const first = await run(
    base({
      texts: [
        {
          field: 'details',
          text: 'a lad about 14 in school uniform collecting from 42 hatfield rd, number 07700 900321',
        },
      ],
    }),
  );
  assert.deepEqual(
    first.alerts.map((a) => a.kind),
    ['child_safeguarding'],
  );
  assert.deepEqual(first.entities.map((e) => e.kind).sort(), ['location', 'phone']);

  const second = await run(
    base({
      structured: [{ kind: 'phone', key: '+447700900321', label: '+447700900321', field: 'phones.0.number' }],
      texts: [{ field: 'details', text: 'same number texting "bits available 24/7"' }],
    }),
  );
  const phone = (r: typeof first) => r.entities.find((e) => e.kind === 'phone')?.id;
  assert.equal(phone(second), phone(first), 'typed into a field or written in the text, one number is one entity');
  assert.ok(second.alerts.some((a) => a.kind === 'possible_deal_line'));
});

test('processing the same report twice adds nothing', async () => {
  const report = base({ texts: [{ field: 'details', text: 'van AB12 CDE outside 7 Victoria Street every night' }] });
  await run(report);
  const again = await run(report);
  assert.deepEqual(again.entities, []);
  assert.deepEqual(again.alerts, []);
});

test('a child seen using drugs is a welfare alert for safeguarding, not a County Lines exploitation alert', async () => {
  const using = await run(
    base({ texts: [{ field: 'details', text: 'teenagers smoking weed outside 14 hatfield rd every evening' }] }),
  );
  assert.deepEqual(
    using.alerts.map((a) => a.kind),
    ['child_drug_use'],
  );
  const selling = await run(
    base({ texts: [{ field: 'details', text: 'teenagers selling weed outside 16 hatfield rd every evening' }] }),
  );
  assert.deepEqual(
    selling.alerts.map((a) => a.kind),
    ['child_safeguarding'],
  );
  const ticked = await run(
    base({
      texts: [{ field: 'details', text: 'my son smokes weed at 18 hatfield rd' }],
      childInvolved: true,
      exploitationSigns: ['CCE_UNEXPLAINED_MONEY'],
    }),
  );
  assert.deepEqual(
    ticked.alerts.map((a) => a.kind),
    ['child_safeguarding'],
  );
});

test('adult descriptions and a child merely present raise no child alert', async () => {
  for (const text of [
    'an older man with a London accent collects money from 20 hatfield rd every Friday',
    'boy racers revving outside 22 hatfield rd late at night',
    'kids on e-bikes racing up and down outside 24 hatfield rd',
  ]) {
    const result = await run(base({ texts: [{ field: 'details', text }] }));
    assert.deepEqual(
      result.alerts.map((a) => a.kind),
      [],
      text,
    );
  }
});

test('a home taken over needs activity at the home, from the form or the text', async () => {
  const family = await run(
    base({
      texts: [{ field: 'details', text: 'worried about the lady at 30 hatfield rd, a young man has moved in' }],
      homeAtRisk: true,
    }),
  );
  assert.deepEqual(
    family.alerts.map((a) => a.kind),
    [],
  );
  const cuckooed = await run(
    base({
      texts: [
        { field: 'details', text: 'the lady at 32 hatfield rd has had her home taken over, lads coming and going' },
      ],
      homeAtRisk: true,
    }),
  );
  assert.deepEqual(
    cuckooed.alerts.map((a) => a.kind),
    ['possible_cuckooing'],
  );
});

test('signs in one answer count for a child named in another answer, or ticked on the form', async () => {
  const described = await run(
    base({
      texts: [
        { field: 'who.people.0.description', text: 'boy in school uniform, about 14' },
        {
          field: 'anything-else.details',
          text: 'He collects from 07700 900881 outside 40 Hatfield Road most evenings',
        },
      ],
    }),
  );
  assert.deepEqual(
    described.alerts.map((a) => a.kind),
    ['child_safeguarding'],
  );
  const ticked = await run(
    base({
      texts: [{ field: 'anything-else.details', text: 'He collects from 07700 900882 outside 42 Hatfield Road' }],
      childInvolved: true,
    }),
  );
  assert.deepEqual(
    ticked.alerts.map((a) => a.kind),
    ['child_safeguarding'],
  );
});
