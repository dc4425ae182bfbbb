// Builds the staff web app and the public stylesheet when an output is missing or older than
// its sources, and initialises the embedded database's empty cluster once, so `npm start` and
// `npm test` need no extra step after a clone or a pull.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clusterTemplatePath } from '../src/platform/db/pglite-template-path.ts';

const root = new URL('..', import.meta.url).pathname;

function newestMtime(path) {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isStale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => newestMtime(join(root, source)) > built);
}

if (isStale(join(root, 'dist/web/index.html'), ['web'])) {
  execFileSync('npm', ['run', '-s', 'build:web'], { cwd: root, stdio: 'inherit' });
}
if (
  isStale(join(root, 'dist/public/manifest.json'), [
    'src/modules/public-site/assets',
    'src/modules/public-report/assets',
    'scripts/build-public-css.js',
  ])
) {
  execFileSync(process.execPath, [join(root, 'scripts/build-public-css.js')], { cwd: root, stdio: 'inherit' });
}
// The initialised empty cluster a new embedded database starts from (src/platform/db/pglite-template.ts),
// made in a process of its own only when it is missing.
if (!existsSync(clusterTemplatePath())) {
  execFileSync(process.execPath, [join(root, 'scripts/ensure-pglite-template.ts')], { cwd: root, stdio: 'inherit' });
}
