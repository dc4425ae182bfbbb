import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { infoPages } from '../../src/modules/public-site/info-pages.routes.ts';
import { availableLocales, pseudoLocale, textDirection } from '../../src/modules/public-site/index.ts';
import { addCatalogue, catalogueKeys, translate } from '../../src/modules/public-site/i18n/catalogue.ts';
import { assertAccessible, launchChromium, listen, saveScreenshot } from '../support/browser.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The public site in other languages, in Chromium with JavaScript off (ADR 47): a right-to-left
// language laid out right to left and fitting a 320px screen, the pseudo locale and English
// passing axe, and the language kept from the switcher through the start of a report.

/** A right-to-left language: a real catalogue if one exists, else a stand-in written in Arabic letters. */
function rightToLeftLocale(): string {
  const real = availableLocales().find((locale) => textDirection(locale) === 'rtl');
  if (real !== undefined) return real;
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const arabic = (text: string) =>
    text.replace(/<[^>]*>|\{[^}]*\}|[A-Za-z]/g, (match) =>
      match.length === 1 ? (letters[(match.toLowerCase().charCodeAt(0) - 97) % letters.length] ?? match) : match,
    );
  addCatalogue('ar', new Map(catalogueKeys().map((key) => [key, arabic(englishSource(key))])));
  return 'ar';
}

/** The English message as written (placeholders kept), for the stand-in. */
function englishSource(key: string): string {
  // Formatting with each placeholder given as itself gives back the message's own shape.
  const names: Record<string, string> = new Proxy({}, { get: (_target, name) => `{${String(name)}}`, has: () => true });
  try {
    return translate('en', key, names);
  } catch {
    return 'نص';
  }
}

describe('the public site in other languages', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let base = '';
  let browser: Browser | undefined;
  let rtl = '';

  before(async () => {
    rtl = rightToLeftLocale();
    system = await createTestSystem();
    app = await createPublicApp(system.services);
    base = await listen(app);
  });
  after(async () => {
    await browser?.close();
    await app.close();
    await system.close();
  });

  async function startReport(page: Page, lang: string): Promise<void> {
    await page.goto(`${base}/report?lang=${lang}`);
    await Promise.all([
      page.waitForURL(lang === 'en' ? /\/report\/about$/ : /\/report\/about\?lang=/),
      page.locator('form[action*="/start"] button').click(),
    ]);
  }

  test('a right-to-left language is laid out right to left and fits a 320px screen', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const pages = ['/', ...infoPages.map((info) => info.path), '/report', '/report/follow-up', '/no-such-page'];
    for (const path of pages) {
      await page.goto(`${base}${path}?lang=${rtl}`);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl', path);
      assert.equal(await page.getAttribute('html', 'lang'), rtl, path);
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      assert.ok(width <= 320, `${path} in ${rtl} is ${String(width)}px wide`);
      await saveScreenshot(page, `i18n-${rtl}-320${path.replaceAll('/', '-')}`);
    }
    // Mirrored: the heading starts at the right edge, the quick exit and the text run right to left.
    await page.goto(`${base}/?lang=${rtl}`);
    const heading = await page.locator('h1').boundingBox();
    assert.ok(heading && heading.x + heading.width > 280, `the heading is on the right: ${JSON.stringify(heading)}`);
    assert.equal(await page.evaluate('getComputedStyle(document.querySelector("h1")).direction'), 'rtl');

    await startReport(page, rtl);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    assert.ok(width <= 320, `the first question in ${rtl} is ${String(width)}px wide`);
    await saveScreenshot(page, `i18n-${rtl}-320-report-about`);
    await context.close();
  });

  test('the language switcher and the journey keep the language without JavaScript or a cookie before starting', async (t) => {
    browser ??= await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
    await Promise.all([
      page.waitForURL(new RegExp(`\\?lang=${rtl}$`)),
      page.locator(`nav.lb-languages a[hreflang="${rtl}"]`).click(),
    ]);
    assert.equal(await page.getAttribute('html', 'lang'), rtl);
    assert.deepEqual(await context.cookies(), [], 'no cookie before a report starts');
    await Promise.all([page.waitForURL(/\/report\?lang=/), page.locator('a.govuk-button--start').click()]);
    await Promise.all([
      page.waitForURL(/\/report\/about\?lang=/),
      page.locator('form[action*="/start"] button').click(),
    ]);
    assert.equal((await context.cookies()).length, 1, 'the journey cookie, once the report starts');
    // The session keeps the language even at an address that does not name it.
    await page.goto(`${base}/report/about`);
    assert.equal(await page.getAttribute('html', 'lang'), rtl);
    // Back in English on request.
    await page.goto(`${base}/report/about?lang=en`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
    await context.close();
  });

  for (const lang of ['en', pseudoLocale]) {
    test(`the home page and a journey page pass axe in ${lang}`, async (t) => {
      browser ??= await launchChromium(t);
      if (!browser) return;
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${base}/?lang=${lang}`);
      await assertAccessible(browser, context, page, `i18n-${lang}-home`);
      await startReport(page, lang);
      await assertAccessible(browser, context, page, `i18n-${lang}-report-about`);
      // An error state too: the error summary in the language.
      await page.locator('form[method="post"] button.govuk-button').last().click();
      await page.waitForSelector('.govuk-error-summary');
      await saveScreenshot(page, `i18n-${lang}-report-about-error`);
      await context.close();
    });
  }
});
