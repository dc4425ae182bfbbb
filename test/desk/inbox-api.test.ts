import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  handler: testActor('handler-1', ['call_handler']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
};

describe('the inbox and the report page', () => {
  const staff = useStaffAppByHeader(actors);
  const ids: Record<string, string> = {};
  before(async () => {
    const submit = async (name: string, answers: ReportAnswers) => {
      ids[name] = await recordWebReport(staff.system.services, answers);
    };
    await submit('ordinary', {
      about: { categories: ['drug_use'] },
      'anything-else': { details: 'people smoking weed in the park' },
    });
    staff.system.clock.advance(86_400_000);
    await submit('child', {
      about: { categories: ['young_person'] },
      who: {
        people: [{ description: 'boy in school uniform' }],
        childInvolved: 'yes',
        vulnerableAdultInvolved: 'unknown',
        lifeAtRisk: 'no',
      },
      'anything-else': { details: 'he collects from 07700 900888 outside 12 Hatfield Road' },
      contact: { choice: 'contact', name: 'A Neighbour', phone: '07700 900111', safeToContact: 'yes' },
    });
    await processWaitingReports({ ...staff.system.services, thresholds: defaultThresholds });
  });

  const get = (url: string, actor: string) =>
    staff.app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor } });

  test('a child at risk comes first even though it arrived later, with its waiting clock and alert count', async () => {
    const response = await get('/api/inbox', 'analyst');
    assert.equal(response.statusCode, 200);
    const items = response.json<{
      items: { id: string; priority: string; daysWaiting: number; alertCount: number; processing: string }[];
    }>().items;
    assert.deepEqual(
      items.map((i) => i.id),
      [ids.child, ids.ordinary],
    );
    const [first, second] = items;
    assert.ok(first && second);
    assert.equal(first.priority, 'high');
    assert.equal(second.daysWaiting, 1);
    assert.ok(first.alertCount >= 1);
    assert.equal(first.processing, 'done');
    const filtered = await get('/api/inbox?category=drug_use', 'analyst');
    assert.deepEqual(
      filtered.json<{ items: { id: string }[] }>().items.map((i) => i.id),
      [ids.ordinary],
    );
  });

  test('the report page shows answers and highlighted entities, but no contact details', async () => {
    const response = await get(`/api/reports/${ids.child ?? ''}`, 'analyst');
    assert.equal(response.statusCode, 200);
    const body = response.json<{
      answers: Record<string, unknown>;
      hasContactDetails: boolean;
      texts: { entities: { phones: { e164: string }[] } }[];
    }>();
    assert.equal(body.hasContactDetails, true);
    assert.equal('contact' in body.answers, false);
    assert.ok(!response.body.includes('A Neighbour'));
    assert.ok(body.texts.some((t) => t.entities.phones.some((p) => p.e164 === '+447700900888')));
  });

  test('contact details need a reason, which is audited', async () => {
    const url = `/api/reports/${ids.child ?? ''}/contact`;
    const noReason = await staff.app.inject({
      method: 'POST',
      url,
      headers: { 'x-test-actor': 'analyst' },
      payload: {},
    });
    assert.equal(noReason.statusCode, 400);
    const ok = await staff.app.inject({
      method: 'POST',
      url,
      headers: { 'x-test-actor': 'analyst' },
      payload: { reason: 'Call back about the child' },
    });
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /A Neighbour/);
    const audit = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('subject_id', '=', ids.child ?? '')
      .execute();
    assert.ok(audit.some((e) => e.action === 'report.read_contact' && e.reason === 'Call back about the child'));
  });

  test('call handlers and partners cannot read the inbox or reports', async () => {
    assert.equal((await get('/api/inbox', 'handler')).statusCode, 403);
    assert.equal((await get(`/api/reports/${ids.child ?? ''}`, 'partner')).statusCode, 403);
    assert.equal((await get('/api/inbox', 'nobody')).statusCode, 401);
  });
});
