import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StaffActor } from '../../src/modules/access/index.ts';
import { createPublicApp } from '../../src/main/public-app.ts';
import { has, labelFor, links, one, parseHtml, summaryRows, textOf } from '../support/html.ts';
import { errorSummary, fullAnswers, journeyClient } from '../support/journey-client.ts';
import { onlyReportId, openStoredReport } from '../support/reports.ts';
import { testActor, useStaffApp } from '../support/staff.ts';

/** Whether the page links back to the staff site, by that name. */
function backToStaff(body: string): boolean {
  return links(parseHtml(body)).some((link) => link.href === '/app/' && link.text === 'Back to the staff site');
}

// Issue 12, the staff channels: the phone form records the 101 incident or Crimestoppers
// reference and speaks to the call handler; both forms lead back to the staff site.
describe('the phone and partner forms on the staff site', () => {
  let actor: StaffActor | null = null;
  const staff = useStaffApp(() => actor);

  test('every page of both forms links back to the staff site', async () => {
    actor = testActor('handler-1', ['call_handler']);
    const phone = journeyClient(staff.app, { prefix: '/phone-report', cookieName: 'lb_phone_report' });
    assert.ok(backToStaff((await phone.get('/phone-report')).body), 'the phone start page');
    await phone.walk(fullAnswers, 'when');
    assert.ok(backToStaff((await phone.get('/phone-report/where')).body), 'a phone journey page');
    actor = testActor('partner-1', ['partner_agency']);
    assert.ok(
      backToStaff((await staff.app.inject({ method: 'GET', url: '/partner-report' })).body),
      'the partner start page',
    );
  });

  test('a call handler records the 101 or Crimestoppers reference, and is spoken to as a call handler', async () => {
    actor = testActor('handler-2', ['call_handler']);
    const phone = journeyClient(staff.app, { prefix: '/phone-report', cookieName: 'lb_phone_report' });
    await phone.walk(fullAnswers, 'anything-else');
    const page = await phone.get('/phone-report/anything-else');
    const form = parseHtml(page.body);
    assert.match(
      labelFor(form, one(form, 'input[name="callReference"]')),
      /101 incident number or Crimestoppers reference/,
    );
    assert.match(textOf(one(form, 'main')), /Ask the caller/);
    const bad = await phone.post('/phone-report/anything-else', { details: '', callReference: '<script>' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(errorSummary(bad.body), [
      '#callReference Enter the reference using letters, numbers, spaces, slashes and hyphens',
    ]);
    assert.equal(
      await phone.answer('anything-else', { details: '', callReference: 'HC-20261204-0117' }),
      '/phone-report/contact',
    );
    await phone.answer('contact', { choice: 'anonymous' });
    const rows = summaryRows(parseHtml((await phone.get('/phone-report/check')).body));
    assert.ok(
      rows.some((row) => row.value.includes('HC-20261204-0117')),
      JSON.stringify(rows),
    );
    await phone.send();
    const stored = await openStoredReport(staff.system.services, await onlyReportId(staff.system.services));
    assert.equal(stored.answers['anything-else']?.callReference, 'HC-20261204-0117');
  });

  test('the public form neither asks for nor keeps a call reference', async () => {
    const publicApp = await createPublicApp(staff.system.services);
    try {
      const web = journeyClient(publicApp);
      await web.walk(fullAnswers, 'anything-else');
      const page = parseHtml((await web.get('/report/anything-else')).body);
      assert.equal(has(page, '[name="callReference"]'), false, 'no call reference field');
      assert.doesNotMatch(textOf(page), /Crimestoppers reference|Back to the staff site/);
      await web.answer('anything-else', { details: 'x', callReference: 'HC-1' });
      // On to check your answers (the old text check read the redirect to the contact page).
      await web.answer('contact', { choice: 'anonymous' });
      const rows = summaryRows(parseHtml((await web.get('/report/check')).body));
      assert.ok(rows.length > 0, 'check your answers has rows');
      assert.ok(!rows.some((row) => row.value.includes('HC-1')), 'the reference is not kept');
    } finally {
      await publicApp.close();
    }
  });
});
