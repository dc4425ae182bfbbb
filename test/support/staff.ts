import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildActor, commandLineActor, type StaffActor } from '../../src/modules/access/actor.ts';
import type { Role } from '../../src/modules/access/roles.ts';
import { csrfTokenFor } from '../../src/modules/auth/tokens.ts';
import { base32Decode, totpCode, totpStep } from '../../src/modules/auth/totp.ts';
import { sendCsrfWithEveryRequest } from './staff-actors.ts';
import type { TestSystem } from './test-services.ts';

export const testAdminActor = commandLineActor('test');

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

export function staffActor(userId: string, roles: readonly Role[]): StaffActor {
  return buildActor({ userId, displayName: userId, roles: [...roles], teamIds: [], partnerOrganisationId: null });
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
