import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
};

describe('intelligence API', () => {
  const staff = useStaffAppByHeader(actors);

  const body = {
    sourceType: 'public_anonymous',
    originalText: 'Dealing from a blue Golf outside the Co-op',
    priority: 'high',
  };

  test('nobody signed in gets 401 problem+json and nothing is created', async () => {
    const response = await staff.app.inject({ method: 'POST', url: '/api/intelligence', payload: body });
    assert.equal(response.statusCode, 401);
    assert.match(String(response.headers['content-type']), /problem\+json/);
    const count = await staff.system.services.db
      .selectFrom('intelligence_reports')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
  });

  test('bad input names each field', async () => {
    const response = await staff.app.inject({
      method: 'POST',
      url: '/api/intelligence',
      headers: { 'x-test-actor': 'analyst' },
      payload: { sourceType: 'gossip', originalText: '', priority: 'urgent' },
    });
    assert.equal(response.statusCode, 400);
    const problem = response.json<{ errors: { field: string }[] }>();
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ['originalText', 'priority', 'sourceType']);
  });

  test('an analyst creates and reads; a partner without dissemination gets 404; a bad id is 400', async () => {
    const created = await staff.app.inject({
      method: 'POST',
      url: '/api/intelligence',
      headers: { 'x-test-actor': 'analyst' },
      payload: body,
    });
    assert.equal(created.statusCode, 201);
    const { id } = created.json<{ id: string }>();
    const read = await staff.app.inject({
      method: 'GET',
      url: `/api/intelligence/${id}`,
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(read.statusCode, 200);
    assert.equal(read.json<{ status: string }>().status, 'new');
    const denied = await staff.app.inject({
      method: 'GET',
      url: `/api/intelligence/${id}`,
      headers: { 'x-test-actor': 'partner' },
    });
    assert.equal(denied.statusCode, 404);
    assert.equal(denied.json<{ title: string }>().title, 'Not found or no access');
    const bad = await staff.app.inject({
      method: 'GET',
      url: '/api/intelligence/not-a-uuid',
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(bad.statusCode, 400);
  });
});
