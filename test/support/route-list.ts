import type { FastifyInstance } from 'fastify';

/**
 * Every "METHOD /path" the app serves, read from Fastify's own route tree (HEAD, which
 * Fastify adds to each GET, is left out). Tests built on this fail when a route is added
 * without being listed.
 */
export function listRoutes(app: FastifyInstance): string[] {
  const lines = app.printRoutes({ commonPrefix: false }).split('\n');
  const stack: { depth: number; path: string }[] = [];
  const routes: string[] = [];
  for (const line of lines) {
    const match = /^([\s│├└─]*)(\S.*?) \(([A-Z, ]+)\)$/u.exec(line);
    if (!match) continue;
    const [, prefix = '', segment = '', methods = ''] = match;
    const depth = prefix.length;
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop();
    const parent = stack[stack.length - 1]?.path ?? '';
    const path = parent === '' ? segment : parent === '/' ? `/${segment}` : `${parent}${segment}`;
    stack.push({ depth, path });
    for (const method of methods.split(',').map((m) => m.trim())) {
      if (method !== 'HEAD') routes.push(`${method} ${path}`);
    }
  }
  return [...new Set(routes)].sort();
}
