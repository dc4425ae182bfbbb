import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { all, has, heading, one, pageTitle, parseHtml } from '../support/html.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';
import { quickExitPath } from '../../src/modules/public-site/quick-exit.ts';

describe('both listeners', () => {
  let system: TestSystem;
  let publicApp: FastifyInstance;
  let staffApp: FastifyInstance;

  before(async () => {
    system = await createTestSystem();
    publicApp = await createPublicApp(system.services);
    staffApp = await createStaffApp(system.services);
  });
  after(async () => {
    await publicApp.close();
    await staffApp.close();
    await system.close();
  });

  for (const [name, app] of [
    ['public', () => publicApp],
    ['staff', () => staffApp],
  ] as const) {
    test(`${name}: /healthz and /readyz answer 200 with the database engine`, async () => {
      const health = await app().inject({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { status: 'ok' });
      const ready = await app().inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 200);
      assert.deepEqual(ready.json(), { status: 'ready', database: system.database.engine });
      assert.equal(ready.headers['cache-control'], 'no-store');
    });
  }

  test('public pages carry a strict CSP whose nonce is the one on the inline script', async () => {
    const response = await publicApp.inject({ method: 'GET', url: '/' });
    assert.equal(response.statusCode, 200);
    const csp = String(response.headers['content-security-policy']);
    const nonce = /script-src 'self' 'nonce-([a-f0-9]+)'/.exec(csp)?.[1];
    assert.ok(nonce, `CSP has a script nonce: ${csp}`);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /object-src 'none'/);
    const inline = all(parseHtml(response.body), 'script:not([src])');
    assert.ok(inline.length > 0, 'the page has an inline script');
    for (const script of inline) assert.equal(script.getAttribute('nonce'), nonce, 'every inline script has the nonce');
    assert.equal(response.headers['referrer-policy'], 'no-referrer');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['set-cookie'], undefined, 'the home page sets no cookie');
  });

  test('public pages load nothing from another origin and do not claim to be GOV.UK', async () => {
    const { body } = await publicApp.inject({ method: 'GET', url: '/' });
    const html = parseHtml(body);
    const urls = all(html, '[src], [href]').flatMap((element) =>
      ['src', 'href'].flatMap((name) => element.getAttribute(name) ?? []),
    );
    assert.ok(urls.length > 0);
    // The quick exit goes through this site (it deletes the draft first): no page names another site.
    assert.equal(urls.filter((url) => url === quickExitPath).length, 1, 'the quick exit link');
    for (const url of urls) {
      assert.ok(url.startsWith('/') || url.startsWith('#') || url.startsWith('data:'), `same-origin only: ${url}`);
    }
    assert.equal(has(html, '.govuk-header__logotype'), false, 'no GOV.UK crown header');
    assert.match(pageTitle(html), /Linebreak/);
  });

  test('the public stylesheet is served pre-compressed and without the GDS Transport font', async () => {
    const response = await publicApp.inject({
      method: 'GET',
      url: '/assets/linebreak.css',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.ok(response.rawPayload.length < 20_000, `compressed CSS is ${String(response.rawPayload.length)} bytes`);
    assert.equal(response.headers.etag, undefined);
    const plain = await publicApp.inject({ method: 'GET', url: '/assets/linebreak.css' });
    assert.ok(!plain.body.includes('GDS Transport'));
  });

  test('an unknown public page is a GOV.UK-styled 404, not JSON', async () => {
    const response = await publicApp.inject({ method: 'GET', url: '/no-such-page' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /text\/html/);
    assert.equal(heading(parseHtml(response.body)), 'Page not found');
  });

  test('the staff API answers errors as problem+json', async () => {
    const response = await staffApp.inject({ method: 'GET', url: '/api/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /application\/problem\+json/);
    assert.deepEqual(response.json(), { type: 'urn:linebreak:not_found', title: 'Not found', status: 404 });
  });

  test('the staff site serves its web app for client-side routes', async () => {
    const root = await staffApp.inject({ method: 'GET', url: '/' });
    assert.equal(root.statusCode, 302);
    assert.equal(root.headers.location, '/app/');
    const deep = await staffApp.inject({ method: 'GET', url: '/app/inbox/123' });
    assert.equal(deep.statusCode, 200);
    const mount = one(parseHtml(deep.body), 'div#root');
    assert.equal(mount.childNodes.length, 0, 'the web app draws into an empty #root');
  });
});
