import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublicApp } from '../../src/main/public-app.ts';
import { defaultJourneyLimits } from '../../src/modules/public-report/index.ts';
import { findAuditEventsForSubject } from '../../src/platform/audit/audit.repository.ts';
import { all, fieldValue, mainText, one, parseHtml } from '../support/html.ts';
import { errorSummary, journeyClient } from '../support/journey-client.ts';
import { appearsIn, dumpAllTables, onlyReportId } from '../support/reports.ts';
import { testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

describe('following up a report with its receipt', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let receipt: string;
  let reportId: string;
  const analyst = testActor('analyst-7', ['intelligence_analyst']);

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services);
    const reporter = journeyClient(app);
    await reporter.walk();
    receipt = await reporter.send();
    await reporter.post('/report/finish', { savedReceipt: 'yes' });
    reportId = await onlyReportId(system.services);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('the sign-in page asks for the receipt only and sets no cookie', async () => {
    const response = await app.inject({ method: 'GET', url: '/report/follow-up' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['set-cookie'], undefined);
    const form = one(parseHtml(response.body), 'form[method="post"][action="/report/follow-up"]');
    assert.deepEqual(
      all(form, '[name]').map((field) => field.getAttribute('name')),
      ['receipt'],
      'nothing but the receipt',
    );
    const receiptField = one(form, 'input[name="receipt"]');
    assert.deepEqual(
      [receiptField.getAttribute('autocomplete'), receiptField.getAttribute('inputmode')],
      ['off', 'numeric'],
    );
  });

  test('a code in the wrong shape, or one that matches no report, is a clear error and sets nothing', async () => {
    const client = journeyClient(app);
    const shape = await client.post('/report/follow-up', { receipt: '1234' });
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(errorSummary(shape.body), [
      '#receipt Enter your receipt code: 16 numbers, like 1234 5678 9012 3456',
    ]);
    assert.equal(fieldValue(parseHtml(shape.body), 'receipt'), '1234');
    const unknown = await client.post('/report/follow-up', { receipt: '9999 0000 1111 2222' });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(errorSummary(unknown.body), [
      '#receipt We cannot find a report with that receipt code. Check it and try again',
    ]);
    assert.equal(client.setCookies.length, 0);
  });

  test('with the receipt alone the reporter reads the status, an analyst’s question, and answers it', async () => {
    await system.services.reportMessages.postQuestion(analyst, reportId, 'Which door of the flats do they use?');
    const client = journeyClient(app);
    const signedIn = await client.post('/report/follow-up', { receipt: receipt.replaceAll(' ', '-') });
    assert.equal(signedIn.statusCode, 303);
    assert.equal(signedIn.headers.location, '/report/follow-up/inbox');
    assert.match(client.setCookies[0] ?? '', /^lb_report=[\w-]{43}; Path=\/report; HttpOnly; SameSite=Strict$/);
    const inbox = await client.get('/report/follow-up/inbox');
    assert.equal(inbox.statusCode, 200);
    // An analyst asking a question is reading it: no longer "waiting to be read" (issue 12).
    const shown = mainText(inbox.body);
    assert.match(shown, /Being looked at/);
    assert.doesNotMatch(shown, /waiting to be read/);
    assert.match(shown, /26 November 2026/);
    assert.match(shown, /The team has asked you a question/);
    assert.match(shown, /Which door of the flats do they use\?/);

    const sent = await client.post('/report/follow-up/inbox', { message: 'The side door by the bins.' });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, '/report/follow-up/inbox?sent=1');
    const after = await client.get('/report/follow-up/inbox?sent=1');
    assert.match(mainText(after.body), /Your message has been sent/);
    assert.match(mainText(after.body), /You wrote/);

    const messages = await system.services.reportMessages.listMessages(analyst, reportId);
    assert.deepEqual(
      messages.map((message) => [message.author, message.body]),
      [
        ['staff', 'Which door of the flats do they use?'],
        ['reporter', 'The side door by the bins.'],
      ],
    );
    const added = (await findAuditEventsForSubject(system.services.db, 'report', reportId)).find(
      (event) => event.action === 'report.reporter_message_added',
    );
    assert.equal(added?.actor_type, 'public');
    assert.equal(added.occurred_at.toISOString(), '2026-11-26T00:00:00.000Z');
    assert.equal(added.request_id, null);
  });

  test('signing in always issues a fresh session token', async () => {
    const client = journeyClient(app);
    await client.post('/report/follow-up', { receipt });
    const first = client.cookie;
    await client.post('/report/follow-up', { receipt });
    assert.ok(first && client.cookie && client.cookie !== first, 'the token changed');
    client.cookie = first;
    assert.equal(
      (await client.get('/report/follow-up/inbox')).headers.location,
      '/report/follow-up',
      'the old token is dead',
    );
  });

  test('replies are checked like any form', async () => {
    const client = journeyClient(app);
    await client.post('/report/follow-up', { receipt });
    await client.get('/report/follow-up/inbox');
    const empty = await client.post('/report/follow-up/inbox', { message: '   ' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(errorSummary(empty.body), ['#message Enter your answer or the information you want to add']);
    const long = await client.post('/report/follow-up/inbox', { message: 'm'.repeat(2001) });
    assert.deepEqual(errorSummary(long.body), ['#message Your message must be 2000 characters or fewer']);
    const forged = await client.post('/report/follow-up/inbox', { message: 'hi', _csrf: 'x' }, { csrf: false });
    assert.equal(forged.statusCode, 403);
  });

  test('signing out forgets the sign-in', async () => {
    const client = journeyClient(app);
    await client.post('/report/follow-up', { receipt });
    await client.get('/report/follow-up/inbox');
    const out = await client.post('/report/follow-up/sign-out');
    assert.equal(out.headers.location, '/report/follow-up?signed-out=1');
    assert.match(String(out.headers['set-cookie']), /Max-Age=0/);
    assert.match(mainText((await client.get('/report/follow-up?signed-out=1')).body), /You have signed out/);
    assert.equal((await client.get('/report/follow-up/inbox')).headers.location, '/report/follow-up');
  });

  test('guessing the end of a known code locks that code’s bucket, even for the right code, for a while', async () => {
    const digits = receipt.replaceAll(' ', '');
    const wrongEnding = (n: number) =>
      `${digits.slice(0, 6)}${String((Number(digits.slice(6)) + n) % 1e10).padStart(10, '0')}`;
    const client = journeyClient(app);
    for (let n = 1; n <= 4; n += 1) {
      assert.equal((await client.post('/report/follow-up', { receipt: wrongEnding(n) })).statusCode, 400);
    }
    const fifth = await client.post('/report/follow-up', { receipt: wrongEnding(5) });
    assert.equal(fifth.statusCode, 429);
    assert.match(
      mainText(fifth.body),
      /This receipt code has been tried too many times\. To keep reports safe, wait 30 minutes/,
    );
    const right = await client.post('/report/follow-up', { receipt });
    assert.equal(right.statusCode, 429, 'locked even for the right code');
    const dump = await dumpAllTables(system.services);
    assert.ok(!appearsIn(dump, digits) && !appearsIn(dump, digits.slice(0, 6)), 'the lockout keeps no digits');
    system.clock.advance(31 * 60_000);
    assert.equal((await client.post('/report/follow-up', { receipt })).statusCode, 303);
  });

  test('all sign-in attempts share one global limit, so guessing is slow for everyone', async () => {
    const limited = await createPublicApp(system.services, {
      limits: { ...defaultJourneyLimits, signInsPerMinute: 2 },
    });
    try {
      const client = journeyClient(limited);
      await client.post('/report/follow-up', { receipt: '1111 1111 1111 1111' });
      await client.post('/report/follow-up', { receipt: '2222 2222 2222 2222' });
      const third = await journeyClient(limited).post('/report/follow-up', { receipt });
      assert.equal(third.statusCode, 429);
      assert.match(mainText(third.body), /Too many people are checking reports right now/);
    } finally {
      await limited.close();
    }
  });
});
