import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { axeViolations, clickButton, launchChromium, listen, startNeutralSite } from '../support/browser.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 12, in Chromium with JavaScript on and off: "Give contact details" reveals its fields
// as soon as it is chosen; after a quick exit, Back (twice) shows nothing of the report; after
// Finish the reporter is told the report was sent. The neutral site is answered locally.
describe('the journey: reveal, quick exit and the end, in Chromium', () => {
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

  /** Start → category → a place with an address typed in → the "when" page. */
  async function answerUpToWhen(page: Page): Promise<void> {
    await page.goto(`${base}/report`);
    await clickButton(page, 'Start now');
    await page.getByLabel('Recreational drug use').check();
    await clickButton(page, 'Continue');
    await page.getByLabel('House number, name or flat (optional)').fill('Flat 3 Quillon Court');
    await page.getByLabel('Or describe the place (optional)').fill('above the launderette');
    await clickButton(page, 'Continue');
    await page.waitForURL(/\/report\/when$/);
  }

  /** Nothing typed into the report is in the page or any of its form fields. */
  async function assertNothingOfTheReport(page: Page, where: string): Promise<void> {
    const html = await page.content();
    assert.doesNotMatch(html, /Quillon|launderette/, `${where}: no answer in the page`);
    const values = await Promise.all((await page.locator('input, textarea').all()).map((field) => field.inputValue()));
    assert.ok(!values.some((value) => /Quillon|launderette/.test(value)), `${where}: no answer in a field`);
  }

  for (const javaScriptEnabled of [true, false]) {
    test(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: after a quick exit, Back twice shows nothing of the draft`, async (t) => {
      browser ??= await launchChromium(t);
      if (!browser) return;
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await answerUpToWhen(page);
      assert.equal((await page.goto(`${base}/report/where`))?.headers()['cache-control'], 'no-store');
      assert.equal(await page.getByLabel('House number, name or flat (optional)').inputValue(), 'Flat 3 Quillon Court');
      await clickButton(page, 'Continue');
      await Promise.all([
        page.waitForURL(neutral.url),
        page.getByRole('button', { name: 'Emergency: Leave this site' }).click(),
      ]);
      assert.equal(await page.title(), 'Weather');
      // page.goBack waits for the page Back shows; history.back() through page.evaluate raced with
      // the navigation it starts ("Execution context was destroyed", once in CI).
      const back = async (): Promise<void> => {
        await page.goBack({ waitUntil: 'load' });
      };
      await back();
      assert.ok(page.url().startsWith(base), `Back left the neutral site (${page.url()})`);
      await assertNothingOfTheReport(page, `first Back (${page.url()})`);
      await back();
      await assertNothingOfTheReport(page, `second Back (${page.url()})`);
      // The draft is gone from the server too: the cookie the browser had no longer opens it.
      await page.goto(`${base}/report/where`);
      assert.match(page.url(), /\/report\/session-ended$/);
      assert.deepEqual(
        (await context.cookies()).filter((cookie) => cookie.name === 'lb_report'),
        [],
        'the journey cookie is gone',
      );
      await context.close();
    });
  }

  test('JavaScript on: choosing "Give contact details" reveals its fields at once, without an error page', async (t) => {
    browser ??= await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await answerUpToWhen(page);
    await clickButton(page, 'Continue');
    await page.locator('#childInvolved-2').check();
    await page.locator('#vulnerableAdultInvolved-2').check();
    await page.locator('#lifeAtRisk-2').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue'); // vehicles, left blank
    await clickButton(page, 'Continue'); // phones, left blank
    await page.waitForURL(/\/report\/contact$/);
    const phone = page.getByLabel('Phone number');
    assert.equal(await phone.isVisible(), false, 'hidden until chosen');
    await page.getByLabel('Give contact details so the police can talk to me').check();
    await phone.waitFor({ state: 'visible', timeout: 2000 });
    await page.getByLabel('Stay anonymous').check();
    await phone.waitFor({ state: 'hidden', timeout: 2000 });
    await page.getByLabel('Give contact details so the police can talk to me').check();
    await phone.fill('07700 900456');
    await page.getByLabel('Yes', { exact: true }).first().check();
    assert.deepEqual(problems, []);
    // axe in a copy of the page with the choice made (the real page keeps the real CSP).
    const scanContext = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
    await scanContext.addCookies(await context.cookies());
    const scan = await scanContext.newPage();
    await scan.goto(page.url());
    await scan.getByLabel('Give contact details so the police can talk to me').check();
    assert.deepEqual(
      (await axeViolations(scan)).map((v) => v.id),
      [],
    );
    await scanContext.close();
    await clickButton(page, 'Continue');
    await page.waitForURL(/\/report\/check$/);
    await context.close();
  });

  test('JavaScript off: the contact fields are there to fill in', async (t) => {
    browser ??= await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await answerUpToWhen(page);
    await clickButton(page, 'Continue');
    await page.locator('#childInvolved-2').check();
    await page.locator('#vulnerableAdultInvolved-2').check();
    await page.locator('#lifeAtRisk-2').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue');
    await page.getByLabel('Give contact details so the police can talk to me').check();
    assert.ok(await page.getByLabel('Phone number').isVisible());
    await page.getByLabel('Phone number').fill('07700 900456');
    await page.getByLabel('Yes', { exact: true }).first().check();
    await clickButton(page, 'Continue');
    await page.waitForURL(/\/report\/check$/);
    await clickButton(page, 'Send report');
    await page.getByLabel('I have saved my receipt code, or written it down').check();
    await clickButton(page, 'Finish');
    // Finish says the report went, and that the window can be closed.
    assert.equal(await page.title(), 'Your report was sent – Linebreak');
    assert.match((await page.locator('main').textContent()) ?? '', /You can close this window/);
    assert.ok(await page.getByRole('button', { name: 'Emergency: Leave this site' }).isVisible());
    const scanContext = await browser.newContext({ bypassCSP: true });
    const scan = await scanContext.newPage();
    await scan.goto(`${base}/report/finished`);
    assert.deepEqual(
      (await axeViolations(scan)).map((v) => v.id),
      [],
      'the finished page is accessible',
    );
    await scanContext.close();
    await context.close();
  });
});
