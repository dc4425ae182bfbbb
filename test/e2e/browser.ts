import { existsSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

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
/** Why browser tests are skipped here, or false when Chromium is installed. */
export const skipBrowser = existsSync(chromiumPath)
  ? false
  : `Chromium is not installed at ${chromiumPath} (apt-get install chromium): browser tests skipped`;

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
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
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
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
