import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { defaultJourneyLimits } from '../../src/modules/public-report/index.ts';
import { clickButton, launchChromium, listen, recordRequests } from '../support/browser.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// With JavaScript on, the enhancement scripts load under the real CSP, and the check page's
// proof of work is solved in the browser at the production difficulty. This app accepts no
// report without a proof, so reaching the receipt proves the script works.
describe('a report in Chromium with JavaScript enabled', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let base = '';
  let browser: Browser | undefined;

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services, {
      limits: { ...defaultJourneyLimits, submitsWithoutProofPerMinute: 0 },
    });
    base = await listen(app);
  });
  after(async () => {
    await browser?.close();
    await app.close();
    await system.close();
  });

  test('the proof of work is solved in the browser and the report is accepted', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const requests = recordRequests(page);

    await page.goto(`${base}/report`);
    await clickButton(page, 'Start now');
    await page.locator('input[value="phone_messages"]').check();
    await clickButton(page, 'Continue');
    await page.locator('#notAboutAPlace').check();
    await clickButton(page, 'Continue');
    // "At all hours" is exclusive: with JavaScript, ticking it clears the other times.
    await page.locator('input[value="evening"]').check();
    await page.locator('input[value="all_hours"]').check();
    assert.equal(await page.locator('input[value="evening"]').isChecked(), false);
    await clickButton(page, 'Continue');
    await page.locator('#childInvolved-2').check();
    await page.locator('#vulnerableAdultInvolved-2').check();
    await page.locator('#lifeAtRisk-2').check();
    await clickButton(page, 'Continue');
    await page.locator('#phone1Number').fill('07700 900123');
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue');
    await page.locator('#choice').check();
    await clickButton(page, 'Continue');
    assert.match((await page.locator('form[data-pow-challenge]').getAttribute('data-pow-bits')) ?? '', /^18$/);
    const started = performance.now();
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.waitForURL(/\/report\/confirmation$/, { timeout: 60_000 });
    t.diagnostic(`proof of work at 18 bits, solve and send: ${String(Math.round(performance.now() - started))} ms`);
    assert.match((await page.locator('.lb-receipt').textContent()) ?? '', /^\d{4} \d{4} \d{4} \d{4}$/);
    // Content-hashed names (ADR 50); GOV.UK Frontend's script bundle is not loaded at all.
    assert.ok(requests.some((url) => /\/assets\/proof-of-work\.[0-9a-f]{8}\.js$/.test(url)));
    assert.ok(requests.some((url) => /\/assets\/linebreak\.[0-9a-f]{8}\.js$/.test(url)));
    assert.ok(!requests.some((url) => url.includes('govuk-frontend')));
    const origin = new URL(base).origin;
    for (const url of requests) assert.equal(new URL(url).origin, origin, url);
    assert.deepEqual(problems, [], 'no script errors or CSP violations');
    await context.close();
  });
});
