import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { csrfTokenOf, decodeBody } from '../../bench/http-client.ts';
import { solveProofOfWork } from '../../bench/intake.ts';
import { importsInJs, resourcesInCss, resourcesInHtml, standalonePages } from '../../bench/page-weight.ts';
import { runConcurrently } from '../../bench/server-process.ts';
import { percentile } from '../../bench/support.ts';
import { leadingZeroBits } from '../../src/modules/public-report/proof-of-work.ts';
import { infoPages } from '../../src/modules/public-site/info-pages.routes.ts';

test('a page loads its stylesheets, icons, scripts and images, not its links, forms or data: URLs', () => {
  const html = `<head><link rel="stylesheet" href="/assets/a.css"><link rel="icon" href="data:,">
    <link rel="canonical" href="/elsewhere"><script type="module" src="/assets/a.js"></script>
    <script nonce="x">inline()</script></head><body><a href="/report">Report</a>
    <img src="/assets/crest.svg" alt=""><form action="/report/start"></form></body>`;
  assert.deepEqual(resourcesInHtml(html), ['/assets/a.css', '/assets/a.js', '/assets/crest.svg']);
});

test('a stylesheet loads the fonts and images in its url()s, quoted or not', () => {
  const css = `@font-face{src:url("/fonts/a.woff2") format("woff2"),url(/fonts/a.woff)}
    .x{background:url('/img/b.png')}.y{mask:url(#m)}.z{background:url(data:image/png;base64,AA)}`;
  assert.deepEqual(resourcesInCss(css), ['/fonts/a.woff2', '/fonts/a.woff', '/img/b.png']);
});

test('a module script loads its static imports (also minified), not dynamic strings', () => {
  const js = `import{initAll as t}from"./govuk-frontend.min.js";import './side-effect.js';
    const s = "import x from 'nope'"; t();`;
  assert.deepEqual(importsInJs(js), ['./govuk-frontend.min.js', './side-effect.js']);
});

test('every information page of the site is weighed', () => {
  const paths = standalonePages.map((page) => page.path);
  for (const page of infoPages) assert.ok(paths.includes(page.path), page.path);
});

test('responses are decoded as sent: brotli, gzip or not at all', () => {
  const text = Buffer.from('<p>hello</p>'.repeat(50));
  assert.deepEqual(decodeBody(brotliCompressSync(text), 'br'), text);
  assert.deepEqual(decodeBody(gzipSync(text), 'gzip'), text);
  assert.deepEqual(decodeBody(text, undefined), text);
  assert.equal(csrfTokenOf('<input type="hidden" name="_csrf" value="abc-123">'), 'abc-123');
  assert.equal(csrfTokenOf('<p>no form</p>'), undefined);
});

test('a solved proof of work meets the difficulty asked', () => {
  const solution = solveProofOfWork('v1.challenge', 8);
  const hash = createHash('sha256').update(`v1.challenge:${solution}`).digest();
  assert.ok(leadingZeroBits(hash) >= 8);
});

test('runConcurrently runs every task once, never more than the limit at a time', async () => {
  let running = 0;
  let most = 0;
  const done: number[] = [];
  await runConcurrently(20, 3, async (index) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setImmediate(resolve));
    done.push(index);
    running -= 1;
  });
  assert.deepEqual(
    done.sort((a, b) => a - b),
    Array.from({ length: 20 }, (_, i) => i),
  );
  assert.equal(most, 3);
});

test('percentiles take the nearest rank', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(sorted, 50), 50);
  assert.equal(percentile(sorted, 99), 99);
  assert.equal(percentile([7], 99), 7);
  assert.ok(Number.isNaN(percentile([], 50)));
});
