import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { renderPage } from '../../platform/http/views.ts';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
export const publicSiteViewsDir = join(import.meta.dirname, 'views');

export async function registerPublicSiteRoutes(app: FastifyInstance): Promise<void> {
  // The stylesheet is compiled at install time (scripts/build-public-css.js) with .gz and .br copies.
  await app.register(fastifyStatic, {
    root: join(projectRoot, 'dist', 'public'),
    prefix: '/assets/',
    preCompressed: true,
    index: false,
    maxAge: '1d',
    // The public site sets no cookies and asks for nothing; static files carry no ETag so they
    // cannot be used to tag a returning browser.
    etag: false,
    lastModified: false,
  });

  app.get('/', async (_request, reply) => renderPage(reply, 'home.njk'));
}
