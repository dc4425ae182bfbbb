import type { FastifyInstance } from 'fastify';
import { quickExitUrl } from '../public-site/index.ts';
import { clearSessionCookie, currentSession, renderJourney, type JourneyContext } from './journey-context.ts';

// The public site's quick exit and the page after Finish. Both forget the visitor's session.
export function registerLeaveRoutes(app: FastifyInstance, context: JourneyContext): void {
  // "Leave this site" (and Escape): deletes the unsent draft or receipt sign-in now, rather than
  // after an hour, clears the cookie and asks the browser to drop the site's cache and cookies
  // (Clear-Site-Data, which also evicts pages kept for Back), then sends the visitor to the
  // neutral site without a referrer. A GET, so it works as a plain link without JavaScript;
  // the cookie is SameSite=Strict, so another site cannot end someone's draft through it.
  app.get('/leave', async (request, reply) => {
    const session = await currentSession(request, context);
    if (session) await context.sessions.end(session);
    clearSessionCookie(reply, context);
    return reply
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .header('clear-site-data', '"cache", "cookies", "storage"')
      .redirect(context.quickExitUrl ?? quickExitUrl, 303);
  });

  // Where Finish lands: the report was sent and the window can be closed. No receipt, no answers.
  app.get('/finished', async (_request, reply) => renderJourney(reply, context, 'finished.njk', {}));
}
