import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createPublicApp } from '../../src/main/public-app.ts';
import { defaultJourneyLimits } from '../../src/modules/public-report/index.ts';
import { leadingZeroBits } from '../../src/modules/public-report/proof-of-work.ts';
import { has, mainText, parseHtml, summaryRows, textOf, textsOf } from '../support/html.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

function solve(challenge: string, bits: number): string {
  for (let n = 0; ; n += 1) {
    if (
      leadingZeroBits(
        createHash('sha256')
          .update(`${challenge}:${String(n)}`)
          .digest(),
      ) >= bits
    ) {
      return String(n);
    }
  }
}

const challengeOf = (html: string) => /data-pow-challenge="([^"]+)"/.exec(html)?.[1] ?? '';

describe('sending a report', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  const count = async (table: 'reports' | 'audit_events' | 'journey_sessions') =>
    Number(
      (
        await system.services.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('pressing Send twice stores one report and shows the same receipt', async () => {
    const client = journeyClient(app);
    await client.walk();
    const before = await count('reports');
    const receipt = await client.send();
    const again = await client.post('/report/check');
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, '/report/confirmation');
    assert.equal(await count('reports'), before + 1);
    assert.equal(
      textOf(parseHtml((await client.get('/report/confirmation')).body).querySelector('.lb-receipt')),
      receipt,
    );
    assert.equal((await client.get('/report/check')).headers.location, '/report/confirmation');
  });

  test('Finish forgets the receipt, the session and the cookie', async () => {
    const client = journeyClient(app);
    await client.walk();
    await client.send();
    const sessions = await count('journey_sessions');
    const finished = await client.post('/report/finish', { savedReceipt: 'yes' });
    assert.equal(finished.statusCode, 303);
    assert.equal(finished.headers.location, '/report/finished');
    assert.match(
      String(finished.headers['set-cookie']),
      /^lb_report=; Path=\/report; HttpOnly; SameSite=Strict; Max-Age=0$/,
    );
    assert.equal(await count('journey_sessions'), sessions - 1);
    assert.equal(client.cookie, undefined);
    assert.equal((await client.get('/report/confirmation')).headers.location, '/report');
  });

  test('if storing fails, the reporter sees an error, nothing is stored, and the draft is kept for another try', async () => {
    const client = journeyClient(app);
    await client.walk();
    await client.get('/report/check');
    const [reports, events] = [await count('reports'), await count('audit_events')];
    await sql`alter table reports add constraint refuse_for_test check (channel = 'none') not valid`.execute(
      system.services.db,
    );
    try {
      const failed = await client.post('/report/check');
      assert.equal(failed.statusCode, 500);
      assert.match(mainText(failed.body), /your report has not been sent/i);
      assert.match(mainText(failed.body), /Your answers are still saved/);
      assert.equal(has(parseHtml(failed.body), '.lb-receipt'), false, 'no receipt');
    } finally {
      await sql`alter table reports drop constraint refuse_for_test`.execute(system.services.db);
    }
    assert.equal(await count('reports'), reports);
    assert.equal(await count('audit_events'), events);
    const check = await client.get('/report/check');
    assert.equal(check.statusCode, 200);
    assert.ok(summaryRows(parseHtml(check.body)).some((row) => row.value.includes('Tall man in a grey tracksuit')));
    assert.match(await client.send(), /^\d{4} /);
    assert.equal(await count('reports'), reports + 1);
  });

  test('without JavaScript a report goes into its own, stricter bucket; a full bucket keeps the draft', async () => {
    const limited = await createPublicApp(system.services, {
      limits: { ...defaultJourneyLimits, submitsWithoutProofPerMinute: 1, proofOfWorkBits: 6 },
    });
    try {
      const first = journeyClient(limited);
      await first.walk();
      await first.send();
      const second = journeyClient(limited);
      await second.walk();
      await second.get('/report/check');
      const refused = await second.post('/report/check');
      assert.equal(refused.statusCode, 429);
      assert.match(mainText(refused.body), /Your report has not been sent yet/);
      assert.ok(textsOf(parseHtml(refused.body), 'main strong').includes('not'), '“not” in bold');
      assert.match(mainText(refused.body), /Your answers are still saved/);
      assert.equal((await second.get('/report/check')).statusCode, 200, 'the draft is still there');
      // The same browser with JavaScript solves the proof of work and uses the other bucket.
      const check = await second.get('/report/check');
      const challenge = challengeOf(check.body);
      assert.match(challenge, /^v1\.\d+\.6\.[0-9a-f]{24}\.[0-9a-f]{64}$/);
      const sent = await second.post('/report/check', { powChallenge: challenge, powSolution: solve(challenge, 6) });
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, '/report/confirmation');
    } finally {
      await limited.close();
    }
  });

  test('a proof of work counts only for the session it was issued to, and only until it expires', async () => {
    const limited = await createPublicApp(system.services, {
      limits: { ...defaultJourneyLimits, submitsWithoutProofPerMinute: 0, proofOfWorkBits: 6 },
    });
    try {
      const first = journeyClient(limited);
      await first.walk();
      const challenge = challengeOf((await first.get('/report/check')).body);
      const solution = solve(challenge, 6);
      const thief = journeyClient(limited);
      await thief.walk();
      await thief.get('/report/check');
      const reused = await thief.post('/report/check', { powChallenge: challenge, powSolution: solution });
      assert.equal(reused.statusCode, 429, 'a solution from another session is no proof');
      const wrong = await first.post('/report/check', { powChallenge: challenge, powSolution: 'x' });
      assert.equal(wrong.statusCode, 429);
      system.clock.advance(31 * 60_000);
      await first.get('/report/about'); // keep the session alive
      const late = await first.post('/report/check', { powChallenge: challenge, powSolution: solution });
      assert.equal(late.statusCode, 429, 'an expired challenge is no proof');
      const fresh = challengeOf((await first.get('/report/check')).body);
      const sent = await first.post('/report/check', { powChallenge: fresh, powSolution: solve(fresh, 6) });
      assert.equal(sent.statusCode, 303);
    } finally {
      await limited.close();
    }
  });

  test('too many new drafts in a minute are refused with a clear page', async () => {
    const limited = await createPublicApp(system.services, { limits: { ...defaultJourneyLimits, startsPerMinute: 1 } });
    try {
      await journeyClient(limited).start();
      const refused = await limited.inject({ method: 'POST', url: '/report/start' });
      assert.equal(refused.statusCode, 429);
      assert.match(mainText(refused.body), /Too many reports are being started right now/);
      assert.equal(refused.headers['set-cookie'], undefined);
    } finally {
      await limited.close();
    }
  });

  test('an abandoned draft expires after an idle hour (at most 75 minutes) and the reporter is told', async () => {
    const client = journeyClient(app);
    await client.walk(fullAnswers, 'when');
    system.clock.advance(76 * 60_000); // an idle hour, rounded up to the quarter hour
    const response = await client.get('/report/when');
    assert.equal(response.headers.location, '/report/session-ended');
    const removed = await system.services.sessions.deleteExpired();
    assert.ok(removed.drafts >= 1 && removed.deleted >= 1);
  });
});
