import { createServer } from 'node:net';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildActor, commandLineActor, type StaffActor } from '../../src/modules/access/actor.ts';
import type { Role } from '../../src/modules/access/roles.ts';
import { cookieNamesFor } from '../../src/modules/auth/cookies.ts';
import { csrfTokenFor } from '../../src/modules/auth/tokens.ts';
import { base32Decode, totpCode, totpStep } from '../../src/modules/auth/totp.ts';
import { launchChromium } from '../support/browser.ts';
import {
  createTestSystem,
  testConfig,
  useAppOverTestSystem,
  type AppUnderTest,
  type TestSystem,
  type TestSystemOptions,
} from './test-services.ts';

// The one signed-in-staff helper. Three ways in, one vocabulary:
// - stand-ins for the sign-in hook, for tests about what follows sign-in: `testActor` names who
//   acts; `actAs` (one actor at a time) or `signInTestActorsByHeader` (an `x-test-actor` header);
// - real sessions over inject: `createSetUpUser` (an account set up as a person would, with a
//   password and TOTP secret), `sessionFor` / `userWithSession` (a session made directly), and
//   `staffClient`, which keeps cookies and the CSRF token like the web app;
// - the browser: `startStaffSite` (the staff site on a real port and a Chromium page) and
//   `signInWithTotp` (through the real sign-in page, with a password and a TOTP code);
// - `useStaffApp` and `useStaffAppByHeader`: the staff listener over a fresh database for a
//   describe, acting as one actor at a time or as the test actor each request's header names.

export const testAdminActor = commandLineActor('test');

/** Who acts in a test that stands in for sign-in. */
export function testActor(userId: string, roles: readonly Role[], extra: Partial<StaffActor> = {}): StaffActor {
  return buildActor({
    userId,
    displayName: userId,
    roles: [...roles],
    teamIds: [],
    partnerOrganisationId: null,
    ...extra,
  });
}

/** A client that keeps its cookies and CSRF token between requests, like the web app. */
export type StaffClient = {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions & { noCsrf?: boolean }): Promise<LightMyRequestResponse>;
};

