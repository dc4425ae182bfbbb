import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { renderPage } from '../../platform/http/views.ts';
import type { RetentionPolicy } from '../reports/index.ts';
import { hashedAssetName, immutableCacheControl, publicAssetsDir } from './assets.ts';
import { registerInfoPages, type TreatmentService } from './info-pages.routes.ts';
import { registerYouSaidWeDid, type YouSaidWeDidSource } from './you-said-we-did.routes.ts';

export const publicSiteViewsDir = join(import.meta.dirname, 'views');

/**
 * The stylesheet and progressive-enhancement scripts under /assets/, compiled at install time
 * (scripts/build-public-css.js) with .gz and .br copies. Pages link the content-hashed names,
 * which browsers may keep for a year; the plain names stay for a day. The staff listener serves
 * them too, for the phone report pages.
 */
export async function registerPublicAssets(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: publicAssetsDir,
    prefix: '/assets/',
    preCompressed: true,
    index: false,
    maxAge: '1d',
    // The public site sets no cookies and asks for nothing; static files carry no ETag so they
    // cannot be used to tag a returning browser.
    etag: false,
    lastModified: false,
    decorateReply: !app.hasReplyDecorator('sendFile'),
    setHeaders: (reply, path) => {
      if (hashedAssetName.test(path)) reply.header('cache-control', immutableCacheControl);
    },
  });
}

export async function registerPublicSiteRoutes(
  app: FastifyInstance,
  options: { retention?: RetentionPolicy; treatmentService?: TreatmentService; youSaidWeDid?: YouSaidWeDidSource } = {},
): Promise<void> {
  await registerPublicAssets(app);
  app.get('/', async (_request, reply) => renderPage(reply, 'home.njk'));
  registerInfoPages(app, options.retention, options.treatmentService);
  if (options.youSaidWeDid) registerYouSaidWeDid(app, options.youSaidWeDid);
}
