// Builds the public site's assets from GOV.UK Frontend with Linebreak's brand: the stylesheet
// (Sass, only the components the site uses, minified), and the small progressive-enhancement
// scripts, copied as they are. Each asset is also written under a name holding a hash of its
// content (linebreak.3f2a9c1d.css), served as immutable, and manifest.json maps each name to
// its hashed name for the pages (ADR 50). Run by `npm install` and, when an output is missing
// or stale, by `npm start`/`npm test`.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import * as sass from 'sass';

const root = new URL('..', import.meta.url);
const input = new URL('src/modules/public-site/assets/linebreak.scss', root).pathname;
const outDir = new URL('dist/public/', root).pathname;

const result = sass.compile(input, {
  style: 'compressed',
  importers: [new sass.NodePackageImporter()],
  quietDeps: true,
});
/** The scripts without their comment lines and indentation (they hold no multi-line strings). */
function slimScript(path) {
  const lines = readFileSync(new URL(path, root), 'utf8').split('\n');
  return Buffer.from(
    lines
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('//'))
      .join('\n') + '\n',
  );
}
const assets = {
  'linebreak.css': Buffer.from(result.css),
  'linebreak.js': slimScript('src/modules/public-site/assets/linebreak.js'),
  'proof-of-work.js': slimScript('src/modules/public-report/assets/proof-of-work.js'),
  // The where page's clickable map (scripts/derive-district-map.ts), copied as it is.
  'district-map.svg': readFileSync(new URL('src/modules/public-report/assets/district-map.svg', root)),
};

// Start clean, so old hashed copies do not pile up.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const manifest = {};
for (const [name, content] of Object.entries(assets)) {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8);
  const hashed = name.replace(/\.(\w+)$/, `.${hash}.$1`);
  manifest[name] = hashed;
  for (const file of [name, hashed]) writeFileSync(`${outDir}${file}`, content);
}
// Pre-compressed copies so @fastify/static serves them without compressing on each request.
for (const file of readdirSync(outDir)) {
  const content = readFileSync(`${outDir}${file}`);
  writeFileSync(`${outDir}${file}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(`${outDir}${file}.br`, brotliCompressSync(content));
}
// Written last: ensure-web-build.js treats a missing or older manifest as a stale build.
writeFileSync(`${outDir}manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
