import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import {
  defaultJourneyLimits,
  reportJourneyPlugin,
  reportJourneyViewsDir,
  type JourneyLimits,
} from '../modules/public-report/index.ts';
import { registerPublicErrorHandlers } from '../modules/public-site/public-error-handler.ts';
import { publicSiteViewsDir, registerPublicSiteRoutes } from '../modules/public-site/public-site.routes.ts';
import { createBaseApp } from '../platform/http/create-app.ts';
import { registerViews } from '../platform/http/views.ts';
import type { Services } from './services.ts';

// The internet-facing reporting site. It has no route that reads staff data, and it never
// reads a client's address, user agent or referer.
export async function createPublicApp(
  services: Services,
  options: { limits?: JourneyLimits } = {},
): Promise<FastifyInstance> {
  const app = await createBaseApp({
    kind: 'public',
    logger: services.logger,
    readiness: () => services.readiness(),
  });
  registerPublicErrorHandlers(app);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await registerViews(app, [publicSiteViewsDir, reportJourneyViewsDir]);
  await registerPublicSiteRoutes(app, { retention: services.config.retention });
  await app.register(reportJourneyPlugin, {
    prefix: '/report',
    deps: services,
    settings: {
      channel: 'web',
      prefix: '/report',
      cookieName: 'lb_report',
      secureCookie: services.config.publicListener.baseUrl.startsWith('https:'),
      limits: options.limits ?? defaultJourneyLimits,
      followUp: true,
      publicBaseUrl: services.config.publicListener.baseUrl,
    },
  });
  return app;
}
