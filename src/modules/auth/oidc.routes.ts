import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffCookies } from './auth.hook.ts';
import { authRateLimit, signInContext } from './auth.routes.ts';
import { parseCookies } from './cookies.ts';
import type { OidcService } from './oidc.service.ts';
import { redirectResponse as redirect } from '../../platform/http/route-schemas.ts';

const bindingCookie = 'lb_oidc';

// The two legs of single sign-on. Both are top-level browser navigations (GET), so the
// browser-binding cookie is SameSite=Lax: a Strict cookie would not come back from the
// issuer's redirect. It lives ten minutes and is only sent to the callback.
export function registerOidcRoutes(
  app: FastifyInstance,
  deps: { oidc: OidcService; cookies: StaffCookies; secure: boolean },
): void {
  app.get(
    '/api/auth/oidc/start',
    {
      config: authRateLimit,
      schema: { tags: ['auth'], summary: 'Redirects to the identity provider', response: { 302: redirect } },
    },
    async (_request, reply) => {
      const { url, browserBinding } = await deps.oidc.start();
      const attributes = ['Path=/api/auth/oidc/callback', 'HttpOnly', 'SameSite=Lax', 'Max-Age=600'];
      if (deps.secure) attributes.push('Secure');
      return reply
        .header('cache-control', 'no-store')
        .header('set-cookie', [`${bindingCookie}=${browserBinding}`, ...attributes].join('; '))
        .redirect(url.href);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Back from the identity provider; redirects to the app',
        response: { 302: redirect },
      },
    },
    async (request, reply) => {
      const binding = parseCookies(request.headers.cookie).get(bindingCookie);
      const currentUrl = new URL(request.url, 'http://placeholder');
      try {
        const result = await deps.oidc.callback(
          rebase(currentUrl, deps.oidc.redirectUri),
          binding,
          signInContext(request),
        );
        deps.cookies.setSession(reply, result.token);
        return await reply.header('cache-control', 'no-store').redirect('/app/');
      } catch (error) {
        if (error instanceof AppError && error.code === 'unauthenticated') {
          return reply.header('cache-control', 'no-store').redirect('/app/?sso=failed');
        }
        throw error;
      }
    },
  );
}

/** The callback URL as the issuer knows it (STAFF_BASE_URL), carrying the query we received. */
function rebase(received: URL, redirectUri: string): URL {
  const url = new URL(redirectUri);
  url.search = received.search;
  return url;
}
