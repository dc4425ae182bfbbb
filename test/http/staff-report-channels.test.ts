import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import type { StaffActor } from '../../src/modules/access/index.ts';
import { createPublicApp } from '../../src/main/public-app.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { onlyReportId, openStoredReport } from '../support/reports.ts';
import { actAs, testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 12, the staff channels: the phone form records the 101 incident or Crimestoppers
// reference and speaks to the call handler; both forms lead back to the staff site.
describe('the phone and partner forms on the staff site', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let actor: StaffActor | null = null;

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    actAs(app, () => actor);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('every page of both forms links back to the staff site', async () => {
    actor = testActor('handler-1', ['call_handler']);
    const phone = journeyClient(app, { prefix: '/phone-report', cookieName: 'lb_phone_report' });
    assert.match(
      (await phone.get('/phone-report')).body,
      /<a class="govuk-link" href="\/app\/">Back to the staff site<\/a>/,
    );
    await phone.walk(fullAnswers, 'when');
    assert.match((await phone.get('/phone-report/where')).body, /href="\/app\/">Back to the staff site</);
    actor = testActor('partner-1', ['partner_agency']);
    assert.match(
      (await app.inject({ method: 'GET', url: '/partner-report' })).body,
      /href="\/app\/">Back to the staff site</,
    );
  });

  test('a call handler records the 101 or Crimestoppers reference, and is spoken to as a call handler', async () => {
    actor = testActor('handler-2', ['call_handler']);
    const phone = journeyClient(app, { prefix: '/phone-report', cookieName: 'lb_phone_report' });
    await phone.walk(fullAnswers, 'anything-else');
    const page = await phone.get('/phone-report/anything-else');
    assert.match(page.body, /101 incident number or Crimestoppers reference/);
    assert.match(page.body, /Ask the caller/);
    const bad = await phone.post('/phone-report/anything-else', { details: '', callReference: '<script>' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Enter the reference using letters, numbers, spaces, slashes and hyphens/);
    assert.equal(
      await phone.answer('anything-else', { details: '', callReference: 'HC-20261204-0117' }),
      '/phone-report/contact',
    );
    await phone.answer('contact', { choice: 'anonymous' });
    assert.match((await phone.get('/phone-report/check')).body, /HC-20261204-0117/);
    await phone.send();
    const stored = await openStoredReport(system.services, await onlyReportId(system.services));
    assert.equal(stored.answers['anything-else']?.callReference, 'HC-20261204-0117');
  });

  test('the public form neither asks for nor keeps a call reference', async () => {
    const publicApp = await createPublicApp(system.services);
    try {
      const web = journeyClient(publicApp);
      await web.walk(fullAnswers, 'anything-else');
      assert.doesNotMatch(
        (await web.get('/report/anything-else')).body,
        /Crimestoppers reference|Back to the staff site/,
      );
      await web.answer('anything-else', { details: 'x', callReference: 'HC-1' });
      assert.doesNotMatch((await web.get('/report/check')).body, /HC-1/);
    } finally {
      await publicApp.close();
    }
  });
});
