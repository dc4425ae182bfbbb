import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { availableLocales, textDirection } from '../../src/modules/public-site/index.ts';
import { all, parseHtml } from '../support/html.ts';
import { usePublicApp } from '../support/public-app.ts';

// The language in the address (ADR 47): ?lang=xx, English without it; never a cookie, never an error.
describe('choosing a language', () => {
  const site = usePublicApp();
  const get = (url: string) => site.app.inject({ method: 'GET', url });

  test('an unknown, repeated or hostile lang is English, never an error', async () => {
    for (const query of ['lang=zz', 'lang=', 'lang=pl&lang=ur', 'lang[]=pl', 'lang=%3Cscript%3E', 'lang=en-XA%22']) {
      const response = await get(`/report?${query}`);
      assert.equal(response.statusCode, 200, query);
      const lang = parseHtml(response.body).querySelector('html')?.getAttribute('lang');
      assert.ok(lang === 'en-GB' || availableLocales().includes(lang ?? ''), `${query}: ${String(lang)}`);
      assert.ok(!response.body.includes('<script>'), query);
    }
    assert.match((await get('/?lang=zz')).body, /<html lang="en-GB" dir="ltr"/);
  });

  test('each language sets lang and dir, sets no cookie, and links on in the same language', async () => {
    for (const locale of availableLocales()) {
      const response = await get(`/county-lines?lang=${locale}`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['set-cookie'], undefined, `${locale}: no cookie`);
      const html = parseHtml(response.body);
      const expected = locale === 'en' ? 'en-GB' : locale;
      assert.equal(html.querySelector('html')?.getAttribute('lang'), expected);
      assert.equal(html.querySelector('html')?.getAttribute('dir'), textDirection(locale));
      const links = all(html, 'main a[href^="/"], footer a[href^="/"]').map((link) => link.getAttribute('href') ?? '');
      assert.ok(links.length > 3);
      // The quick exit leaves the site: it needs no language.
      for (const href of links.filter((link) => link !== '/report/leave')) {
        if (locale === 'en') assert.doesNotMatch(href, /lang=/, `English addresses are unchanged: ${href}`);
        else assert.match(href, new RegExp(`[?&]lang=${locale}(&|#|$)`), `${locale}: ${href}`);
      }
      // The switcher: this page in every other language, each named in itself.
      const switcher = all(html, 'nav.lb-languages a').map((link) => link.getAttribute('href'));
      assert.equal(switcher.length, availableLocales().length - 1);
      assert.ok(switcher.every((href) => href?.startsWith('/county-lines')));
    }
  });

  test('at least one language is written right to left', () => {
    assert.ok(availableLocales().some((locale) => textDirection(locale) === 'rtl'));
  });
});
