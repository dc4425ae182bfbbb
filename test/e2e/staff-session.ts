import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { currentCode, type TestStaffUser } from '../support/staff.ts';
import type { TestSystem } from '../support/test-services.ts';
import { axeViolations } from './browser.ts';

// What the staff-site browser tests share: a port known before listening (the staff base URL
// must name it, and WebAuthn refuses bare IP addresses), signing in with a password and a TOTP
// code, and an axe-core scan of the page in a second context, so axe can be injected without
// loosening the real Content Security Policy of the page under test.

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
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
