// Bytes a reporter downloads for each public page, compressed as a browser gets them
// (Accept-Encoding: gzip, deflate, br), counting the HTML and everything it loads: stylesheets,
// scripts and the modules they import, images and fonts named in the HTML or the CSS. Each page
// is counted three ways (ADR 50): a first visit with JavaScript off (HTML, stylesheets and what
// they load), a first visit with JavaScript on (also every script and module), which is what a
// reporter on a borrowed phone gets, and a repeat visit, where the browser already holds every
// asset the server let it keep (Cache-Control max-age) and fetches the rest again. Server time
// is the median time to the last byte of the page's HTML on the loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportJourney } from '../src/modules/public-report/journey.ts';
import { infoPages } from '../src/modules/public-site/info-pages.routes.ts';
import { youSaidWeDidPaths } from '../src/modules/public-site/you-said-we-did.routes.ts';
import { createHttpClient, type HttpClient } from './http-client.ts';
import { benchAnswers, solveProofOfWork } from './intake.ts';
import { startBenchServer, type BenchServer } from './server-control.ts';
import { percentile, round } from './support.ts';

/** Pages outside the report journey. Information pages come from the site's own list, so new ones appear here. */
export const standalonePages: readonly { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  ...infoPages.map((page) => ({ name: page.path.slice(1), path: page.path })),
  ...youSaidWeDidPaths.map((path) => ({ name: path.slice(1), path })),
  { name: 'report: start', path: '/report' },
  { name: 'report: follow-up sign-in', path: '/report/follow-up' },
  { name: 'page not found', path: '/no-such-page' },
];

/** Every public page, first visit, JavaScript on or off (issue 19). */
export const pageBudgetBytes = 15 * 1024;
/** A repeat visit: in practice only the HTML, the assets being cached. */
export const repeatBudgetBytes = 4 * 1024;
const acceptEncoding = 'gzip, deflate, br';

export type PageWeight = {
  page: string;
  path: string;
  status: number;
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  otherBytes: number;
  /** First visit with JavaScript on: everything. */
  totalBytes: number;
  /** First visit with JavaScript off: the HTML, stylesheets and what they load. */
  jsOffBytes: number;
  /** Repeat visit: the HTML and whatever the server did not let the browser keep. */
  repeatBytes: number;
  /** Uncompressed size of everything, for comparison. */
  uncompressedBytes: number;
  resources: number;
  scripts: number;
  serverMsP50: number;
  withinBudget: boolean;
};

/** The URLs a page makes a browser fetch: stylesheets, icons, scripts, images and image buttons (not links or forms). */
export function resourcesInHtml(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(link|script|img|source|input)\b[^>]*>/gi) ?? []) {
    const isLink = /^<link/i.test(tag);
    if (isLink && !/rel="(stylesheet|icon|preload|modulepreload|apple-touch-icon)"/i.test(tag)) continue;
    if (/^<input/i.test(tag) && !/type="image"/i.test(tag)) continue; // an image button loads its picture
    const url = /\s(?:href|src)="([^"]+)"/i.exec(tag)?.[1];
    if (url) found.push(url);
  }
  return found.filter((url) => !url.startsWith('data:'));
}

export function resourcesInCss(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((match) => match[1] ?? '')
    .filter((url) => url !== '' && !url.startsWith('data:') && !url.startsWith('#'));
}

