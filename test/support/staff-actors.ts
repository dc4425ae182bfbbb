import type { FastifyInstance, InjectOptions } from 'fastify';
import { cookieNamesFor } from '../../src/modules/auth/cookies.ts';
import { csrfTokenFor } from '../../src/modules/auth/tokens.ts';
import { buildActor, type StaffActor } from '../../src/modules/access/actor.ts';
import type { Role } from '../../src/modules/access/roles.ts';

export function testActor(userId: string, roles: Role[], extra: Partial<StaffActor> = {}): StaffActor {
  return buildActor({ userId, displayName: userId, roles, teamIds: [], partnerOrganisationId: null, ...extra });
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
