import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StaffActor } from '../../src/modules/access/actor.ts';
import { findAuditEventsForSubject } from '../../src/platform/audit/audit.repository.ts';
import { has, mainText, one, parseHtml, textOf } from '../support/html.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { onlyReportId, openStoredReport } from '../support/reports.ts';
import { testActor, useStaffApp } from '../support/staff.ts';

// A call handler keys a report taken on 101 or the Crimestoppers line through the same
// journey, mounted on the staff listener.
describe('the phone channel on the staff site', () => {
  let actor: StaffActor | null = null;
  const staff = useStaffApp(() => actor);
  const handler = testActor('handler-1', ['call_handler']);
  const phoneClient = () => journeyClient(staff.app, { prefix: '/phone-report', cookieName: 'lb_phone_report' });

  test('without a signed-in member of staff every phone report route answers 401', async () => {
    actor = null;
    for (const [method, url] of [
      ['GET', '/phone-report'],
      ['POST', '/phone-report/start'],
      ['GET', '/phone-report/about'],
      ['POST', '/phone-report/check'],
    ] as const) {
      const response = await staff.app.inject({ method, url });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
      assert.equal(response.headers['set-cookie'], undefined);
    }
  });

  test('staff without the call handler permission get 403', async () => {
    actor = testActor('analyst-1', ['intelligence_analyst']);
    const response = await staff.app.inject({ method: 'POST', url: '/phone-report/start' });
    assert.equal(response.statusCode, 403);
    assert.match(mainText(response.body), /needs the call handler role/);
  });

  test('a call handler keys the same journey; the report is recorded as a phone report, by them', async () => {
    actor = handler;
    const start = await staff.app.inject({ method: 'GET', url: '/phone-report' });
    assert.equal(start.statusCode, 200);
    const startPage = parseHtml(start.body);
    assert.match(textOf(one(startPage, 'main')), /Start a phone report/);
    assert.match(textOf(startPage), /Staff: key a report taken by phone/);
    const client = phoneClient();
    assert.equal(await client.walk(), '/phone-report/check');
    assert.match(
      client.setCookies[0] ?? '',
      /^lb_phone_report=[\w-]{43}; Path=\/phone-report; HttpOnly; SameSite=Strict$/,
    );
    const check = await client.get('/phone-report/check');
    assert.equal(has(parseHtml(check.body), '[data-pow-challenge]'), false, 'staff are not asked for a proof of work');
    const receipt = await client.send();
    const confirmation = await client.get('/phone-report/confirmation');
    assert.match(mainText(confirmation.body), /Read this receipt code to the caller/);
    assert.equal(textOf(parseHtml(confirmation.body).querySelector('.lb-receipt')), receipt);
    const reportId = await onlyReportId(staff.system.services);
    const stored = await openStoredReport(staff.system.services, reportId);
    assert.equal(stored.row.channel, 'phone');
    assert.equal(stored.answers.who?.people[0]?.names, 'Blade');
    const [event] = await findAuditEventsForSubject(staff.system.services.db, 'report', reportId);
    assert.equal(event?.actor_type, 'staff');
    assert.equal(event.actor_id, 'handler-1');
    assert.match(event.request_id ?? '', /^[0-9a-f-]{36}$/);
    const finished = await client.post('/phone-report/finish');
    assert.equal(finished.headers.location, '/phone-report');
  });

  test('a draft belongs to the call handler who started it', async () => {
    actor = handler;
    const client = phoneClient();
    await client.walk(fullAnswers, 'where');
    actor = testActor('handler-2', ['call_handler']);
    const other = await client.get('/phone-report/where');
    assert.equal(other.headers.location, '/phone-report/session-ended');
    actor = handler;
    assert.equal((await client.get('/phone-report/where')).statusCode, 200);
  });

  test('the public receipt inbox is not mounted on the staff site', async () => {
    actor = handler;
    const response = await staff.app.inject({ method: 'GET', url: '/phone-report/follow-up' });
    assert.equal(response.statusCode, 404);
  });
});

// Partner agencies (a school, a youth service, housing) send referrals through the same journey,
// signed in on the staff site; the referral is recorded on the partner channel, by them, and
// reaches the inbox like any other report.
describe('the partner channel on the staff site', () => {
  let actor: StaffActor | null = null;
  const staff = useStaffApp(() => actor);
  const partner = testActor('partner-1', ['partner_agency']);
  const partnerClient = () => journeyClient(staff.app, { prefix: '/partner-report', cookieName: 'lb_partner_report' });

  test('signed out: 401; staff who are not a partner agency (a call handler): 403 with a clear page', async () => {
    actor = null;
    assert.equal((await staff.app.inject({ method: 'GET', url: '/partner-report' })).statusCode, 401);
    actor = testActor('handler-1', ['call_handler']);
    const refused = await staff.app.inject({ method: 'POST', url: '/partner-report/start' });
    assert.equal(refused.statusCode, 403);
    assert.match(mainText(refused.body), /need a partner agency account/);
  });

  test('a partner agency makes a referral; it is stored on the partner channel and shows in the inbox', async () => {
    actor = partner;
    const start = await staff.app.inject({ method: 'GET', url: '/partner-report' });
    assert.equal(start.statusCode, 200);
    const startPage = parseHtml(start.body);
    assert.match(textOf(one(startPage, 'main')), /Make a referral as a partner agency/);
    assert.equal(has(startPage, '.govuk-exit-this-page'), false, 'no quick exit for staff');
    assert.doesNotMatch(textOf(startPage), /Leave this site/, 'no quick exit for staff');
    const client = partnerClient();
    assert.equal(await client.walk(), '/partner-report/check');
    const receipt = await client.send();
    const confirmation = await client.get('/partner-report/confirmation');
    assert.match(mainText(confirmation.body), /Keep this receipt code with your case notes/);
    assert.equal(textOf(parseHtml(confirmation.body).querySelector('.lb-receipt')), receipt);
    const reportId = await onlyReportId(staff.system.services);
    const stored = await openStoredReport(staff.system.services, reportId);
    assert.equal(stored.row.channel, 'partner');
    const [event] = await findAuditEventsForSubject(staff.system.services.db, 'report', reportId);
    assert.equal(event?.actor_id, 'partner-1');
    const finished = await client.post('/partner-report/finish');
    assert.equal(finished.headers.location, '/partner-report');

    const inbox = await staff.system.services.inbox.list(testActor('analyst-1', ['intelligence_analyst']), {
      statuses: ['received'],
      categories: [],
      limit: 50,
    });
    assert.deepEqual(
      inbox.map((item) => [item.id, item.channel]),
      [[reportId, 'partner']],
    );
  });
});
