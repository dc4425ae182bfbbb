import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const webBuildDir = join(import.meta.dirname, '..', '..', '..', 'dist', 'web');

// Serves the staff React app built by Vite. Client-side routes under /app/ all load the
// same index.html; the app then calls the JSON API under /api/.
export async function registerStaffSiteRoutes(app: FastifyInstance): Promise<void> {
  if (!existsSync(join(webBuildDir, 'index.html'))) {
    throw new Error('The staff web app is not built: run `npm install` or `npm run build:web`');
  }
  await app.register(fastifyStatic, {
    root: webBuildDir,
    prefix: '/app/',
    index: 'index.html',
    maxAge: '1h',
    // One route per built file, so the catch-all below can serve the app for client-side routes.
    wildcard: false,
  });
  app.get('/', async (_request, reply) => reply.redirect('/app/'));
  app.get('/app/*', async (_request, reply) => reply.header('cache-control', 'no-store').sendFile('index.html'));
}
