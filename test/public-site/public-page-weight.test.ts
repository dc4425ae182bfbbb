import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import {
  importsInJs,
  isKeptByBrowser,
  pageBudgetBytes,
  repeatBudgetBytes,
  resourcesInCss,
  resourcesInHtml,
} from '../../bench/page-weight.ts';
import { publicAssetsDir } from '../../src/modules/public-site/assets.ts';
import { availableLocales } from '../../src/modules/public-site/i18n/catalogue.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { readOnlyPages, usePublicApp } from '../support/public-app.ts';

// Issue 19, ADR 50: every public page within 15 KB compressed on a first visit, with JavaScript
// on (everything it loads) and off (the HTML and stylesheet), and within 4 KB on a repeat visit,
// when the content-hashed assets are cached. Measured as bench/page-weight.ts does, through the
// listener with Accept-Encoding: br.

type Weight = { page: string; jsOff: number; jsOn: number; repeat: number; assets: string[] };

async function weigh(app: FastifyInstance, page: string, cookie?: string): Promise<Weight> {
  const headers = { 'accept-encoding': 'br', ...(cookie === undefined ? {} : { cookie }) };
  const response = await app.inject({ method: 'GET', url: page, headers });
  assert.equal(response.headers['content-encoding'], 'br', page);
  const html = brotliDecompressSync(response.rawPayload).toString();
  const weight = { page, jsOff: response.rawPayload.length, jsOn: response.rawPayload.length, repeat: 0, assets: [] };
  weight.repeat = weight.jsOff;
  const queue = resourcesInHtml(html).map((url) => ({ url, withoutScripts: !/\.m?js$/.test(url), fromCss: false }));
  const seen = new Set<string>();
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const url = new URL(next.url, `http://x${page}`).pathname;
    if (seen.has(url)) continue;
    seen.add(url);
    const asset = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    // What the HTML names must be there. A stylesheet names images for components the site does
    // not show (GOV.UK's footer crest); a browser fetches those only for an element that uses them.
    if (next.fromCss && asset.statusCode === 404) continue;
    assert.equal(asset.statusCode, 200, `${page} loads ${url}`);
    (weight.assets as string[]).push(url);
    const bytes = asset.rawPayload.length;
    const text =
      String(asset.headers['content-encoding']) === 'br' ? brotliDecompressSync(asset.rawPayload) : asset.rawPayload;
    const isScript = String(asset.headers['content-type']).includes('javascript');
    weight.jsOn += bytes;
    if (next.withoutScripts && !isScript) weight.jsOff += bytes;
    if (!isKeptByBrowser(asset.headers['cache-control'])) weight.repeat += bytes;
    const found = isScript ? importsInJs(text.toString()) : resourcesInCss(text.toString());
    queue.push(
      ...found.map((href) => ({
        url: new URL(href, `http://x${url}`).pathname,
        withoutScripts: next.withoutScripts && !isScript,
        fromCss: !isScript,
      })),
    );
  }
  return weight;
}

function assertWithinBudget(weight: Weight): void {
  const figures = `${weight.page}: ${JSON.stringify({ ...weight, assets: undefined })}`;
  assert.ok(weight.jsOn <= pageBudgetBytes, `JavaScript on: ${figures}`);
  assert.ok(weight.jsOff <= pageBudgetBytes, `JavaScript off: ${figures}`);
  assert.ok(weight.repeat <= repeatBudgetBytes, `repeat visit: ${figures}`);
}

describe('public page weight', () => {
  const site = usePublicApp();

  test('every page outside the journey is within budget, first visit and repeat, in every language', async () => {
    for (const page of readOnlyPages) assertWithinBudget(await weigh(site.app, page));
    // Other scripts cost more bytes a letter (Bengali and Urdu three in UTF-8), so each language is weighed.
    for (const locale of availableLocales().filter((code) => code !== 'en')) {
      for (const page of readOnlyPages) assertWithinBudget(await weigh(site.app, `${page}?lang=${locale}`));
    }
  });

  test('every journey page, its error summary, check your answers, the 999 stop and the confirmation', async () => {
    const client = journeyClient(site.app);
    await client.start();
    const cookie = () => `lb_report=${String(client.cookie)}`;
    // The first page with its error summary (nothing chosen), as a browser gets it back.
    const empty = await client.post('/report/about', {});
    assert.match(empty.body, /govuk-error-summary/);
    let next = '/report/about';
    for (const [page, fields] of Object.entries(fullAnswers)) {
      assert.equal(next, `/report/${page}`);
      assertWithinBudget(await weigh(site.app, next, cookie()));
      next = await client.answer(page, fields);
    }
    assert.equal(next, '/report/check');
    assertWithinBudget(await weigh(site.app, '/report/check', cookie()));
    await client.send();
    assertWithinBudget(await weigh(site.app, '/report/confirmation', cookie()));

    const danger = journeyClient(site.app);
    await danger.walk(fullAnswers, 'who');
    await danger.get('/report/who');
    assert.equal(
      (await danger.post('/report/who', { ...fullAnswers.who, dangerNow: ['child_harmed'] })).statusCode,
      303,
    );
    assertWithinBudget(await weigh(site.app, '/report/danger', `lb_report=${String(danger.cookie)}`));
  });

  test('pages link content-hashed assets that browsers may keep for a year', async () => {
    const manifest = JSON.parse(readFileSync(`${publicAssetsDir}/manifest.json`, 'utf8')) as Record<string, string>;
    const home = await weigh(site.app, '/');
    assert.deepEqual(
      home.assets.sort(),
      [`/assets/${String(manifest['linebreak.css'])}`, `/assets/${String(manifest['linebreak.js'])}`].sort(),
    );
    for (const url of home.assets) {
      assert.match(url, /\.[0-9a-f]{8}\.(css|js)$/);
      for (const encoding of ['br', 'gzip', 'identity']) {
        const asset = await site.app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });
        assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable', `${url} ${encoding}`);
      }
    }
    // The plain names still answer (bookmarks, old pages) but only for a day.
    const plain = await site.app.inject({ method: 'GET', url: '/assets/linebreak.css' });
    assert.equal(plain.headers['cache-control'], 'public, max-age=86400');
  });

  test('the component-only stylesheet styles every GOV.UK class the pages use', async () => {
    // GOV.UK Frontend's complete stylesheet names the classes that have styles; each one a page
    // uses must also be in Linebreak's (a component left out of linebreak.scss would fail here).
    const govukDist = createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css');
    const classesIn = (css: string) => new Set([...css.matchAll(/\.(govuk-[\w-]+)/g)].map((match) => match[1]));
    const full = classesIn(readFileSync(govukDist, 'utf8'));
    const ours = classesIn(readFileSync(`${publicAssetsDir}/linebreak.css`, 'utf8'));
    assert.ok(ours.size < full.size, 'ours holds fewer classes than the whole of GOV.UK Frontend');
    const client = journeyClient(site.app);
    const bodies = [];
    for (const page of readOnlyPages) {
      bodies.push((await client.get(page)).body);
    }
    await client.start();
    bodies.push((await client.post('/report/about', {})).body);
    for (const [page, fields] of Object.entries(fullAnswers)) {
      bodies.push((await client.get(`/report/${page}`)).body);
      await client.answer(page, fields);
    }
    bodies.push((await client.get('/report/check')).body);
    const used = new Set(
      bodies.flatMap((body) => [...body.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/))),
    );
    const missing = [...used].filter((name) => full.has(name) && !ours.has(name));
    assert.deepEqual(missing, []);
    assert.ok(used.has('govuk-error-summary') && used.has('govuk-summary-list'), 'the pages were read');
  });
});
