import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { findAuditEventsForSubject } from '../../src/platform/audit/audit.repository.ts';
import { staffClient, type StaffClient, userWithSession } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Signed in for real (a staff session cookie and its CSRF token), as the staff web app is.
describe('staff API: questions to a reporter', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let reportId: string;
  let analyst: { userId: string; client: StaffClient };
  let officer: { userId: string; client: StaffClient };

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    analyst = await userWithSession(system, app, ['intelligence_analyst']);
    officer = await userWithSession(system, app, ['officer']);
    reportId = await recordWebReport(system.services, { about: { categories: ['drug_use'] } });
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  const post = (client: StaffClient, id: string, payload: Record<string, unknown>) =>
    client.request({ method: 'POST', url: `/api/reports/${id}/messages`, payload });
  const list = (client: StaffClient, id: string) =>
    client.request({ method: 'GET', url: `/api/reports/${id}/messages` });

  test('without a signed-in member of staff both routes answer 401', async () => {
    const nobody = staffClient(app);
    await nobody.request({ method: 'GET', url: '/api/auth/session' }); // a CSRF token before sign-in
    for (const response of [await post(nobody, reportId, { body: 'hi' }), await list(nobody, reportId)]) {
      assert.equal(response.statusCode, 401);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      assert.equal(response.json<{ type: string }>().type, 'urn:linebreak:unauthenticated');
    }
  });

  test('an analyst posts a question and reads the thread; each is audited with who, what, which report and the request', async () => {
    const posted = await post(analyst.client, reportId, { body: '  Is the side door used at night?  ' });
    assert.equal(posted.statusCode, 201);
    const message = posted.json<Record<string, unknown>>();
    assert.deepEqual(Object.keys(message).sort(), ['author', 'body', 'id', 'sentOn', 'staffUserId']);
    assert.equal(message.body, 'Is the side door used at night?');
    assert.equal(message.author, 'staff');
    assert.equal(message.staffUserId, analyst.userId);
    assert.equal(message.sentOn, '2026-11-26');
    const read = await list(analyst.client, reportId);
    assert.equal(read.statusCode, 200);
    assert.deepEqual(
      read.json<{ messages: { body: string }[] }>().messages.map((m) => m.body),
      ['Is the side door used at night?'],
    );
    const events = await findAuditEventsForSubject(system.services.db, 'report', reportId);
    const staffEvents = events.filter((event) => event.actor_type === 'staff');
    assert.deepEqual(
      staffEvents.map((event) => [event.action, event.actor_id]),
      [
        ['report.message_posted', analyst.userId],
        ['report.messages_read', analyst.userId],
      ],
    );
    for (const event of staffEvents) assert.match(event.request_id ?? '', /^[0-9a-f-]{36}$/);
  });

  test('without the permission, or for a report that does not exist, the answer is the same 404', async () => {
    const denied = await list(officer.client, reportId);
    assert.equal(denied.statusCode, 404);
    assert.deepEqual(denied.json(), {
      type: 'urn:linebreak:not_found_or_no_access',
      title: 'Not found or no access',
      status: 404,
      detail: 'Not found or no access',
    });
    assert.equal((await post(officer.client, reportId, { body: 'x' })).statusCode, 404);
    const missing = await list(analyst.client, '00000000-0000-4000-8000-000000000000');
    assert.deepEqual(missing.json(), denied.json());
    assert.equal((await list(analyst.client, 'not-a-uuid')).statusCode, 404);
    const denials = (await findAuditEventsForSubject(system.services.db, 'report', reportId)).filter((event) =>
      event.action.endsWith('.denied'),
    );
    assert.deepEqual(
      denials.map((event) => [event.action, event.actor_id]),
      [
        ['report.messages_read.denied', officer.userId],
        ['report.message_posted.denied', officer.userId],
      ],
    );
  });

  test('an empty or oversized question is a 400 problem naming the field', async () => {
    const empty = await post(analyst.client, reportId, { body: ' ' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(empty.json<{ errors: unknown }>().errors, [
      { field: 'body', message: 'Enter the question for the reporter' },
    ]);
    assert.equal((await post(analyst.client, reportId, { body: 'q'.repeat(2001) })).statusCode, 400);
    assert.equal((await post(analyst.client, reportId, {})).statusCode, 400);
  });
});
