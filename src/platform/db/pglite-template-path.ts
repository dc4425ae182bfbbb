import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Where the kept empty cluster lives (src/platform/db/pglite-template.ts), without loading PGlite:
// scripts/ensure-web-build.js reads it on every `npm start` and `npm test` to learn whether the
// cluster still has to be made.

const root = join(dirname(new URL(import.meta.url).pathname), '../../..');

function pgliteVersion(): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Where the initialised cluster for the installed PGlite version is kept. */
export function clusterTemplatePath(): string {
  return join(root, 'node_modules/.cache/linebreak', `pglite-${pgliteVersion()}-cluster.tar.gz`);
}
