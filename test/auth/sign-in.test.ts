import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { base32Decode } from '../../src/modules/auth/totp.ts';
import { createSetUpUser, currentCode, staffClient, type TestStaffUser } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

async function auditActions(system: TestSystem, actorId?: string): Promise<string[]> {
  let query = system.services.db.selectFrom('audit_events').select('action').orderBy('seq');
  if (actorId !== undefined) query = query.where('actor_id', '=', actorId);
  return (await query.execute()).map((row) => row.action);
}

describe('first administrator setup, sign-in with a second factor, and sessions', () => {
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

  test('a fresh install leads from the setup link to a signed-in administrator with TOTP', async () => {
    const link = await system.services.auth.setup.ensureFirstAdministratorLink();
    assert.ok(link);
    assert.match(link, /^http:\/\/127\.0\.0\.1:3001\/app\/setup\?token=[\w-]{43}$/);
    const token = new URL(link).searchParams.get('token') ?? '';
    const browser = staffClient(app);
    const start = await browser.request({ method: 'GET', url: '/api/auth/session' });
    assert.equal(start.json<{ state: string }>().state, 'signed_out');

    const inspect = await browser.request({ method: 'POST', url: '/api/setup/inspect', payload: { token } });
    assert.deepEqual(inspect.json(), { firstAdministrator: true, email: null, displayName: null });

    const weak = await browser.request({
      method: 'POST',
      url: '/api/setup/start',
      payload: { token, email: 'ada@herts.police.uk', displayName: 'Ada Admin', password: 'password1234' },
    });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /too common/);

    const started = await browser.request({
      method: 'POST',
      url: '/api/setup/start',
      payload: { token, email: 'Ada@Herts.Police.uk', displayName: 'Ada Admin', password: 'limestone orchard quietly' },
    });
    assert.equal(started.statusCode, 200, started.body);
    const enrolment = started.json<{ otpauthUri: string; secret: string; qrCodeDataUri: string }>();
    assert.match(
      enrolment.otpauthUri,
      /^otpauth:\/\/totp\/Linebreak%3Aada%40herts\.police\.uk\?secret=[A-Z2-7]+&issuer=Linebreak/,
    );
    assert.match(enrolment.qrCodeDataUri, /^data:image\/svg\+xml;base64,/);
    const secret = base32Decode(enrolment.secret);

    const wrongCode = await browser.request({
      method: 'POST',
      url: '/api/setup/finish',
      payload: { token, code: '000000' === currentCode(system, secret) ? '111111' : '000000' },
    });
    assert.equal(wrongCode.statusCode, 400);
    const finished = await browser.request({
      method: 'POST',
      url: '/api/setup/finish',
      payload: { token, code: currentCode(system, secret) },
    });
    assert.equal(finished.statusCode, 200, finished.body);
    const cookie = String(finished.headers['set-cookie']);
    assert.match(cookie, /^lb_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);

    const me = await browser.request({ method: 'GET', url: '/api/auth/session' });
    const body = me.json<{ state: string; me: { displayName: string; roles: { role: string }[] } }>();
    assert.equal(body.state, 'signed_in');
    assert.equal(body.me.displayName, 'Ada Admin');
    assert.deepEqual(
      body.me.roles.map((r) => r.role),
      ['administrator'],
    );

    const again = staffClient(app);
    await again.request({ method: 'GET', url: '/api/auth/session' });
    const reused = await again.request({ method: 'POST', url: '/api/setup/inspect', payload: { token } });
    assert.equal(reused.statusCode, 404, 'the link works once');
    assert.equal(
      await system.services.auth.setup.ensureFirstAdministratorLink(),
      null,
      'no link once an administrator exists',
    );
    const actions = await auditActions(system);
    assert.deepEqual(actions.slice(0, 3), [
      'account.first_administrator_link',
      'user.create',
      'account.setup_complete',
    ]);
  });

  describe('signing in', () => {
    let user: TestStaffUser;
    before(async () => {
      user = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
      system.clock.advance(60_000);
    });

    async function passwordStep(password = user.password) {
      const browser = staffClient(app);
      await browser.request({ method: 'GET', url: '/api/auth/session' });
      const response = await browser.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password },
      });
      return { browser, response };
    }

    test('password then TOTP signs in; the session token changes at the second factor', async () => {
      const { browser, response } = await passwordStep();
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json<{ methods: string[] }>().methods, ['totp']);
      const pendingCookie = browser.cookie;
      const pendingApi = await browser.request({ method: 'GET', url: '/api/account' });
      assert.equal(pendingApi.statusCode, 401, 'a password alone reaches nothing');
      const done = await browser.request({
        method: 'POST',
        url: '/api/auth/totp',
        payload: { code: currentCode(system, user.totpSecret) },
      });
      assert.equal(done.statusCode, 200, done.body);
      assert.notEqual(browser.cookie, pendingCookie);
      assert.equal((await browser.request({ method: 'GET', url: '/api/account' })).statusCode, 200);
      const old = await staffClient(app, { cookie: pendingCookie }).request({ method: 'GET', url: '/api/account' });
      assert.equal(old.statusCode, 401, 'the pre-second-factor token is dead');
      assert.ok((await auditActions(system, user.id)).includes('auth.sign_in'));
    });

    test('a TOTP code cannot be used twice', async () => {
      system.clock.advance(30_000);
      const code = currentCode(system, user.totpSecret);
      const first = await passwordStep();
      assert.equal(
        (await first.browser.request({ method: 'POST', url: '/api/auth/totp', payload: { code } })).statusCode,
        200,
      );
      const second = await passwordStep();
      const replay = await second.browser.request({ method: 'POST', url: '/api/auth/totp', payload: { code } });
      assert.equal(replay.statusCode, 401);
      const failure = await system.services.db
        .selectFrom('audit_events')
        .select('details')
        .where('action', '=', 'auth.sign_in_failure')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal((failure.details as { reason: string }).reason, 'reused_code');
    });

    test('a wrong password and an unknown account get the same answer, and both are audited', async () => {
      const wrong = await passwordStep('not the password at all');
      const unknown = await staffClient(app).request({ method: 'GET', url: '/api/auth/session' });
      assert.equal(unknown.statusCode, 200);
      const browser = staffClient(app);
      await browser.request({ method: 'GET', url: '/api/auth/session' });
      const nobody = await browser.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'nobody@example.police.uk', password: 'whatever it is' },
      });
      assert.equal(wrong.response.statusCode, 401);
      assert.equal(nobody.statusCode, 401);
      assert.equal(wrong.response.json<{ detail: string }>().detail, nobody.json<{ detail: string }>().detail);
      const failures = await system.services.db
        .selectFrom('audit_events')
        .select(['actor_type', 'details'])
        .where('action', '=', 'auth.sign_in_failure')
        .execute();
      const reasons = failures.map((row) => (row.details as { reason: string }).reason);
      assert.ok(reasons.includes('bad_password') && reasons.includes('unknown_account'));
    });

    test('five failures lock the account, even against the right password, and the lock-out is audited', async () => {
      const victim = await createSetUpUser(system, { roles: ['officer'] });
      system.clock.advance(30_000);
      for (let i = 0; i < 5; i += 1) {
        const browser = staffClient(app);
        await browser.request({ method: 'GET', url: '/api/auth/session' });
        await browser.request({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: victim.email, password: `guess number ${String(i)}` },
        });
      }
      const actions = await auditActions(system, victim.id);
      assert.equal(actions.filter((a) => a === 'auth.sign_in_failure').length, 5);
      assert.ok(actions.includes('auth.lockout'));
      const browser = staffClient(app);
      await browser.request({ method: 'GET', url: '/api/auth/session' });
      const locked = await browser.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: victim.email, password: victim.password },
      });
      assert.equal(locked.statusCode, 401);
      system.clock.advance(16 * 60_000);
      const later = await browser.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: victim.email, password: victim.password },
      });
      assert.equal(later.statusCode, 200, 'the lock lifts after 15 minutes');
    });

    test('a POST without the CSRF token gets 403, even when signed in', async () => {
      const { browser } = await passwordStep();
      const noToken = await browser.request({
        method: 'POST',
        url: '/api/auth/totp',
        payload: { code: currentCode(system, user.totpSecret) },
        noCsrf: true,
      });
      assert.equal(noToken.statusCode, 403);
      assert.match(noToken.body, /CSRF/);
      const stranger = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: user.password },
      });
      assert.equal(stranger.statusCode, 403, 'no cookie, no token: refused before any password check');
      const forged = await browser.request({
        method: 'POST',
        url: '/api/auth/sign-out',
        headers: { 'x-csrf-token': 'A'.repeat(43) },
      });
      assert.equal(forged.statusCode, 403);
    });
  });
});
