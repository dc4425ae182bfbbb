// Compiles the public site's stylesheet from GOV.UK Frontend's Sass with Linebreak's brand.
// Run by `npm install` and, when the output is missing or stale, by `npm start`/`npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
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
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}linebreak.css`, result.css);
// Pre-compressed copies so @fastify/static serves them without compressing on each request.
writeFileSync(`${outDir}linebreak.css.gz`, gzipSync(result.css, { level: 9 }));
writeFileSync(`${outDir}linebreak.css.br`, brotliCompressSync(result.css));