export function staffClient(app: FastifyInstance, start: { cookie?: string; csrfToken?: string } = {}): StaffClient {
  const jar = new Map<string, string>();
  for (const part of (start.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name && value) jar.set(name, value);
  }
  const client: StaffClient = {
    get cookie() {
      return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    csrfToken: start.csrfToken ?? '',
    async request(options) {
      const { noCsrf, ...inject } = options;
      const response = await app.inject({
        ...inject,
        headers: {
          ...(jar.size > 0 ? { cookie: client.cookie } : {}),
          ...(noCsrf || client.csrfToken === '' ? {} : { 'x-csrf-token': client.csrfToken }),
          ...inject.headers,
        },
      });
      const setCookie = response.headers['set-cookie'];
      for (const header of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
        const [pair = ''] = header.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (header.includes('Max-Age=0')) jar.delete(name);
        else jar.set(name, value);
      }
      const body = response.headers['content-type']?.toString().includes('json') ? tryJson(response.body) : undefined;
      if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') {
        client.csrfToken = body.csrfToken;
      }
      return response;
    },
  };
  return client;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export type TestStaffUser = { id: string; email: string; password: string; totpSecret: Buffer };

let counter = 0;

/** Creates an account through the services and completes its setup link, as a person would. */
export async function createSetUpUser(
  system: TestSystem,
  options: { roles: Role[]; teamIds?: string[]; partnerOrganisationId?: string | null; email?: string } = {
    roles: ['intelligence_analyst'],
  },
): Promise<TestStaffUser> {
  counter += 1;
  const email = options.email ?? `user${String(counter)}-${String(process.pid)}@example.police.uk`;
  const { user, setupLink } = await system.services.users.createUser(testAdminActor, {
    email,
    displayName: `Test User ${String(counter)}`,
    roles: options.roles,
    teamIds: options.teamIds ?? [],
    partnerOrganisationId: options.partnerOrganisationId ?? null,
  });
  const token = new URL(setupLink).searchParams.get('token') ?? '';
  const password = `correct horse battery ${String(counter)} staple`;
  const enrolment = await system.services.auth.setup.start(token, { password });
  const totpSecret = base32Decode(enrolment.secret);
  await system.services.auth.setup.finish(token, currentCode(system, totpSecret), {});
  return { id: user.id, email, password, totpSecret };
}

export function currentCode(system: TestSystem, secret: Buffer): string {
  return totpCode(secret, totpStep(system.clock.now()));
}

/** A signed-in session made directly (no password or TOTP), for tests about what follows sign-in. */
export async function sessionFor(system: TestSystem, userId: string): Promise<{ cookie: string; csrfToken: string }> {
  const { token } = await system.services.auth.sessions.start(system.services.db, {
    userId,
    stage: 'active',
    authMethod: 'password',
    secondFactor: 'totp',
  });
  return { cookie: `lb_session=${token}`, csrfToken: csrfTokenFor(token) };
}

/**
 * A browser context signed in as `userId` by a session cookie (no sign-in pages), in London time,
 * with the page's Content Security Policy bypassed so axe can be injected.
 */
export async function signedInPage(
  browser: Browser,
  system: TestSystem,
  base: string,
  userId: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const [name = '', value = ''] = (await sessionFor(system, userId)).cookie.split('=');
  const context = await browser.newContext({ bypassCSP: true, timezoneId: 'Europe/London' });
  await context.addCookies([{ name, value, url: base }]);
  return { context, page: await context.newPage() };
}

/** An account with the given roles (not set up: it cannot sign in) and a signed-in session for it. */
export async function userWithSession(
  system: TestSystem,
  app: FastifyInstance,
  roles: Role[],
  extra: { partnerOrganisationId?: string | null; teamIds?: string[] } = {},
): Promise<{ userId: string; client: StaffClient }> {
  counter += 1;
  const { user } = await system.services.users.createUser(testAdminActor, {
    email: `member${String(counter)}-${String(process.pid)}@example.police.uk`,
    displayName: `Member ${String(counter)}`,
    roles,
    teamIds: extra.teamIds ?? [],
    partnerOrganisationId: extra.partnerOrganisationId ?? null,
  });
  return { userId: user.id, client: staffClient(app, await sessionFor(system, user.id)) };
}

/**
 * Stands in for the staff sign-in hook (built separately): every request on the staff
 * listener acts as whoever `who()` answers, or as nobody.
 */
export function actAs(app: FastifyInstance, who: () => StaffActor | null): void {
  sendCsrfWithEveryRequest(app);
  app.addHook('onRequest', (request, _reply, done) => {
    request.staffActor = who();
    done();
  });
}

/**
 * Stands in for the session hook in HTTP tests: the request names a test actor in the
 * `x-test-actor` header. Only test code registers this; the real app never reads that header.
 */
export function signInTestActorsByHeader(app: FastifyInstance, actors: Readonly<Record<string, StaffActor>>): void {
  sendCsrfWithEveryRequest(app);
  app.addHook('onRequest', (request, _reply, done) => {
    const name = request.headers['x-test-actor'];
    request.staffActor = typeof name === 'string' ? (actors[name] ?? null) : null;
    done();
  });
}

const testPreSession = 'test-pre-session-secret';

/**
 * State-changing staff requests must carry the CSRF token that belongs to their cookie. Tests
 * that stand in for sign-in send a fixed pre-session cookie and its token with every request
 * made through `app.inject({...})`, as the web app does with a real cookie.
 */
export function sendCsrfWithEveryRequest(app: FastifyInstance): void {
  const original = app.inject.bind(app);
  const inject = (options: InjectOptions) => {
    const headers = { ...(options.headers ?? {}) };
    const cookie = typeof headers.cookie === 'string' && headers.cookie !== '' ? `${headers.cookie}; ` : '';
    headers.cookie = `${cookie}${cookieNamesFor(false).preSession}=${testPreSession}`;
    headers['x-csrf-token'] ??= csrfTokenFor(testPreSession);
    return original({ ...options, headers });
  };
  Object.assign(app, { inject });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

export type StaffSite = {
  readonly system: TestSystem;
  readonly app: FastifyInstance;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** http://localhost:<port>: a host name, because browsers refuse WebAuthn on bare IP addresses. */
  readonly base: string;
  /** Every Content Security Policy refusal the page logged; tests assert it stays empty. */
  readonly cspViolations: string[];
  stop(): Promise<void>;
};

/**
 * A test system with the staff site listening on a real port (known before listening: the staff
 * base URL must name it) and a Chromium page ready for it. For suites guarded by `skipBrowser`.
 */
export async function startStaffSite(): Promise<StaffSite> {
  const port = await freePort();
  const base = `http://localhost:${String(port)}`;
  const system = await createTestSystem({ config: testConfig({ STAFF_BASE_URL: base }) });
  // Loaded here, so tests that only need an actor or a session do not build the whole staff app.
  const { createStaffApp } = await import('../../src/main/staff-app.ts');
  const app = await createStaffApp(system.services);
  await app.listen({ host: '127.0.0.1', port });
  const browser = await launchChromium();
  const context = await browser.newContext({ bypassCSP: false });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });
  return {
    system,
    app,
    browser,
    context,
    page,
    base,
    cspViolations,
    async stop() {
      await browser.close();
      await app.close();
      await system.close();
    },
  };
}

/** Signs in through the real sign-in page; the test clock moves on so the code is fresh. */
export async function signInWithTotp(page: Page, base: string, system: TestSystem, user: TestStaffUser) {
  await page.goto(`${base}/app/`);
  await page.getByRole('heading', { name: 'Sign in to Linebreak' }).waitFor();
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  system.clock.advance(30_000);
  await page.getByLabel('Code from your authenticator app').fill(currentCode(system, user.totpSecret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

export type StaffAppUnderTest = AppUnderTest;

/**
 * The staff listener over a fresh test database for the tests of the enclosing describe (or file),
 * with every request made as `who()` (null: signed out). Read `.app` and `.system` inside the tests.
 */
export function useStaffApp(who: () => StaffActor | null): StaffAppUnderTest {
  return useStaffAppSignedInBy((app) => {
    actAs(app, who);
  });
}

/**
 * The staff listener over a fresh test database (made with `options`) for the tests of the
 * enclosing describe (or file), each request acting as the one of `actors` its `x-test-actor`
 * header names (signInTestActorsByHeader). Made in `before` and closed with its system in `after`;
 * read `.app` and `.system` inside the tests.
 */
export function useStaffAppByHeader(
  actors: Readonly<Record<string, StaffActor>>,
  options: TestSystemOptions = {},
): StaffAppUnderTest {
  return useStaffAppSignedInBy((app) => {
    signInTestActorsByHeader(app, actors);
  }, options);
}

function useStaffAppSignedInBy(signIn: (app: FastifyInstance) => void, options: TestSystemOptions = {}) {
  return useAppOverTestSystem(async (system) => {
    const { createStaffApp } = await import('../../src/main/staff-app.ts');
    const app = await createStaffApp(system.services);
    signIn(app);
    return app;
  }, options);
}
