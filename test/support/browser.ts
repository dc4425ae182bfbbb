import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

// The one Chromium helper for browser tests: launching Debian's Chromium (or skipping, with how
// to enable the tests), axe-core scans, screenshots, the neutral site the quick exit leaves for,
// and reading what WebGL drew (MapLibre, sigma) from element screenshots. playwright-core and
// sharp load only when a test uses them, so API tests that import the staff helper stay quick.

export const chromiumPath = '/usr/bin/chromium';

/** Headless, with everything that would phone home switched off (this machine has no network). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** True in CI: the environment sets CI, or `.ci/run` sets LINEBREAK_CI. */
export const inCi = (process.env.CI ?? '') !== '' || (process.env.LINEBREAK_CI ?? '') !== '';

const notInstalled =
  `Chromium is not installed at ${chromiumPath}: browser tests skipped. ` +
  'To run them, install Debian’s Chromium: apt-get install chromium';

/** For `describe(..., { skip: skipBrowser })`: why browser tests are skipped here, or false when they can run. */
export const skipBrowser: string | false = existsSync(chromiumPath) ? false : notInstalled;

/**
 * Debian's Chromium, headless. Without a test context it is for suites already guarded by
 * `skipBrowser`, and throws if Chromium is missing. With one, it skips the test (answering
 * undefined) when Chromium is missing, unless the test is a gate that must run in CI
 * (`requiredInCi`): there a missing Chromium fails it.
 */
export async function launchChromium(): Promise<Browser>;
export async function launchChromium(
  t: TestContext,
  options?: { requiredInCi?: boolean },
): Promise<Browser | undefined>;
export async function launchChromium(
  t?: TestContext,
  options: { requiredInCi?: boolean } = {},
): Promise<Browser | undefined> {
  if (skipBrowser !== false) {
    if (t === undefined || (options.requiredInCi === true && inCi)) {
      throw new Error(`Chromium is required here and is not installed at ${chromiumPath} (apt-get install chromium)`);
    }
    t.skip(notInstalled);
    return undefined;
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
}

/** Starts an app on a free local port; answers its base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

/** Every URL the page requests, so a test can prove none leaves the site. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Clicks a button and waits for the page it submits to load. */
export async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name }).click()]);
}

/**
 * Saves a full-page screenshot as `<name>.png` in the folder named by LINEBREAK_SCREENSHOTS,
 * for a person to look at; does nothing when that is not set.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.LINEBREAK_SCREENSHOTS;
  if (folder === undefined || folder === '') return;
  await page.screenshot({ path: `${folder}/${name.replaceAll(' ', '-')}.png`, fullPage: true });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/** Runs axe-core on the page as it is now (the context needs bypassCSP to inject it). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // A page still navigating has no document to inject into: wait until it has loaded.
  await page.waitForLoadState('load');
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    // Runs in the page, where axe is a global; globalThis keeps Node's types happy here.
    type Axe = { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> };
    const page = globalThis as unknown as { document: unknown; axe: Axe };
    const { violations } = await page.axe.run(page.document, { resultTypes: ['violations'] });
    // Only what the assertion names crosses back from the page.
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  });
}

/** One line per violation, so a failing assertion names the rule and the elements. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  );
}

/**
 * Opens the page's current address, with the same cookies (so signed in as the same person), in
 * a context where axe can be injected without loosening the real Content Security Policy of the
 * page under test; waits until `ready`, saves a screenshot, and fails the test on any violation.
 */
export async function assertAccessible(
  browser: Browser,
  context: BrowserContext,
  page: Page,
  name: string,
  ready: (scan: Page) => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  const scanContext = await browser.newContext({ bypassCSP: true });
  await scanContext.addCookies(await context.cookies());
  const scan = await scanContext.newPage();
  await scan.goto(page.url());
  await scan.waitForSelector('h1');
  await ready(scan);
  const violations = await axeViolations(scan);
  await saveScreenshot(scan, name);
  await scanContext.close();
  assert.deepEqual(describeViolations(violations), [], `axe violations on ${name}`);
}

/**
 * A stand-in for the quick exit's neutral site on a local port (this machine has no network, and
 * Playwright does not route the target of a redirect): the public app is told to send the quick
 * exit here, and the site records the headers of each request it answers.
 */
export async function startNeutralSite(): Promise<{
  url: string;
  seen: IncomingHttpHeaders[];
  close(): Promise<void>;
}> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    // The browser also asks for /favicon.ico: only the page itself is the quick exit's request.
    if (request.url === '/weather') seen.push(request.headers);
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>Weather</title><h1>Weather</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${String(port)}/weather`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

// Reading what WebGL drew (MapLibre, sigma) from element screenshots, and waiting on the
// numbers the map and chart components publish as data attributes.

async function rawPixels(element: Locator) {
  const { default: sharp } = await import('sharp');
  return sharp(await element.screenshot())
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/** How many pixels of an element's screenshot are close to a colour (and how many differ from white). */
export async function pixelCounts(element: Locator, rgb: readonly [number, number, number]) {
  const { data, info } = await rawPixels(element);
  let matching = 0;
  let notWhite = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
    if (Math.abs(r - rgb[0]) < 30 && Math.abs(g - rgb[1]) < 30 && Math.abs(b - rgb[2]) < 30) matching += 1;
    if (r < 245 || g < 245 || b < 245) notWhite += 1;
  }
  return { matching, notWhite, total: info.width * info.height };
}

/** The centre of the pixels of one colour in an element's screenshot (element coordinates), if any. */
export async function colourCentre(element: Locator, rgb: readonly [number, number, number]) {
  const { data, info } = await rawPixels(element);
  let [sumX, sumY, count] = [0, 0, 0];
  for (let i = 0; i < data.length; i += info.channels) {
    const close = [0, 1, 2].every((c) => Math.abs((data[i + c] ?? 0) - (rgb[c] ?? 0)) < 20);
    if (!close) continue;
    const pixel = i / info.channels;
    sumX += pixel % info.width;
    sumY += Math.floor(pixel / info.width);
    count += 1;
  }
  return count === 0 ? undefined : { x: sumX / count, y: sumY / count, count };
}

/** Waits until the element with this test id has a numeric attribute of at least `atLeast`; answers it. */
export async function numberAttribute(page: Page, testId: string, name: string, atLeast: number): Promise<number> {
  await page.waitForFunction(
    ({ selector, attribute, minimum }) => {
      // Runs in the page; globalThis keeps Node's types happy here (no DOM library in this project).
      type Doc = { querySelector: (s: string) => { getAttribute: (n: string) => string | null } | null };
      const doc = (globalThis as unknown as { document: Doc }).document;
      return Number(doc.querySelector(selector)?.getAttribute(attribute)) >= minimum;
    },
    { selector: `[data-testid="${testId}"]`, attribute: name, minimum: atLeast },
  );
  return Number(await page.getByTestId(testId).getAttribute(name));
}

/** Screenshots the element until a pixel count passes (WebGL draws on the next frames), or gives up. */
export async function drawnPixels(
  element: Locator,
  rgb: readonly [number, number, number],
  passes: (counts: Awaited<ReturnType<typeof pixelCounts>>) => boolean,
) {
  let counts = await pixelCounts(element, rgb);
  for (let attempt = 0; attempt < 20 && !passes(counts); attempt += 1) {
    await element.page().waitForTimeout(250);
    counts = await pixelCounts(element, rgb);
  }
  return counts;
}
