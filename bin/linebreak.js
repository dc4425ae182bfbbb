#!/usr/bin/env node
// `npx linebreak …`: re-runs the TypeScript CLI on the project's pinned Node 24, whatever
// Node started this shim, so the command behaves the same as `npm run linebreak`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pinned = `${root}node_modules/.bin/node`;
const nodeBinary = existsSync(pinned) ? pinned : process.execPath;
const result = spawnSync(nodeBinary, [`${root}src/main/cli.ts`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
