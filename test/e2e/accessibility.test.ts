import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { defaultJourneyLimits } from '../../src/modules/public-report/index.ts';
import { infoPages } from '../../src/modules/public-site/info-pages.routes.ts';
import { youSaidWeDidPaths } from '../../src/modules/public-site/you-said-we-did.routes.ts';
import { axeViolations, clickButton, describeViolations, launchChromium, listen } from '../support/browser.ts';
import { actAs, testActor } from '../support/staff.ts';
import { photoWithMetadata } from '../support/photos.ts';
import { onlyReportId } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// axe-core on every page and every error state, in a JavaScript-enabled Chromium (so the
// enhanced components are scanned too); the CSP is bypassed only to inject axe itself.
describe('accessibility: zero axe-core violations on every page and error state', () => {
  let system: TestSystem;
  let publicApp: FastifyInstance;
  let busyApp: FastifyInstance;
  let staffApp: FastifyInstance;
  let base = '';
  let busyBase = '';
  let staffBase = '';
  let browser: Browser | undefined;
  const scanned: string[] = [];
  const failures: string[] = [];
  const scriptErrors: string[] = [];

  before(async () => {
    system = await createTestSystem();
    publicApp = await createPublicApp(system.services, { limits: { ...defaultJourneyLimits, proofOfWorkBits: 8 } });
    busyApp = await createPublicApp(system.services, {
      limits: {
        ...defaultJourneyLimits,
        submitsWithoutProofPerMinute: 0,
        submitsWithProofPerMinute: 0,
        proofOfWorkBits: 4,
      },
    });
    staffApp = await createStaffApp(system.services);
    // A call handler who also sends partner referrals, so both staff-keyed journeys are scanned.
    actAs(staffApp, () => testActor('handler-1', ['call_handler', 'partner_agency']));
    [base, busyBase, staffBase] = await Promise.all([listen(publicApp), listen(busyApp), listen(staffApp)]);
  });
  after(async () => {
    await browser?.close();
    await Promise.all([publicApp.close(), busyApp.close(), staffApp.close()]);
    await system.close();
  });

  async function scan(page: Page, label: string): Promise<void> {
    const violations = await axeViolations(page);
    scanned.push(label);
    for (const line of describeViolations(violations)) failures.push(`${label}: ${line}`);
  }

  async function newPage(): Promise<Page> {
    assert.ok(browser);
    const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  // A CI gate: any violation fails it, and in CI a missing Chromium fails it too (no skip).
  test('every page and error state', async (t) => {
    browser = await launchChromium(t, { requiredInCi: true });
    if (!browser) return;
    const page = await newPage();

    for (const path of [
      '/',
      ...infoPages.map((info) => info.path),
      ...youSaidWeDidPaths,
      '/no-such-page',
      '/report',
      '/report/session-ended',
    ]) {
      await page.goto(`${base}${path}`);
      await scan(page, path);
    }

    await page.goto(`${base}/report`);
    await clickButton(page, 'Start now');
    const step = async (name: string, fillError: () => Promise<void>, fillValid: () => Promise<void>) => {
      await scan(page, name);
      await fillError();
      await clickButton(page, 'Continue');
      assert.match(await page.title(), /^Error: /, `${name} shows an error`);
      await scan(page, `${name} (error)`);
      await fillValid();
      await clickButton(page, 'Continue');
    };
    const noop = () => Promise.resolve();
    await step('about', noop, async () => {
      await page.locator('input[value="dealing_place"]').check();
      await page.locator('input[value="young_person"]').check();
      await page.locator('input[value="vehicle"]').check();
      await page.locator('input[value="phone_messages"]').check();
    });
    await step('where', async () => page.locator('#street').fill('Hatfeld'), noop);
    await scan(page, 'where (street suggestions chosen wrongly)');
    await page.locator('input[value="Hatfield Road"]').check();
    await clickButton(page, 'Continue');
    await step(
      'home-taken-over',
      async () => page.locator('#otherSigns').fill('s'.repeat(1001)),
      async () => page.locator('#otherSigns').fill(''),
    );
    await step(
      'when',
      async () => page.locator('#lastSeen-month').fill('13'),
      async () => {
        await page.locator('#lastSeen-month').fill('11');
        await page.locator('#lastSeen-year').fill('2026');
      },
    );
    await step('who', noop, async () => {
      await page.locator('#childInvolved').check();
      await page.locator('#vulnerableAdultInvolved-2').check();
      await page.locator('#lifeAtRisk-2').check();
      await page.locator('#dangerNow').check(); // a child harmed now: the 999 stop
    });
    await scan(page, 'danger: call 999 (child at risk)');
    await clickButton(page, 'Continue with your report');
    await step(
      'young-person',
      async () => page.locator('#otherSigns').fill('s'.repeat(1001)),
      async () => page.locator('#otherSigns').fill(''),
    );
    await step(
      'vehicles',
      async () => page.locator('#vehicle1Registration').fill('AB-12'),
      async () => page.locator('#vehicle1Registration').fill('AB12'),
    );
    await step(
      'phones',
      async () => page.locator('#phone1Number').fill('call me'),
      async () => page.locator('#phone1Number').fill('07700 900123'),
    );
    await step(
      'anything-else',
      async () =>
        page.locator('#photos').setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('no') }),
      noop,
    );
    await page.goto(`${base}/report/anything-else`);
    await page.locator('#photos').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: await tinyPng() });
    await clickButton(page, 'Add photos');
    await scan(page, 'anything-else (with a photo)');
    await page
      .locator('#photos')
      .setInputFiles({ name: 'IMG_1.jpg', mimeType: 'image/jpeg', buffer: await photoWithMetadata() });
    await clickButton(page, 'Add photos');
    assert.match(await page.content(), /the location where it was taken/);
    await scan(page, 'anything-else (what was removed from a photo)');
    await clickButton(page, 'Continue');
    await step(
      'contact',
      async () => page.locator('#choice-2').check(),
      async () => page.locator('#choice').check(),
    );
    await scan(page, 'check your answers');
    await clickButton(page, 'Send report');
    await page.waitForURL(/\/report\/confirmation$/);
    await scan(page, 'confirmation');
    const receipt = (await page.locator('.lb-receipt').textContent())?.trim() ?? '';
    await clickButton(page, 'Finish');
    assert.match(await page.title(), /^Error: /);
    await scan(page, 'confirmation (receipt not confirmed as saved)');

    await page.goto(`${base}/report/follow-up`);
    await scan(page, 'follow-up sign-in');
    await page.locator('#receipt').fill('123');
    await clickButton(page, 'Continue');
    await scan(page, 'follow-up sign-in (error)');
    await system.services.reportMessages.postQuestion(
      testActor('a-1', ['intelligence_analyst']),
      await onlyReportId(system.services),
      'Which door?',
    );
    await page.locator('#receipt').fill(receipt);
    await clickButton(page, 'Continue');
    await scan(page, 'inbox with a question');
    await clickButton(page, 'Send message');
    await scan(page, 'inbox (error)');
    await page.locator('#message').fill('The side door.');
    await clickButton(page, 'Send message');
    await scan(page, 'inbox (sent)');
    await clickButton(page, 'Sign out');
    await scan(page, 'follow-up (signed out)');

    // A form whose token no longer matches: the 403 page.
    await page.goto(`${base}/report`);
    await clickButton(page, 'Start now');
    await page.locator('input[name="_csrf"]').evaluate((input: { setAttribute(name: string, value: string): void }) => {
      input.setAttribute('value', 'stale');
    });
    await clickButton(page, 'Continue');
    await scan(page, 'form expired (403)');

    // The busy page: this app accepts no reports at all.
    const busy = await newPage();
    await walkToCheck(busy, busyBase);
    await clickButton(busy, 'Send report');
    await busy.waitForURL(/\/report\/check$/);
    assert.match(await busy.content(), /has <strong>not<\/strong> been sent yet/);
    await scan(busy, 'busy (429)');

    // Storing fails: the error page that keeps the draft.
    await sql`alter table reports add constraint refuse_for_test check (channel = 'none') not valid`.execute(
      system.services.db,
    );
    try {
      const failing = await newPage();
      await walkToCheck(failing, base);
      await clickButton(failing, 'Send report');
      await failing.waitForURL(/\/report\/check$/);
      assert.match(await failing.title(), /not been sent/);
      await scan(failing, 'sending failed (500)');
    } finally {
      await sql`alter table reports drop constraint refuse_for_test`.execute(system.services.db);
    }

    // The phone channel on the staff site.
    const staff = await newPage();
    await staff.goto(`${staffBase}/phone-report`);
    await scan(staff, 'phone: start');
    await clickButton(staff, 'Start now');
    await clickButton(staff, 'Continue');
    await scan(staff, 'phone: about (error)');

    // The partner channel on the staff site.
    await staff.goto(`${staffBase}/partner-report`);
    await scan(staff, 'partner: start');

    t.diagnostic(`scanned ${String(scanned.length)} pages and states`);
    assert.ok(scanned.length >= 43, `scanned ${String(scanned.length)}`);
    assert.deepEqual(failures, []);
    assert.deepEqual(scriptErrors, [], 'no script errors with JavaScript on');
  });
});

/** The shortest path to check-your-answers: recreational drug use, nowhere in particular, anonymous. */
async function walkToCheck(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/report`);
  await clickButton(page, 'Start now');
  await page.locator('input[value="drug_use"]').check();
  await clickButton(page, 'Continue');
  await page.locator('#notAboutAPlace').check();
  await clickButton(page, 'Continue');
  await clickButton(page, 'Continue');
  await page.locator('#childInvolved-2').check();
  await page.locator('#vulnerableAdultInvolved-2').check();
  await page.locator('#lifeAtRisk-2').check();
  await clickButton(page, 'Continue');
  await clickButton(page, 'Continue');
  await page.locator('#choice').check();
  await clickButton(page, 'Continue');
}

async function tinyPng(): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  return sharp({ create: { width: 8, height: 8, channels: 3, background: '#ccc' } })
    .png()
    .toBuffer();
}
