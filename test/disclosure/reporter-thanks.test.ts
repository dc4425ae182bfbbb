import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { thankYouMessages } from '../../src/modules/reports/report-thanks.ts';
import { recordWebReport } from '../support/reports.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Thanking a reporter (issue 16, ADR 0041): only one of the approved messages, never free text;
// the reporter reads it in their inbox; the report's generic status does not move; audited.

describe('reports: approved thank-you messages to a reporter', () => {
  const staff = useStaffAppByHeader({
    analyst: testActor('analyst-1', ['intelligence_analyst']),
    officer: testActor('officer-1', ['officer']),
  });
  let reportId = '';
  before(async () => {
    reportId = await recordWebReport(staff.system.services, { about: { categories: ['dealing_place'] } } as never);
  });

  const thank = (actor: string, payload: Record<string, unknown>) =>
    staff.app.inject({
      method: 'POST',
      url: `/api/reports/${reportId}/thanks`,
      headers: { 'x-test-actor': actor },
      payload,
    });

  test('the list is the approved messages, for those who may message reporters', async () => {
    const list = await staff.app.inject({
      method: 'GET',
      url: '/api/report-thank-you-messages',
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      list.json<{ templates: { id: string }[] }>().templates.map((t) => t.id),
      thankYouMessages.map((m) => m.id),
    );
    const denied = await staff.app.inject({
      method: 'GET',
      url: '/api/report-thank-you-messages',
      headers: { 'x-test-actor': 'officer' },
    });
    assert.equal(denied.statusCode, 403);
  });

  test('free text is refused; an approved message reaches the inbox and the status stays generic', async () => {
    const free = await thank('analyst', { message: 'We arrested him yesterday, thanks!' });
    assert.equal(free.statusCode, 400);
    assert.equal(free.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal((await thank('officer', { message: 'useful' })).statusCode, 404, 'no access looks like no report');

    const sent = await thank('analyst', { message: 'area-results' });
    assert.equal(sent.statusCode, 201);
    const inbox = await staff.system.services.reportMessages.readInbox(reportId);
    assert.equal(inbox.status, 'received', 'a thank-you never moves the status');
    assert.deepEqual(
      inbox.messages.map((m) => m.body),
      [thankYouMessages.find((m) => m.id === 'area-results')?.text],
    );
    const events = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'report.thanked')
      .execute();
    assert.equal(events.length, 1);
    assert.match(JSON.stringify(events[0]?.details), /area-results/);
  });
});
