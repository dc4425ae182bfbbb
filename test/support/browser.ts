import { existsSync } from 'node:fs';
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';

import { chromiumArgs, chromiumPath } from '../e2e/browser.ts';

export { chromiumPath };

/** True in CI: the environment sets CI, or `.ci/run` sets LINEBREAK_CI. */
export const inCi = (process.env.CI ?? '') !== '' || (process.env.LINEBREAK_CI ?? '') !== '';

/**
 * Debian's Chromium, headless, with everything that would phone home switched off. Answers
 * undefined, and skips the test with the reason, when Chromium is not installed, unless the
 * test is a gate that must run in CI (`requiredInCi`): there a missing Chromium fails it.
 */
export async function launchChromium(
  t: TestContext,
  options: { requiredInCi?: boolean } = {},
): Promise<Browser | undefined> {
  if (!existsSync(chromiumPath)) {
    if (options.requiredInCi === true && inCi) {
      throw new Error(`Chromium is required in CI for this gate and is not installed at ${chromiumPath}`);
    }
    t.skip('install chromium: apt-get install chromium');
    return undefined;
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
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

export async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name }).click()]);
}
