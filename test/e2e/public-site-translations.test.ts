import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { reportLanguageLabels, reportLanguages } from '../../src/labels/report-languages.ts';
import { defaultJourneyLimits } from '../../src/modules/public-report/index.ts';
import {
  axeViolations,
  describeViolations,
  launchChromium,
  listen,
  recordRequests,
  saveScreenshot,
} from '../support/browser.ts';
import { appearsIn, dumpAllTables, onlyReportId } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 20 in Chromium: the home page and the first pages of the journey in every language of
// the public site, each with zero axe-core violations, the right lang and dir; Urdu right to
// left at 320 px without sideways scrolling; and the anonymity promises kept in Polish.

const htmlLangOf = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/** Answers whatever the current journey page needs for a short report, then presses its button. */
async function answerAndContinue(page: Page): Promise<void> {
  const path = new URL(page.url()).pathname;
  if (path.endsWith('/about')) await page.locator('input[name=categories][value=drug_use]').check();
  if (path.endsWith('/where')) await page.locator('input[name=postcode]').fill('AL1 3JX');
  if (path.endsWith('/who')) {
    for (const name of ['childInvolved', 'vulnerableAdultInvolved', 'lifeAtRisk']) {
      await page.locator(`input[name=${name}][value=no]`).check();
    }
  }
  if (path.endsWith('/anything-else')) {
    await page.locator('textarea[name=details]').fill('Sprzedają przy dworcu, numer 07700 900123, auto AB12 CDE.');
  }
  if (path.endsWith('/contact')) await page.locator('input[name=choice][value=anonymous]').check();
  await Promise.all([page.waitForLoadState('load'), page.locator('main form button[type=submit]').last().click()]);
}

describe('the public site in each of its languages, in Chromium', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let base = '';
  let browser: Browser | undefined;

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services, { limits: { ...defaultJourneyLimits, proofOfWorkBits: 4 } });
    base = await listen(app);
  });
  after(async () => {
    await browser?.close();
    await app.close();
    await system.close();
  });

  test('home, start, the first question and its error: translated, lang and dir set, no axe violations', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const failures: string[] = [];
    const englishHeadings: string[] = [];
    for (const locale of reportLanguages) {
      const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
      const page = await context.newPage();
      const headings: string[] = [];
      const check = async (label: string) => {
        const lang = await page.locator('html').getAttribute('lang');
        const dir = (await page.locator('html').getAttribute('dir')) ?? 'ltr';
        if (lang !== htmlLangOf(locale)) failures.push(`${locale} ${label}: lang="${String(lang)}"`);
        if (dir !== reportLanguageLabels[locale].dir) failures.push(`${locale} ${label}: dir="${dir}"`);
        for (const line of describeViolations(await axeViolations(page))) failures.push(`${locale} ${label}: ${line}`);
        headings.push((await page.locator('h1').first().textContent())?.trim() ?? '');
        await saveScreenshot(page, `language-${locale}-${label}`);
      };
      await page.goto(`${base}/?lang=${locale}`);
      await check('home');
      await page.goto(`${base}/report?lang=${locale}`);
      await check('start');
      await Promise.all([page.waitForLoadState('load'), page.locator('.govuk-button--start').click()]);
      assert.match(page.url(), /\/report\/about/);
      await check('about');
      await Promise.all([page.waitForLoadState('load'), page.locator('main form button[type=submit]').last().click()]);
      assert.equal(await page.locator('.govuk-error-summary').count(), 1, `${locale}: the GOV.UK error summary`);
      await check('about-error');
      await answerAndContinue(page);
      assert.match(page.url(), /\/report\/where/, `${locale}: the journey kept going`);
      await check('where');
      if (locale === 'en') englishHeadings.push(...headings);
      else {
        const same = headings.filter((heading, index) => heading === englishHeadings[index]);
        if (same.length > 0) failures.push(`${locale}: headings still in English: ${same.join(' | ')}`);
      }
      await context.close();
    }
    assert.deepEqual(failures, []);
  });

  test('Urdu reads right to left and fits a 320 px screen without sideways scrolling', async (t) => {
    browser ??= await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const paths = ['/?lang=ur', '/report?lang=ur', '/how-we-protect-you?lang=ur'];
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', path);
      assert.equal(
        await page.evaluate("getComputedStyle(document.querySelector('main')).direction"),
        'rtl',
        `${path}: the layout is mirrored`,
      );
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      assert.ok(width <= 320, `${path}: ${String(width)} px wide at 320 px`);
      await saveScreenshot(page, `language-ur-320-${path.replace(/\W+/g, '-')}`);
    }
    await page.goto(`${base}/report?lang=ur`);
    await Promise.all([page.waitForLoadState('load'), page.locator('.govuk-button--start').click()]);
    assert.match(page.url(), /\/report\/about/);
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    assert.ok(width <= 320, `the first question: ${String(width)} px wide at 320 px`);
    await saveScreenshot(page, 'language-ur-320-about');
    await context.close();
  });

  test('in Polish: nothing from third parties, no cookie until the report starts, nothing about the device kept', async (t) => {
    browser ??= await launchChromium(t);
    if (!browser) return;
    const agent = 'MarkerAgent/9.9 (PolishDevice)';
    const context = await browser.newContext({ javaScriptEnabled: false, userAgent: agent, locale: 'pl-PL' });
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${base}/?lang=pl`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
    await page.goto(`${base}/how-we-protect-you?lang=pl`);
    assert.deepEqual(await context.cookies(), [], 'reading the site sets no cookie');
    await page.goto(`${base}/report?lang=pl`);
    await Promise.all([page.waitForLoadState('load'), page.locator('.govuk-button--start').click()]);
    const cookies = await context.cookies();
    assert.equal(cookies.length, 1, 'one cookie once the report starts');
    assert.ok(cookies[0]?.httpOnly);
    assert.equal(cookies[0].expires, -1, 'a session cookie, gone when the browser closes');
    for (let step = 0; step < 12 && !page.url().includes('/check'); step += 1) await answerAndContinue(page);
    assert.match(page.url(), /\/report\/check/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl', 'the journey kept the language');
    await Promise.all([page.waitForLoadState('load'), page.locator('main form button[type=submit]').last().click()]);
    assert.match(page.url(), /\/report\/confirmation/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl');

    const outside = requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:'));
    assert.deepEqual(outside, [], 'every request stayed on the site');
    const reportId = await onlyReportId(system.services);
    const row = await system.services.db
      .selectFrom('reports')
      .select('language')
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    assert.equal(row.language, 'pl', 'the report keeps the language it was written in');
    const dump = await dumpAllTables(system.services);
    // Every line a request wrote (the listener's own start-up line names its local address).
    const logs = system.logs.lines.filter((line) => line.includes('"reqId"')).join('\n');
    assert.ok(logs.length > 0, 'the requests were logged');
    for (const marker of [agent, 'MarkerAgent', 'PolishDevice', '127.0.0.1', 'pl-PL']) {
      assert.ok(!appearsIn(dump, marker), `the database holds no ${marker}`);
      assert.ok(!logs.includes(marker), `the logs hold no ${marker}`);
    }
    assert.ok(!appearsIn(dump, 'Sprzedają przy dworcu'), 'the Polish text is sealed');
    await context.close();
  });
});
