import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { infoPages } from '../../src/modules/public-site/info-pages.routes.ts';
import { cuckooingIndicators, exploitationIndicators } from '../../src/modules/reports/index.ts';
import { all, links, one, parseHtml, textOf, textsOf } from '../support/html.ts';
import { readOnlyPages, usePublicApp } from '../support/public-app.ts';
import { quickExitPath } from '../../src/modules/public-site/quick-exit.ts';

/** Every page a visitor can read without starting a report, and the public assets. */
const readOnlyPagesAndAssets = [
  ...readOnlyPages,
  '/assets/linebreak.css',
  '/assets/linebreak.js',
  '/assets/proof-of-work.js',
];

describe('the public information pages', () => {
  const site = usePublicApp();

  test('no page outside the report journey sets a cookie, whatever cookies the browser sends', async () => {
    for (const url of readOnlyPagesAndAssets) {
      const response = await site.app.inject({ method: 'GET', url, headers: { cookie: 'lb_report=forged; other=1' } });
      assert.ok([200, 404].includes(response.statusCode), `${url}: ${String(response.statusCode)}`);
      assert.equal(response.headers['set-cookie'], undefined, `${url} sets no cookie`);
    }
  });

  test('every page names the emergency numbers and loads nothing from another origin', async () => {
    for (const { path } of infoPages) {
      const response = await site.app.inject({ method: 'GET', url: path });
      assert.equal(response.statusCode, 200, path);
      const html = parseHtml(response.body);
      const text = textOf(html);
      for (const number of ['999', '101', '0800 555 111']) {
        assert.ok(text.includes(number), `${path}: ${number}`);
      }
      const references = all(html, '[src], [href], [action]').flatMap((element) =>
        ['src', 'href', 'action'].flatMap((name) => element.getAttribute(name) ?? []),
      );
      assert.ok(references.length > 0, `${path} has links`);
      // The quick exit goes through this site (it deletes the draft first): no page names another site.
      assert.equal(references.filter((reference) => reference === quickExitPath).length, 1, `${path}: quick exit`);
      for (const reference of references) {
        assert.match(reference, /^(\/|#|data:)/, `${path} refers only to this site: ${reference}`);
      }
    }
  });

  test('the signs listed are the report form’s own checklists', async () => {
    const cuckooing = parseHtml((await site.app.inject({ method: 'GET', url: '/county-lines' })).body);
    const cuckooingItems = textsOf(cuckooing, 'main li');
    for (const sign of Object.values(cuckooingIndicators)) assert.ok(cuckooingItems.includes(sign), sign);
    assert.ok(textsOf(cuckooing, 'main h2').includes('What cuckooing is'));
    const exploitation = parseHtml((await site.app.inject({ method: 'GET', url: '/signs-of-exploitation' })).body);
    const exploitationItems = textsOf(exploitation, 'main li');
    for (const sign of Object.values(exploitationIndicators)) assert.ok(exploitationItems.includes(sign), sign);
    const headings = textsOf(exploitation, 'main h2, main h3');
    for (const audience of ['If you are a parent or carer', 'If you work in a school', 'If you are a youth worker']) {
      assert.ok(headings.includes(audience), `${audience} in ${JSON.stringify(headings)}`);
    }
  });

  test('“How we protect you” and “How we use your information” state each privacy promise in plain English', async () => {
    const read = async (url: string) =>
      textOf(one(parseHtml((await site.app.inject({ method: 'GET', url })).body), 'main'));
    const protect = await read('/how-we-protect-you');
    for (const promise of [
      'We do not store or log your IP address',
      'We keep the day you sent your report, not the time',
      'Nothing on this site is loaded from other companies',
      'One cookie, only while you fill in the form',
      'a copy of our database alone would not reveal any of them',
      'We remove everything hidden inside photos',
      'never the full postcode',
    ]) {
      assert.ok(protect.includes(promise), promise);
    }
    // The second page, linked from the first: what happens to a report once it is sent.
    const html = parseHtml((await site.app.inject({ method: 'GET', url: '/how-we-protect-you' })).body);
    assert.ok(links(html, 'main').some((link) => link.href === '/your-information'));
    const information = await read('/your-information');
    for (const promise of ['We keep only a scrambled form of the code', 'Trained police intelligence staff']) {
      assert.ok(information.includes(promise), promise);
      assert.ok(!protect.includes(promise), `${promise} is said once, on the second page`);
    }
  });

  test('help with drugs says asking for help is not reporting yourself', async () => {
    const { body } = await site.app.inject({ method: 'GET', url: '/help-with-drugs' });
    const text = textOf(one(parseHtml(body), 'main'));
    assert.match(text, /not for reporting you/);
    assert.match(text, /FRANK/);
  });
});
