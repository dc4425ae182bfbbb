import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/config.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { rolesFromClaims } from '../../src/modules/auth/oidc-claims.ts';
import { startFakeOidcProvider, type FakeProvider } from '../support/fake-oidc-provider.ts';
import { createSetUpUser, currentCode, staffClient, type TestStaffUser } from '../support/staff.ts';
import { createTestSystem, testConfig, type TestSystem } from '../support/test-services.ts';

describe('single sign-on through OpenID Connect', () => {
  let provider: FakeProvider;
  let system: TestSystem;
  let app: FastifyInstance;
  let analyst: TestStaffUser;

  before(async () => {
    provider = await startFakeOidcProvider({ clientId: 'linebreak', clientSecret: 'shh' });
    system = await createTestSystem({
      config: testConfig({
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: 'linebreak',
        OIDC_CLIENT_SECRET: 'shh',
        OIDC_ROLE_CLAIM: 'roles',
        OIDC_ROLE_MAP: 'LB.Analyst=intelligence_analyst, LB.Supervisor=intelligence_supervisor',
      }),
    });
    app = await createStaffApp(system.services);
    analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'], email: 'sso.analyst@herts.police.uk' });
    system.clock.advance(60_000);
  });
  after(async () => {
    await app.close();
    await system.close();
    await provider.close();
  });

  /** The browser's round trip: start, sign in at the provider, come back to the callback. */
  async function roundTrip(claims: Record<string, unknown>, options: { dropBinding?: boolean } = {}) {
    const browser = staffClient(app);
    const start = await browser.request({ method: 'GET', url: '/api/auth/oidc/start' });
    assert.equal(start.statusCode, 302);
    const binding = String(start.headers['set-cookie']);
    assert.match(binding, /^lb_oidc=[\w-]+; Path=\/api\/auth\/oidc\/callback; HttpOnly; SameSite=Lax; Max-Age=600$/);
    const location = String(start.headers.location);
    assert.ok(location.startsWith(`${provider.issuer}/authorize?`));
    const back = new URL(provider.authorize(location, claims));
    const callback = await app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: options.dropBinding ? {} : { cookie: binding.split(';')[0] ?? '' },
    });
    return { browser, callback };
  }

  test('the sign-in page offers single sign-on with its configured label', async () => {
    const session = await staffClient(app).request({ method: 'GET', url: '/api/auth/session' });
    assert.deepEqual(session.json<{ singleSignOn: unknown }>().singleSignOn, {
      enabled: true,
      label: 'Sign in with your organisation account',
    });
  });

  test('a known person signs in at the provider, then still needs Linebreak’s second factor; roles follow the claim', async () => {
    const { callback } = await roundTrip({
      sub: 'entra-object-id-1',
      email: analyst.email,
      email_verified: true,
      roles: ['LB.Analyst', 'LB.Supervisor', 'Some.Other.App'],
    });
    assert.equal(callback.statusCode, 302);
    assert.equal(callback.headers.location, '/app/');
    const cookie = String(callback.headers['set-cookie']).split(';')[0] ?? '';
    const browser = staffClient(app, { cookie });
    const state = await browser.request({ method: 'GET', url: '/api/auth/session' });
    assert.deepEqual(state.json<{ state: string; methods: string[] }>().methods, ['totp']);
    assert.equal((await browser.request({ method: 'GET', url: '/api/account' })).statusCode, 401);
    const done = await browser.request({
      method: 'POST',
      url: '/api/auth/totp',
      payload: { code: currentCode(system, analyst.totpSecret) },
    });
    assert.equal(done.statusCode, 200, done.body);
    const me = await browser.request({ method: 'GET', url: '/api/account' });
    assert.deepEqual(
      me.json<{ roles: { role: string }[] }>().roles.map((r) => r.role),
      ['intelligence_analyst', 'intelligence_supervisor'],
    );
    const actions = (
      await system.services.db
        .selectFrom('audit_events')
        .select('action')
        .where('subject_id', '=', analyst.id)
        .execute()
    ).map((row) => row.action);
    assert.ok(actions.includes('auth.oidc_link') && actions.includes('user.roles_change'));
  });

  test('a forged or replayed callback, or one without the browser cookie, is refused', async () => {
    const noBinding = await roundTrip({ sub: 'entra-object-id-1', email: analyst.email }, { dropBinding: true });
    assert.equal(noBinding.callback.headers.location, '/app/?sso=failed');
    const forged = await app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=abc&state=made-up' });
    assert.equal(forged.headers.location, '/app/?sso=failed');
    const stranger = await roundTrip({ sub: 'someone-else', email: 'not.staff@example.org' });
    assert.equal(stranger.callback.headers.location, '/app/?sso=failed');
    const failures = await system.services.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'auth.sign_in_failure')
      .execute();
    const reasons = failures.map((row) => (row.details as { reason: string }).reason);
    assert.ok(
      reasons.includes('unknown_or_expired_state') && reasons.includes('no_matching_account'),
      JSON.stringify(reasons),
    );
  });

  test('claim values map to roles only through the configured map', () => {
    const config = loadConfig({
      OIDC_ISSUER_URL: 'https://login.example/tenant/v2.0',
      OIDC_CLIENT_ID: 'x',
      OIDC_ROLE_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'g-1=officer,g-2=administrator',
    }).oidc;
    assert.ok(config);
    assert.deepEqual(rolesFromClaims(config, { groups: ['g-2', 'g-1', 'g-9'] }), ['administrator', 'officer']);
    assert.deepEqual(rolesFromClaims(config, { groups: 'officer' }), []);
    assert.throws(() => loadConfig({ OIDC_ISSUER_URL: 'https://login.example' }), /must be set together/);
  });
});
