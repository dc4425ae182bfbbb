import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { currentCode, type TestStaffUser } from '../support/staff.ts';
import { createTestSystem, testConfig, type TestSystem } from '../support/test-services.ts';
import { axeViolations, launchChromium } from './browser.ts';

// What the staff-site browser tests share: a port known before listening (the staff base URL
// must name it, and WebAuthn refuses bare IP addresses), signing in with a password and a TOTP
// code, and an axe-core scan of the page in a second context, so axe can be injected without
// loosening the real Content Security Policy of the page under test.

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

export type StaffSite = {
  readonly system: TestSystem;
  readonly app: FastifyInstance;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** http://localhost:<port>: a host name, because browsers refuse WebAuthn on bare IP addresses. */
  readonly base: string;
  /** Every Content Security Policy refusal the page logged; tests assert it stays empty. */
  readonly cspViolations: string[];
  stop(): Promise<void>;
};

/** A test system with the staff site listening on a real port and a Chromium page ready for it. */
export async function startStaffSite(): Promise<StaffSite> {
  const port = await freePort();
  const base = `http://localhost:${String(port)}`;
  const system = await createTestSystem({ config: testConfig({ STAFF_BASE_URL: base }) });
  const app = await createStaffApp(system.services);
  await app.listen({ host: '127.0.0.1', port });
  const browser = await launchChromium();
  const context = await browser.newContext({ bypassCSP: false });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });
  return {
    system,
    app,
    browser,
    context,
    page,
    base,
    cspViolations,
    async stop() {
      await browser.close();
      await app.close();
      await system.close();
    },
  };
}

/** Signs in through the real sign-in page; the test clock moves on so the code is fresh. */
export async function signInWithTotp(page: Page, base: string, system: TestSystem, user: TestStaffUser) {
  await page.goto(`${base}/app/`);
  await page.getByRole('heading', { name: 'Sign in to Linebreak' }).waitFor();
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  system.clock.advance(30_000);
  await page.getByLabel('Code from your authenticator app').fill(currentCode(system, user.totpSecret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

/**
 * Opens the page's current address, signed in as the same person, in a context where axe can
 * be injected, waits until `ready`, and fails the test on any violation.
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
  if (process.env.LINEBREAK_SCREENSHOTS) {
    await scan.screenshot({
      path: `${process.env.LINEBREAK_SCREENSHOTS}/${name.replaceAll(' ', '-')}.png`,
      fullPage: true,
    });
  }
  await scanContext.close();
  assert.deepEqual(
    violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`),
    [],
    `axe violations on ${name}`,
  );
}
