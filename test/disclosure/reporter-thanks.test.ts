import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { thankYouMessages } from '../../src/modules/reports/report-thanks.ts';
import { recordWebReport } from '../support/reports.ts';
import { signInTestActorsByHeader, testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Thanking a reporter (issue 16, ADR 0041): only one of the approved messages, never free text;
// the reporter reads it in their inbox; the report's generic status does not move; audited.

describe('reports: approved thank-you messages to a reporter', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let reportId = '';
  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    signInTestActorsByHeader(app, {
      analyst: testActor('analyst-1', ['intelligence_analyst']),
      officer: testActor('officer-1', ['officer']),
    });
    reportId = await recordWebReport(system.services, { about: { categories: ['dealing_place'] } } as never);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  const thank = (actor: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/reports/${reportId}/thanks`, headers: { 'x-test-actor': actor }, payload });

  test('the list is the approved messages, for those who may message reporters', async () => {
    const list = await app.inject({
      method: 'GET',
      url: '/api/report-thank-you-messages',
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      list.json<{ templates: { id: string }[] }>().templates.map((t) => t.id),
      thankYouMessages.map((m) => m.id),
    );
    const denied = await app.inject({
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
    const inbox = await system.services.reportMessages.readInbox(reportId);
    assert.equal(inbox.status, 'received', 'a thank-you never moves the status');
    assert.deepEqual(
      inbox.messages.map((m) => m.body),
      [thankYouMessages.find((m) => m.id === 'area-results')?.text],
    );
    const events = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'report.thanked')
      .execute();
    assert.equal(events.length, 1);
    assert.match(JSON.stringify(events[0]?.details), /area-results/);
  });
});
