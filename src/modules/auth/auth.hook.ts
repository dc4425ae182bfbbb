import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import { cookieNamesFor, parseCookies, serializeCookie } from './cookies.ts';
import type { ResolvedSession, SessionService } from './session.service.ts';
import { csrfTokenFor, csrfTokenMatches, newToken } from './tokens.ts';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface FastifyRequest {
    /** The session behind the cookie, in any stage (sign-in routes need the unfinished ones too). */
    staffSession: ResolvedSession | null;
    /** Before sign-in: the random value that anchors the CSRF token. */
    preSessionSecret: string | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
export const csrfHeader = 'x-csrf-token';

export type StaffCookies = ReturnType<typeof staffCookies>;

export function staffCookies(secure: boolean) {
  const names = cookieNamesFor(secure);
  return {
    names,
    setSession(reply: FastifyReply, token: string): void {
      reply.header('set-cookie', serializeCookie(names.session, token, { secure }));
    },
    clearSession(reply: FastifyReply): void {
      reply.header('set-cookie', serializeCookie(names.session, '', { secure, clear: true }));
    },
    setPreSession(reply: FastifyReply, secret: string): void {
      reply.header('set-cookie', serializeCookie(names.preSession, secret, { secure }));
    },
  };
}

/**
 * The staff API's outer layer: resolves the session cookie into `request.staffActor` (only
 * for a fully signed-in session) and refuses any state-changing request that does not carry
 * the CSRF token belonging to its cookie. Services still check permissions themselves.
 */
export function registerStaffAuthentication(
  app: FastifyInstance,
  deps: { sessions: SessionService; cookies: StaffCookies },
): void {
  app.decorateRequest('staffSession', null);
  app.decorateRequest('preSessionSecret', null);
  app.addHook('onRequest', async (request) => {
    // The phone channel's journey pages are server-rendered forms with their own synchroniser
    // token per journey; they need the signed-in call handler but not the API's CSRF header.
    const isJourney = request.url.startsWith('/phone-report') || request.url.startsWith('/partner-report');
    if (!request.url.startsWith('/api/') && !isJourney) return;
    const cookies = parseCookies(request.headers.cookie);
    const token = cookies.get(deps.cookies.names.session);
    if (token !== undefined) {
      const session = await deps.sessions.resolve(token);
      if (session) {
        request.staffSession = session;
        request.staffActor = session.actor;
      }
    }
    request.preSessionSecret = cookies.get(deps.cookies.names.preSession) ?? null;
    if (safeMethods.has(request.method) || isJourney) return;
    const secret = request.staffSession?.token ?? request.preSessionSecret;
    const presented = request.headers[csrfHeader];
    if (secret === null || !csrfTokenMatches(secret, typeof presented === 'string' ? presented : undefined)) {
      throw new AppError('forbidden', 'Missing or invalid CSRF token: reload the page and try again');
    }
  });
}

/** The CSRF token for this request's cookie, creating the pre-session cookie if there is none. */
export function csrfTokenForRequest(
  request: { staffSession: ResolvedSession | null; preSessionSecret: string | null },
  reply: FastifyReply,
  cookies: StaffCookies,
): string {
  if (request.staffSession) return csrfTokenFor(request.staffSession.token);
  let secret = request.preSessionSecret;
  if (secret === null) {
    secret = newToken();
    cookies.setPreSession(reply, secret);
  }
  return csrfTokenFor(secret);
}
