import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { youSaidWeDidPaths } from '../../src/modules/public-site/you-said-we-did.routes.ts';
import { launchChromium, listen } from '../support/browser.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// A phone-sized screen (320 CSS pixels, the WCAG reflow width) and a keyboard, JavaScript off.
describe('keyboard and small screens', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let base = '';
  let browser: Browser | undefined;

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services);
    base = await listen(app);
  });
  after(async () => {
    await browser?.close();
    await app.close();
    await system.close();
  });

  test('pages fit a 320px screen and the first question can be answered by keyboard alone', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const fits = async (what: string) => {
      const width = await page.evaluate('document.documentElement.scrollWidth');
      assert.ok(Number(width) <= 320, `${what} is ${String(width)}px wide`);
    };
    for (const path of [
      '/',
      '/county-lines',
      '/how-we-protect-you',
      ...youSaidWeDidPaths,
      '/report',
      '/report/follow-up',
    ]) {
      await page.goto(`${base}${path}`);
      await fits(path);
    }

    await page.goto(`${base}/report`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent.trim()'), 'Skip to main content');
    await page.getByRole('button', { name: 'Start now' }).focus();
    await Promise.all([page.waitForURL(/\/report\/about$/), page.keyboard.press('Enter')]);
    await fits('the first question');
    await page.locator('#categories').focus();
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#categories').isChecked(), true);
    await page.getByRole('button', { name: 'Continue' }).focus();
    await Promise.all([page.waitForURL(/\/report\/where$/), page.keyboard.press('Enter')]);
    await fits('the second question');
    await context.close();
  });
});
