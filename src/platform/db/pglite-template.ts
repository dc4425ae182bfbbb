import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { clusterTemplatePath } from './pglite-template-path.ts';

export { clusterTemplatePath };

// A new embedded database starts from a freshly initialised, empty cluster. PGlite makes one by
// running initdb inside the process, which briefly takes about 400 MB more than the server
// needs afterwards. `npm install` and `npm start` (scripts/ensure-web-build.js) make that cluster
// once, in a process of their own, and keep it here; a server's first start then unpacks it
// instead of running initdb (docs/adr/0049). Without it (a copy with no install step), the
// server runs initdb as before.

/** The kept cluster, or undefined when none was made for this PGlite version. */
export function readClusterTemplate(): Blob | undefined {
  const path = clusterTemplatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

/** Makes the cluster when it is missing; returns whether it made one. */
export async function ensureClusterTemplate(): Promise<boolean> {
  const path = clusterTemplatePath();
  if (existsSync(path)) return false;
  const pglite = await PGlite.create();
  try {
    const dump = await pglite.dumpDataDir('gzip');
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${String(process.pid)}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
    return true;
  } finally {
    await pglite.close();
  }
}
