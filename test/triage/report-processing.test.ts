import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { recordWebReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

let system: TestSystem;
before(async () => {
  system = await createTestSystem();
});
after(async () => {
  await system.close();
});

async function submit(answers: ReportAnswers): Promise<string> {
  const { services } = system;
  return await recordWebReport(services, answers);
}

const deps = () => ({ ...system.services, thresholds: defaultThresholds });

test('a stored report is queued in its own commit, then extracted, linked and correlated by the worker', async () => {
  const first = await submit({
    about: { categories: ['phone_messages'] },
    phones: { phones: [{ number: '07700 900777', messageText: 'bits available all day ring 07700 900777' }] },
    'anything-else': { details: 'the lad collecting is about 14 and comes to 12 Hatfield Road' },
  });
  const queued = await system.services.db
    .selectFrom('report_processing')
    .selectAll()
    .where('report_id', '=', first)
    .executeTakeFirstOrThrow();
  assert.equal(queued.state, 'pending');
  assert.equal(await processWaitingReports(deps()), 1);

  const done = await system.services.db
    .selectFrom('report_processing')
    .selectAll()
    .where('report_id', '=', first)
    .executeTakeFirstOrThrow();
  assert.equal(done.state, 'done');
  const mentions = await system.services.db
    .selectFrom('pole_mentions')
    .select(['field'])
    .where('report_id', '=', first)
    .execute();
  assert.ok(
    mentions.some((m) => m.field === 'phones.0.number'),
    'the typed number',
  );
  assert.ok(
    mentions.some((m) => m.field === 'anything-else.details'),
    'the address in the details',
  );
  const alerts = await system.services.db
    .selectFrom('correlation_alert_reports as r')
    .innerJoin('correlation_alerts as a', 'a.id', 'r.alert_id')
    .select('a.kind')
    .where('r.report_id', '=', first)
    .execute();
  assert.deepEqual(alerts.map((a) => a.kind).sort(), ['child_safeguarding', 'possible_deal_line']);
  assert.equal(await processWaitingReports(deps()), 0, 'nothing is processed twice');
});

test('a report that cannot be processed is marked failed for a retry and does not block the others', async () => {
  const broken = await submit({ about: { categories: ['something_else'] }, 'anything-else': { details: 'x' } });
  await system.services.db
    .updateTable('reports')
    .set({ answers_sealed: new Uint8Array([1, 2, 3]) })
    .where('id', '=', broken)
    .execute();
  const fine = await submit({
    about: { categories: ['vehicle'] },
    vehicles: { vehicles: [{ registration: 'AB12 CDE' }] },
  });
  assert.equal(await processWaitingReports(deps()), 1);
  const states = await system.services.db
    .selectFrom('report_processing')
    .select(['report_id', 'state', 'attempts'])
    .where('report_id', 'in', [broken, fine])
    .execute();
  assert.deepEqual(
    Object.fromEntries(states.map((s) => [s.report_id === broken ? 'broken' : 'fine', [s.state, s.attempts]])),
    {
      broken: ['failed', 1],
      fine: ['done', 1],
    },
  );
});
