// Builds the public site's assets from GOV.UK Frontend with Linebreak's brand: the stylesheet
// (Sass), and the small progressive-enhancement scripts, copied as they are. Run by
// `npm install` and, when an output is missing or stale, by `npm start`/`npm test`.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import * as sass from 'sass';

const root = new URL('..', import.meta.url);
const input = new URL('src/modules/public-site/assets/linebreak.scss', root).pathname;
const outDir = new URL('dist/public/', root).pathname;
const require = createRequire(import.meta.url);
const govukDist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');

const result = sass.compile(input, {
  style: 'compressed',
  importers: [new sass.NodePackageImporter()],
  quietDeps: true,
});
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}linebreak.css`, result.css);
copyFileSync(join(govukDist, 'govuk-frontend.min.js'), `${outDir}govuk-frontend.min.js`);
copyFileSync(new URL('src/modules/public-site/assets/linebreak.js', root), `${outDir}linebreak.js`);
copyFileSync(new URL('src/modules/public-report/assets/proof-of-work.js', root), `${outDir}proof-of-work.js`);
// Pre-compressed copies so @fastify/static serves them without compressing on each request.
for (const name of ['linebreak.css', 'govuk-frontend.min.js', 'linebreak.js', 'proof-of-work.js']) {
  const content = readFileSync(`${outDir}${name}`);
  writeFileSync(`${outDir}${name}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(`${outDir}${name}.br`, brotliCompressSync(content));
}
