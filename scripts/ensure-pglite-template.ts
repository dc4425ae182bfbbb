// Initialises the empty cluster a new embedded database starts from, once per PGlite version, in
// a process of its own (initdb's memory peak stays out of the server: docs/adr/0049).
import { clusterTemplatePath, ensureClusterTemplate } from '../src/platform/db/pglite-template.ts';

if (await ensureClusterTemplate()) {
  process.stdout.write(`Initialised the embedded database's empty cluster: ${clusterTemplatePath()}\n`);
}
