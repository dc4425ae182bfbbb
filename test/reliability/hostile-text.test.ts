import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { fieldValue, parseHtml } from '../support/html.ts';
import { errorSummary, fullAnswers, journeyClient } from '../support/journey-client.ts';
import { testAdminActor, userWithSession } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 17, findings 2 and 3: U+0000 and lone surrogates are refused at the edge with a 400
// that names the field, and whatever reaches the audit trail is hashed as it is stored, so
// verify never reports tampering that did not happen.
describe('hostile text at the edge and in the audit trail', () => {
  let system: TestSystem;
  let staff: FastifyInstance;
  let site: FastifyInstance;

  before(async () => {
    system = await createTestSystem();
    staff = await createStaffApp(system.services);
    site = await createPublicApp(system.services);
  });
  after(async () => {
    await staff.close();
    await site.close();
    await system.close();
  });

  async function verify(): Promise<void> {
    const result = await system.services.audit.verify(system.services.db);
    assert.deepEqual(result.problems, [], 'audit verify finds nothing wrong');
    assert.equal(result.ok, true);
  }

  const hostile: readonly { name: string; text: string }[] = [
    { name: 'U+0000', text: 'a\u0000b' },
    { name: 'a lone high surrogate', text: 'a\ud800b' },
    { name: 'a lone low surrogate', text: '\udc00' },
  ];

  for (const { name, text } of hostile) {
    test(`${name} in staff JSON is a problem+json 400 naming the field`, async () => {
      const { client } = await userWithSession(system, staff, ['administrator']);
      for (const body of [{ name: 'Team', description: text }, { name: text }]) {
        const response = await client.request({ method: 'POST', url: '/api/admin/teams', payload: body });
        assert.equal(response.statusCode, 400, response.body);
        assert.match(response.headers['content-type'] ?? '', /application\/problem\+json/);
        const problem = JSON.parse(response.body) as { errors?: { field: string }[] };
        assert.deepEqual(
          problem.errors?.map((error) => error.field),
          ['description' in body ? 'description' : 'name'],
        );
      }
      // Only JSON can carry a lone surrogate: a URL or form encodes it as U+FFFD's bytes.
      if (!text.includes('\u0000')) return;
      const inQuery = await client.request({ method: 'GET', url: `/api/audit?action=${encodeURIComponent(text)}` });
      assert.equal(inQuery.statusCode, 400, inQuery.body);
      const inPath = await client.request({ method: 'GET', url: `/api/reports/${encodeURIComponent(text)}/messages` });
      assert.equal(inPath.statusCode, 400, inPath.body);
      await verify();
    });
  }

  // A form cannot carry a lone surrogate (it arrives as U+FFFD's bytes), only U+0000.
  test('U+0000 in a public answer is a GOV.UK error summary on that field', async () => {
    const client = journeyClient(site);
    await client.walk(fullAnswers, 'when');
    await client.get('/report/when');
    const response = await client.post('/report/when', { ...fullAnswers.when, pattern: 'a\u0000b' });
    assert.equal(response.statusCode, 400, response.body.slice(0, 300));
    assert.deepEqual(errorSummary(response.body), [
      '#pattern Your answer has a character in it that cannot be saved. Remove it and try again',
    ]);
    assert.equal(fieldValue(parseHtml(response.body), 'lastSeen-day'), '20', 'the other answers are kept');
  });

  test('a number too small for a real column is not a 500 (found by the fuzz)', async () => {
    const { client } = await userWithSession(system, staff, ['intelligence_analyst']);
    const response = await client.request({
      method: 'POST',
      url: '/api/network/communities',
      payload: { minConfidence: 5e-324 },
    });
    assert.ok(response.statusCode < 500, response.body);
  });

  test('the audit trail hashes what it stores: lone surrogates, U+0000 and a leading BOM', async () => {
    await system.services.db.transaction().execute(async (tx) => {
      await system.services.audit.record(tx, {
        actor: { type: 'staff', id: testAdminActor.userId },
        action: 'test.hostile',
        subject: { type: 'report', id: '\ufeff\ufeffx' },
        reason: '\ud800 and \u0000 and \udfff',
        details: { note: '\ud800', ['k\u0000']: ['\u0000', { deep: 'a\udc00' }], bom: '\ufeffy' },
      });
    });
    await verify();
  });

  test('a BOM in a report id on a signed-in read leaves the audit trail verifiable', async () => {
    const { client } = await userWithSession(system, staff, ['intelligence_analyst']);
    const response = await client.request({ method: 'GET', url: '/api/reports/%EF%BB%BFx/messages' });
    assert.ok(response.statusCode < 500, response.body);
    await verify();
  });
});