/** Static imports of a JavaScript module (what a browser fetches before running it). */
export function importsInJs(js: string): string[] {
  return [...js.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** Whether a browser may reuse a response on a later visit without asking again. */
export function isKeptByBrowser(cacheControl: string | string[] | number | undefined): boolean {
  const value = (Array.isArray(cacheControl) ? cacheControl.join(',') : String(cacheControl ?? '')).toLowerCase();
  const maxAge = /max-age=(\d+)/.exec(value)?.[1];
  return !/no-store|no-cache/.test(value) && maxAge !== undefined && Number(maxAge) > 0;
}

async function weigh(
  client: HttpClient,
  name: string,
  path: string,
  html: { status: number; wire: Buffer; text: string },
) {
  const seen = new Set<string>();
  const bytes = { css: 0, js: 0, other: 0, jsOff: 0, notKept: 0, uncompressed: Buffer.byteLength(html.text) };
  let scripts = 0;
  // Each URL with whether a browser with JavaScript off fetches it too (not scripts, nor what they load).
  const queue = resourcesInHtml(html.text).map((url) => ({
    url: new URL(url, new URL(path, 'http://x')).pathname,
    withoutScripts: !/\.m?js$/.test(new URL(url, 'http://x').pathname),
  }));
  while (queue.length > 0) {
    const { url, withoutScripts } = queue.shift() ?? { url: '', withoutScripts: false };
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await client.get(url);
    if (response.status !== 200) continue; // a missing file costs its 404, which we ignore
    bytes.uncompressed += Buffer.byteLength(response.text);
    if (!isKeptByBrowser(response.headers['cache-control'])) bytes.notKept += response.wire.length;
    const type = String(response.headers['content-type']);
    const resolve = (found: string) => new URL(found, new URL(url, 'http://x')).pathname;
    if (type.includes('javascript')) {
      scripts += 1;
      bytes.js += response.wire.length;
      queue.push(...importsInJs(response.text).map((found) => ({ url: resolve(found), withoutScripts: false })));
      continue;
    }
    if (withoutScripts) bytes.jsOff += response.wire.length;
    if (type.includes('css')) {
      bytes.css += response.wire.length;
      queue.push(...resourcesInCss(response.text).map((found) => ({ url: resolve(found), withoutScripts })));
    } else {
      bytes.other += response.wire.length;
    }
  }
  const totalBytes = html.wire.length + bytes.css + bytes.js + bytes.other;
  const jsOffBytes = html.wire.length + bytes.jsOff;
  const repeatBytes = html.wire.length + bytes.notKept;
  return {
    page: name,
    path,
    status: html.status,
    htmlBytes: html.wire.length,
    cssBytes: bytes.css,
    jsBytes: bytes.js,
    otherBytes: bytes.other,
    totalBytes,
    jsOffBytes,
    repeatBytes,
    uncompressedBytes: bytes.uncompressed,
    resources: seen.size,
    scripts,
    withinBudget: totalBytes <= pageBudgetBytes && jsOffBytes <= pageBudgetBytes && repeatBytes <= repeatBudgetBytes,
  };
}

/** Fetches the page `samples` times (the first one warm-up) and weighs the last copy. */
async function measurePage(client: HttpClient, name: string, path: string, samples: number): Promise<PageWeight> {
  const times: number[] = [];
  let last = await client.get(path);
  for (let i = 0; i < samples; i += 1) {
    last = await client.get(path);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  return { ...(await weigh(client, name, path, last)), serverMsP50: round(percentile(times, 50)) };
}

async function measureAll(server: BenchServer, samples: number): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  const client = createHttpClient(server.publicUrl, { acceptEncoding });
  for (const page of standalonePages) results.push(await measurePage(client, page.name, page.path, samples));

  // The journey, page by page, answered as in the intake benchmark (every branch applies).
  const answers = new Map(benchAnswers);
  await client.post('/report/start', {}, false);
  for (const step of reportJourney) {
    const path = `/report/${step.page}`;
    results.push(await measurePage(client, `report: ${step.page}`, path, samples));
    const fields = answers.get(step.page);
    if (fields === undefined) throw new Error(`the benchmark has no answers for ${step.page}`);
    await client.post(path, fields);
  }
  const check = await measurePage(client, 'report: check your answers', '/report/check', samples);
  results.push(check);
  const page = await client.get('/report/check');
  const challenge = /data-pow-challenge="([^"]+)"/.exec(page.text)?.[1] ?? '';
  await client.post('/report/check', {
    powChallenge: challenge,
    powSolution: solveProofOfWork(challenge, server.powBits),
  });
  results.push(await measurePage(client, 'report: confirmation', '/report/confirmation', samples));
  client.close();

  // The 999 stop: a second journey whose "who" answer says a child is being harmed right now.
  const danger = createHttpClient(server.publicUrl, { acceptEncoding });
  await danger.post('/report/start', {}, false);
  for (const step of reportJourney) {
    const fields = answers.get(step.page) ?? {};
    await danger.get(`/report/${step.page}`); // the form token comes with the page
    if (step.page === 'who') {
      await danger.post('/report/who', { ...fields, dangerNow: ['child_harmed'] });
      break;
    }
    await danger.post(`/report/${step.page}`, fields);
  }
  results.push(await measurePage(danger, 'report: 999 stop (danger now)', '/report/danger', samples));
  danger.close();
  return results;
}

export async function runPageWeightBenchmark(options: { samples: number }): Promise<PageWeight[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linebreak-bench-pages-'));
  const server = await startBenchServer({ dataDir, runJobs: false });
  try {
    return await measureAll(server, options.samples);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatPageWeights(pages: readonly PageWeight[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return [
    `| page | HTTP | HTML KB | CSS KB | JS KB | other KB | first visit, JS off KB | first visit, JS on KB | repeat visit KB | uncompressed KB | scripts | within ${kb(pageBudgetBytes)} / ${kb(repeatBudgetBytes)} KB | server ms (p50) |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...pages.map(
      (p) =>
        `| ${p.page} | ${String(p.status)} | ${kb(p.htmlBytes)} | ${kb(p.cssBytes)} | ${kb(p.jsBytes)} | ${kb(p.otherBytes)} | ${kb(p.jsOffBytes)} | ${kb(p.totalBytes)} | ${kb(p.repeatBytes)} | ${kb(p.uncompressedBytes)} | ${String(p.scripts)} | ${p.withinBudget ? 'yes' : '**no**'} | ${String(p.serverMsP50)} |`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  process.stdout.write(`${formatPageWeights(await runPageWeightBenchmark({ samples: 5 }))}\n`);
}
