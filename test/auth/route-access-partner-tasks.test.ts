import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { sessionFor, staffClient, type StaffClient, testActor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The partner-task routes of the route × role matrix, with partner users of TWO organisations
// signed in for real: each sees and acts on its own organisation's task and gets "not found or
// no access" for the other's, whose list never shows it. route-access.test.ts covers every other role on these routes.

describe('partner-task routes, as partner users of two organisations', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  const clients = new Map<'a' | 'b', StaffClient>();
  const tasks = new Map<'a' | 'b', string>();

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    const lead = testActor('lead-1', ['safeguarding_lead']);
    const opened = await system.services.casework.cases.open(lead, {
      subjectKind: 'adult',
      subject: { name: 'Adult W Example', dateOfBirth: null, personEntityId: null },
      source: 'manual',
      summary: 'Flat taken over; tenant wants help',
    });
    for (const [key, name, kind] of [
      ['a', 'Example Adult Care', 'adult_social_care'],
      ['b', 'Example Treatment Service', 'drug_treatment'],
    ] as const) {
      const organisation = await system.services.teams.createPartnerOrganisation(testAdminActor, { name, kind });
      const { user } = await system.services.users.createUser(testAdminActor, {
        email: `partner-${key}@example.org`,
        displayName: `Partner ${key.toUpperCase()}`,
        roles: ['partner_agency'],
        partnerOrganisationId: organisation.id,
      });
      clients.set(key, staffClient(app, await sessionFor(system, user.id)));
      const { id } = await system.services.casework.partnerTasks.refer(lead, opened.id, {
        organisationId: organisation.id,
        description: `Task for ${name}`,
        dueOn: '2026-12-03',
      });
      tasks.set(key, id);
    }
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  const client = (key: 'a' | 'b') => clients.get(key) ?? assert.fail('no client');
  const task = (key: 'a' | 'b') => tasks.get(key) ?? assert.fail('no task');

  test('GET /api/casework/partner-tasks lists only the caller’s organisation’s tasks', async () => {
    for (const key of ['a', 'b'] as const) {
      const response = await client(key).request({ method: 'GET', url: '/api/casework/partner-tasks' });
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json<{ items: { id: string; description: string }[] }>();
      assert.deepEqual(
        body.items.map((i) => i.id),
        [task(key)],
      );
    }
  });

  test('GET /api/casework/partner-tasks/:id answers the own task and hides the other’s', async () => {
    for (const [mine, theirs] of [
      ['a', 'b'],
      ['b', 'a'],
    ] as const) {
      const own = await client(mine).request({ method: 'GET', url: `/api/casework/partner-tasks/${task(mine)}` });
      assert.equal(own.statusCode, 200, own.body);
      const other = await client(mine).request({ method: 'GET', url: `/api/casework/partner-tasks/${task(theirs)}` });
      assert.equal(other.statusCode, 404);
      assert.ok(!other.body.includes('Task for'), 'a refusal carries no task data');
    }
  });

  test('POST /api/casework/partner-tasks/:id/actions acts on the own task only', async () => {
    const other = await client('b').request({
      method: 'POST',
      url: `/api/casework/partner-tasks/${task('a')}/actions`,
      payload: { note: 'Not ours', expectedVersion: 1 },
    });
    assert.equal(other.statusCode, 404);
    const own = await client('a').request({
      method: 'POST',
      url: `/api/casework/partner-tasks/${task('a')}/actions`,
      payload: { note: 'Visited with the tenant', status: 'accepted', expectedVersion: 1 },
    });
    assert.equal(own.statusCode, 204, own.body);
  });

  test('the lead-only and agreement routes refuse partner users of either organisation', async () => {
    for (const key of ['a', 'b'] as const) {
      for (const [method, url] of [
        ['GET', '/api/casework/partner-tasks/referred'],
        ['GET', '/api/casework/cuckooed-addresses'],
        ['GET', `/api/casework/sharing-agreements/${task('a')}`],
      ] as const) {
        const response = await client(key).request({ method, url });
        assert.equal(response.statusCode, 403, `${method} ${url} as partner ${key}`);
      }
    }
  });
});
