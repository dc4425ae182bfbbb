import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { clickButton, launchChromium, listen, startNeutralSite } from '../support/browser.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The quick exit and the "call 999" stop in Chromium, with JavaScript off (plain links and
// forms) and, for the Escape key and the history, on. The neutral site is answered locally:
// this machine has no network, and the test must not depend on another site anyway.
describe('quick exit and immediate danger in Chromium', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let base = '';
  let browser: Browser | undefined;
  let neutral: Awaited<ReturnType<typeof startNeutralSite>>;

  before(async () => {
    neutral = await startNeutralSite();
    system = await createTestSystem();
    app = await createPublicApp(system.services, { quickExitUrl: neutral.url });
    base = await listen(app);
  });
  after(async () => {
    await browser?.close();
    await app.close();
    await system.close();
    await neutral.close();
  });

  test('JavaScript off: "Leave this site" is a plain link through /report/leave to the neutral site, sent without a referrer', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const before = neutral.seen.length;
    const page = await context.newPage();
    for (const path of ['/', '/how-we-protect-you', '/report']) {
      await page.goto(`${base}${path}`);
      const exit = page.getByRole('button', { name: 'Emergency: Leave this site' });
      assert.ok(await exit.isVisible(), `${path} shows the quick exit`);
      assert.equal(await exit.getAttribute('href'), '/report/leave');
    }
    await Promise.all([
      page.waitForURL(neutral.url),
      page.getByRole('button', { name: 'Emergency: Leave this site' }).click(),
    ]);
    assert.equal(await page.title(), 'Weather');
    assert.equal(neutral.seen.length, before + 1);
    assert.equal(neutral.seen.at(-1)?.referer, undefined, 'the neutral site is not told where the visitor came from');
    await context.close();
  });

  test('JavaScript off: an answer meaning a child is harmed now stops the journey with 999; the report carries on', async (t) => {
    browser ??= await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/report`);
    await clickButton(page, 'Start now');
    await page.getByLabel('Recreational drug use').check();
    await clickButton(page, 'Continue');
    await page.locator('#notAboutAPlace').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue'); // when: nothing known
    await page.locator('#childInvolved').check();
    await page.locator('#vulnerableAdultInvolved-2').check();
    await page.locator('#lifeAtRisk').check();
    await page.getByLabel('A child is being hurt, or is in danger, right now').check();
    await clickButton(page, 'Continue');

    assert.equal(await page.title(), 'Call 999 now if someone is in danger – Linebreak');
    const content = await page.content();
    assert.match(content, /href="tel:999"/);
    assert.match(content, /0300 123 4043/);
    assert.ok(await page.getByRole('button', { name: 'Emergency: Leave this site' }).isVisible());
    await clickButton(page, 'Continue with your report');
    assert.match(page.url(), /\/report\/young-person$/);
    assert.equal(await page.title(), 'Signs that a young person is being exploited – Linebreak');
    await context.close();
  });

  test('JavaScript off: the receipt cannot be left without confirming it was saved', async (t) => {
    browser ??= await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/report`);
    await clickButton(page, 'Start now');
    await page.getByLabel('Recreational drug use').check();
    await clickButton(page, 'Continue');
    await page.locator('#notAboutAPlace').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue');
    await page.locator('#childInvolved-2').check();
    await page.locator('#vulnerableAdultInvolved-2').check();
    await page.locator('#lifeAtRisk-2').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue');
    await page.getByLabel('Stay anonymous').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Send report');
    await clickButton(page, 'Finish');
    assert.equal(await page.title(), 'Error: Report sent – Linebreak');
    assert.ok(
      await page
        .getByRole('link', { name: 'Confirm that you have saved your receipt code, or written it down' })
        .isVisible(),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /download it as a text file/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'receipt-code.txt');
    await page.getByLabel('I have saved my receipt code, or written it down').check();
    await clickButton(page, 'Finish');
    assert.equal(new URL(page.url()).pathname, '/report/finished');
    await context.close();
  });

  test('JavaScript on: Escape replaces the page with the neutral site, and Back does not return to it', async (t) => {
    browser ??= await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.goto(`${base}/signs-of-exploitation`);
    await Promise.all([page.waitForURL(neutral.url), page.keyboard.press('Escape')]);
    assert.equal(await page.title(), 'Weather');
    await page.goBack();
    assert.equal(page.url(), `${base}/`, 'the page left was replaced, not kept in the history');

    await page.goto(`${base}/county-lines`);
    await Promise.all([
      page.waitForURL(neutral.url),
      page.getByRole('button', { name: 'Emergency: Leave this site' }).click(),
    ]);
    await page.goBack();
    assert.notEqual(page.url(), `${base}/county-lines`, 'the button replaces the page too');
    await context.close();
  });
});
