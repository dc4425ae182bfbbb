import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import view from '@fastify/view';
import type { FastifyInstance, FastifyReply } from 'fastify';
import nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);
const govukFrontendDist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');

// Nunjucks with autoescaping always on: user input is never rendered unescaped. Templates
// come from the calling site's folders first, then GOV.UK Frontend's components.
export async function registerViews(app: FastifyInstance, templateDirs: readonly string[]): Promise<void> {
  const environment = nunjucks.configure([...templateDirs, govukFrontendDist], {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
    noCache: false,
  });
  await app.register(view, {
    engine: { nunjucks },
    templates: [...templateDirs, govukFrontendDist],
    options: { onConfigure: (env: nunjucks.Environment) => env },
    defaultContext: { serviceName: 'Linebreak' },
  });
  app.decorate('nunjucksEnvironment', environment);
}

/** Renders a page with the request's CSP nonce, which the GOV.UK template's inline script needs. */
export function renderPage(
  reply: FastifyReply,
  template: string,
  context: Record<string, unknown> = {},
  status = 200,
): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .view(template, { ...context, cspNonce: reply.cspNonce.script });
}
