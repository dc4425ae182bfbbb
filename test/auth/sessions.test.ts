import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { authCleanupJob } from '../../src/modules/auth/auth-cleanup.job.ts';
import { createSetUpUser, currentCode, staffClient, testAdminActor, type TestStaffUser } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

async function auditActions(system: TestSystem): Promise<string[]> {
  return (await system.services.db.selectFrom('audit_events').select('action').orderBy('seq').execute()).map(
    (row) => row.action,
  );
}

describe('staff sessions: lifetime and revocation', () => {
  let system: TestSystem;
  let app: FastifyInstance;

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  async function signedIn(user: TestStaffUser) {
    system.clock.advance(30_000);
    const browser = staffClient(app);
    await browser.request({ method: 'GET', url: '/api/auth/session' });
    await browser.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: user.password },
    });
    const done = await browser.request({
      method: 'POST',
      url: '/api/auth/totp',
      payload: { code: currentCode(system, user.totpSecret) },
    });
    assert.equal(done.statusCode, 200, done.body);
    return browser;
  }

  test('an idle session ends after 30 minutes; an active one at 12 hours', async () => {
    const user = await createSetUpUser(system, { roles: ['officer'] });
    const browser = await signedIn(user);
    system.clock.advance(29 * 60_000);
    assert.equal((await browser.request({ method: 'GET', url: '/api/account' })).statusCode, 200);
    system.clock.advance(31 * 60_000);
    assert.equal((await browser.request({ method: 'GET', url: '/api/account' })).statusCode, 401, 'idle');

    const busy = await signedIn(user);
    for (let hour = 0; hour < 12; hour += 1) {
      system.clock.advance(20 * 60_000);
      assert.equal((await busy.request({ method: 'GET', url: '/api/account' })).statusCode, 200);
      system.clock.advance(20 * 60_000);
      await busy.request({ method: 'GET', url: '/api/account' });
      system.clock.advance(20 * 60_000);
      await busy.request({ method: 'GET', url: '/api/account' });
    }
    assert.equal((await busy.request({ method: 'GET', url: '/api/account' })).statusCode, 401, 'absolute');
  });

  test('sign out, sign out everywhere, and an administrator revoking a session all end it', async () => {
    const user = await createSetUpUser(system, { roles: ['officer'] });
    const laptop = await signedIn(user);
    const desktop = await signedIn(user);
    const other = await signedIn(user);
    assert.equal((await laptop.request({ method: 'POST', url: '/api/auth/sign-out' })).statusCode, 204);
    assert.equal((await laptop.request({ method: 'GET', url: '/api/account' })).statusCode, 401);
    assert.equal((await desktop.request({ method: 'GET', url: '/api/account' })).statusCode, 200);

    // The setup link's own session, the desktop and the other one.
    const sessions = await system.services.auth.sessions.listForUser(testAdminActor, user.id);
    assert.equal(sessions.length, 3);
    const desktopSession = (await desktop.request({ method: 'GET', url: '/api/account/sessions' })).json<
      { id: string; current: boolean }[]
    >();
    const current = desktopSession.find((s) => s.current);
    assert.ok(current);
    await system.services.auth.sessions.revokeAny(testAdminActor, current.id);
    assert.equal((await desktop.request({ method: 'GET', url: '/api/account' })).statusCode, 401);

    const everywhere = await other.request({ method: 'POST', url: '/api/auth/sign-out-everywhere' });
    assert.deepEqual(everywhere.json(), { revoked: 2 });
    assert.equal((await other.request({ method: 'GET', url: '/api/account' })).statusCode, 401);
    const actions = await auditActions(system);
    for (const action of ['auth.sign_out', 'session.revoke', 'auth.sign_out_everywhere']) {
      assert.ok(actions.includes(action), action);
    }
  });

  test('disabling an account ends its sessions at once', async () => {
    const user = await createSetUpUser(system, { roles: ['officer'] });
    const browser = await signedIn(user);
    await system.services.users.disableUser(testAdminActor, user.id);
    assert.equal((await browser.request({ method: 'GET', url: '/api/account' })).statusCode, 401);
  });
});

test('routes that check secrets are throttled per client address', async () => {
  const system = await createTestSystem();
  const app = await createStaffApp(system.services);
  try {
    const browser = staffClient(app);
    await browser.request({ method: 'GET', url: '/api/auth/session' });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const response = await browser.request({
        method: 'POST',
        url: '/api/setup/inspect',
        payload: { token: 'x'.repeat(43) },
      });
      statuses.push(response.statusCode);
    }
    assert.deepEqual([...new Set(statuses.slice(0, 30))], [404]);
    assert.equal(statuses[30], 429);
  } finally {
    await app.close();
    await system.close();
  }
});

test('the cleanup job forgets sessions and setup links a month after they ended, and nothing live', async () => {
  const system = await createTestSystem();
  try {
    const user = await createSetUpUser(system, { roles: ['officer'] });
    const { sessions } = system.services.auth;
    const live = await sessions.start(system.services.db, { userId: user.id, stage: 'active', authMethod: 'password' });
    system.clock.advance(13 * 60 * 60 * 1000);
    const fresh = await sessions.start(system.services.db, {
      userId: user.id,
      stage: 'active',
      authMethod: 'password',
    });
    system.clock.advance(31 * 24 * 60 * 60 * 1000 - 13 * 60 * 60 * 1000);
    const job = authCleanupJob({ db: system.services.db, clock: system.clock, logger: system.services.logger });
    await job.run(new AbortController().signal);
    const remaining = await system.services.db.selectFrom('staff_sessions').select('id').execute();
    assert.deepEqual(
      remaining.map((row) => row.id),
      [fresh.id],
      'the setup-link session and the first one ended over 30 days ago; the later one just under',
    );
    assert.ok(live.id);
    const tokens = await system.services.db.selectFrom('account_tokens').select('id').execute();
    assert.equal(tokens.length, 0);
  } finally {
    await system.close();
  }
});
