import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import { csrfTokenForRequest, type StaffCookies } from './auth.hook.ts';
import { presentMe } from './auth.presenter.ts';
import { signInBody, totpBody } from './auth.schemas.ts';
import type { SessionService } from './session.service.ts';
import type { SignInContext, SignInService } from './sign-in.service.ts';
import { csrfTokenFor } from './tokens.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import { revokedResponse, secondFactorResponse, sessionStateResponse, signedInResponse } from './auth.responses.ts';

export type AuthRouteDeps = {
  readonly sessions: SessionService;
  readonly signIn: SignInService;
  readonly cookies: StaffCookies;
  readonly oidc: { readonly enabled: boolean; readonly label: string };
};

/** Throttling on every route that checks a secret, on top of the per-account lock-out. */
export const authRateLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

export function signInContext(request: FastifyRequest): SignInContext {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip, requestId: request.id, ...(userAgent !== undefined ? { userAgent } : {}) };
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const { sessions, signIn, cookies } = deps;

  // Where the web app starts: who is signed in (if anyone) and the CSRF token to send back.
  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and the CSRF token',
        response: { 200: sessionStateResponse },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const csrfToken = csrfTokenForRequest(request, reply, cookies);
      const session = request.staffSession;
      if (session?.actor) return { state: 'signed_in', csrfToken, me: presentMe(session.actor) };
      if (session?.stage === 'second_factor') {
        const user = await signIn.pendingUserFor(session);
        return { state: 'second_factor', csrfToken, methods: user ? await signIn.secondFactorsOf(user) : [] };
      }
      return { state: 'signed_out', csrfToken, singleSignOn: deps.oidc };
    },
  );

  app.post(
    '/api/auth/sign-in',
    { config: authRateLimit, schema: { tags: ['auth'], body: signInBody, response: { 200: secondFactorResponse } } },
    async (request, reply) => {
      const body = parseInput(signInBody, request.body);
      const result = await signIn.passwordStep(body.email, body.password, signInContext(request));
      cookies.setSession(reply, result.token);
      return reply
        .header('cache-control', 'no-store')
        .send({ state: 'second_factor', methods: result.methods, csrfToken: csrfTokenFor(result.token) });
    },
  );

  app.post(
    '/api/auth/totp',
    { config: authRateLimit, schema: { tags: ['auth'], body: totpBody, response: { 200: signedInResponse } } },
    async (request, reply) => {
      const session = request.staffSession;
      if (!session) throw new AppError('unauthenticated', 'Sign in with your password first');
      const body = parseInput(totpBody, request.body);
      const result = await signIn.totpStep(session, body.code, signInContext(request));
      cookies.setSession(reply, result.token);
      return reply
        .header('cache-control', 'no-store')
        .send({ state: 'signed_in', csrfToken: csrfTokenFor(result.token) });
    },
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags: ['auth'], response: { 204: noContent } } },
    async (request, reply) => {
      const session = request.staffSession;
      if (session) await sessions.signOut(session.id, session.userId, request.id);
      cookies.clearSession(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/sign-out-everywhere',
    { schema: { tags: ['auth'], response: { 200: revokedResponse } } },
    async (request, reply) => {
      const revoked = await sessions.signOutEverywhere(actorOf(request));
      cookies.clearSession(reply);
      return reply.send({ revoked });
    },
  );
}
