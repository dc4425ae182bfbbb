import { constants as zlibConstants } from 'node:zlib';
import compress from '@fastify/compress';
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import {
  defaultJourneyLimits,
  maxFormBodyBytes,
  reportJourneyPlugin,
  reportJourneyViewsDir,
  type JourneyLimits,
} from '../modules/public-report/index.ts';
import {
  addAssetGlobals,
  addTranslationGlobals,
  publicSiteViewsDir,
  registerLocale,
  registerPublicErrorHandlers,
  registerPublicSiteRoutes,
} from '../modules/public-site/index.ts';
import { createBaseApp } from '../platform/http/create-app.ts';
import { registerViews } from '../platform/http/views.ts';
import { journeyDeps } from './journey-deps.ts';
import type { Services } from './services.ts';

// The internet-facing reporting site. It has no route that reads staff data, and it never
// reads a client's address, user agent or referer.
export async function createPublicApp(
  services: Services,
  options: { limits?: JourneyLimits; quickExitUrl?: string } = {},
): Promise<FastifyInstance> {
  const app = await createBaseApp({
    kind: 'public',
    logger: services.logger,
    readiness: () => services.readiness(),
  });
  // Pages are compressed for a reporter on a slow or metered phone (static assets are served
  // pre-compressed). Brotli at quality 4: most of the saving at a small cost per page. BREACH
  // needs an attacker to make the victim's browser send requests that carry the session cookie
  // with chosen input reflected next to the CSRF token; the journey cookie is SameSite=Strict
  // and every answer needs that token, so a cross-site page cannot do that.
  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  registerPublicErrorHandlers(app);
  await app.register(formbody, { bodyLimit: maxFormBodyBytes });
  await registerViews(app, [publicSiteViewsDir, reportJourneyViewsDir], (env) =>
    addAssetGlobals(addTranslationGlobals(env)),
  );
  // After the views: @fastify/view empties reply.locals on each request before this hook fills it.
  // The pseudo locale (en-XA) is for tests and translators, never offered in production.
  registerLocale(app, { pseudo: services.config.env !== 'production' });
  await registerPublicSiteRoutes(app, {
    retention: services.config.retention,
    treatmentService: services.config.treatmentService,
    // Published release snapshots and the current priorities only (issue 16).
    youSaidWeDid: services.disclosure.publicView,
  });
  await app.register(reportJourneyPlugin, {
    prefix: '/report',
    deps: journeyDeps(services),
    settings: {
      channel: 'web',
      prefix: '/report',
      cookieName: 'lb_report',
      secureCookie: services.config.publicListener.baseUrl.startsWith('https:'),
      limits: options.limits ?? defaultJourneyLimits,
      followUp: true,
      publicBaseUrl: services.config.publicListener.baseUrl,
      ...(options.quickExitUrl === undefined ? {} : { quickExitUrl: options.quickExitUrl }),
    },
  });
  return app;
}
