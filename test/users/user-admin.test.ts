import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildActor } from '../../src/modules/access/actor.ts';
import { testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

describe('account administration', () => {
  let system: TestSystem;
  before(async () => {
    system = await createTestSystem();
  });
  after(async () => {
    await system.close();
  });

  async function eventsFor(subjectId: string) {
    return system.services.db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .orderBy('seq')
      .execute();
  }

  test('creating a user issues a setup link and is audited as the command line', async () => {
    const { user, setupLink } = await system.services.users.createUser(testAdminActor, {
      email: ' Bob.Officer@Herts.Police.UK ',
      displayName: 'Bob Officer',
      roles: ['officer'],
    });
    assert.equal(user.email, 'bob.officer@herts.police.uk');
    assert.equal(user.hasPassword, false);
    assert.match(setupLink, /\/app\/setup\?token=/);
    const [event] = await eventsFor(user.id);
    assert.ok(event);
    assert.equal(event.action, 'user.create');
    assert.equal(event.actor_type, 'system');
    assert.equal(event.actor_id, 'cli:test');
    await assert.rejects(
      system.services.users.createUser(testAdminActor, {
        email: 'bob.officer@herts.police.uk',
        displayName: 'Bob',
        roles: ['officer'],
      }),
      { code: 'conflict' },
    );
  });

  test('role changes are audited with before and after', async () => {
    const { user } = await system.services.users.createUser(testAdminActor, {
      email: 'carol@herts.police.uk',
      displayName: 'Carol',
      roles: ['intelligence_analyst'],
    });
    await system.services.users.updateUser(testAdminActor, user.id, {
      roles: ['intelligence_analyst', 'intelligence_supervisor'],
    });
    const change = (await eventsFor(user.id)).find((e) => e.action === 'user.roles_change');
    assert.deepEqual(change?.details, {
      from: ['intelligence_analyst'],
      to: ['intelligence_analyst', 'intelligence_supervisor'],
    });
  });

  test('the last active administrator cannot be disabled or demoted', async () => {
    const { user } = await system.services.users.createUser(testAdminActor, {
      email: 'only-admin@herts.police.uk',
      displayName: 'Only Admin',
      roles: ['administrator'],
    });
    await assert.rejects(system.services.users.disableUser(testAdminActor, user.id), { code: 'conflict' });
    await assert.rejects(system.services.users.updateUser(testAdminActor, user.id, { roles: ['officer'] }), {
      code: 'conflict',
    });
    const self = buildActor({
      userId: user.id,
      displayName: 'Only Admin',
      roles: ['administrator'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    await assert.rejects(system.services.users.disableUser(self, user.id), { code: 'conflict' });
  });

  test('non-administrators are refused in the service itself, not just by routes', async () => {
    const supervisor = buildActor({
      userId: 'x',
      displayName: 'S',
      roles: ['intelligence_supervisor'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    await assert.rejects(system.services.users.listUsers(supervisor), { code: 'forbidden' });
    await assert.rejects(system.services.teams.createTeam(supervisor, { name: 'Sneaky' }), { code: 'forbidden' });
  });
});
