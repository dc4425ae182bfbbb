import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { listStreets } from '../../src/modules/gazetteer/gazetteer.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { assertAccessible, colourCentre, launchChromium, numberAttribute, skipBrowser } from '../support/browser.ts';
import { sessionFor, testActor, userWithSession } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The district map as an analyst uses it: a key to its colours, zoom buttons, street names,
// a time filter kept in the address and applied by the server, and pop-ups that open the
// alert or the deal line. The table beside it says the same in words.

describe('the district map in Chromium', { skip: skipBrowser }, () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  let world: NetworkWorld;
  let lineId = '';
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  before(async () => {
    system = await createTestSystem();
    world = await buildNetworkWorld(system.services);
    app = await createStaffApp(system.services);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    const { userId } = await userWithSession(system, app, ['intelligence_analyst']);
    ({ id: lineId } = await system.services.dealLines.create(testActor(userId, ['intelligence_analyst']), {
      phoneEntityId: world.networks[0]!.linePhone,
      brandName: 'the Blade line',
      urbanHub: 'London',
      status: 'confirmed',
      samples: [],
    }));
    const { cookie } = await sessionFor(system, userId);
    const [name = '', value = ''] = cookie.split('=');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.addCookies([{ name, value, url: base }]);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
  });
  after(async () => {
    await browser.close();
    await app.close();
    await system.close();
  });

  test('the map has a key, zoom buttons and street names, and a table of every place', async () => {
    await page.goto(`${base}/app/maps`);
    await page.getByRole('heading', { name: 'St Albans district map', level: 1 }).waitFor();
    await numberAttribute(page, 'district-map', 'data-rendered-points', 1);
    const legend = page.getByTestId('map-legend');
    for (const text of ['Open alert at the place', 'Address linked to a deal line', 'Both an alert and a deal line']) {
      assert.ok(await legend.getByText(text).isVisible(), text);
    }
    assert.ok(await page.getByRole('button', { name: 'Zoom in' }).isVisible());
    assert.ok(await page.getByRole('button', { name: 'Zoom out' }).isVisible());
    const labelCount = () => page.getByTestId('district-map').getAttribute('data-street-labels');
    // At the whole district's scale no streets are named (too many to read)...
    await page.waitForFunction(() => {
      type Doc = { querySelector: (s: string) => { getAttribute: (n: string) => string | null } | null };
      const doc = (globalThis as unknown as { document: Doc }).document;
      return doc.querySelector('[data-testid="district-map"]')?.getAttribute('data-street-labels') !== null;
    });
    for (let n = 0; n < 6 && (await labelCount()) === '0'; n += 1) {
      // ...zooming in by button names the streets in view.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(600);
    }
    const labels = await numberAttribute(page, 'district-map', 'data-street-labels', 1);
    assert.ok(labels >= 1 && labels <= 80, `street labels drawn: ${String(labels)}`);
    const streetNames = new Set(listStreets().map((s) => s.name));
    const shown = await page.locator('.lb-street-label').allTextContents();
    assert.ok(shown.length > 0 && shown.every((name) => streetNames.has(name)), 'labels are gazetteer street names');
    const row = page.getByRole('row', { name: /10 Hatfield Road/ });
    assert.ok(await row.getByRole('link', { name: 'the Blade line' }).isVisible());
    await assertAccessible(browser, context, page, 'district map', (scan) =>
      scan.waitForSelector('[data-testid="district-map"][data-rendered-points]'),
    );
  });

  test('the time filter is in the address and filters on the server', async () => {
    await page.goto(`${base}/app/maps`);
    await page.getByRole('navigation', { name: 'Time period' }).getByRole('link', { name: 'Last 7 days' }).click();
    await page.getByRole('heading', { name: /Flagged locations, last 7 days/ }).waitFor();
    assert.match(page.url(), /\/app\/maps\?period=7$/);
    // The Blade line's links were last seen in October: this week only the alert remains.
    const row = page.getByRole('row', { name: /10 Hatfield Road/ });
    await row.waitFor();
    assert.equal(await row.getByRole('link', { name: 'the Blade line' }).count(), 0);
    assert.equal(
      await page
        .getByRole('navigation', { name: 'Time period' })
        .getByRole('link', { name: 'Last 7 days' })
        .getAttribute('aria-current'),
      'page',
    );
    // Reloading the address keeps the filter.
    await page.reload();
    await page.getByRole('heading', { name: /Flagged locations, last 7 days/ }).waitFor();
  });

  test('a place’s pop-up opens its deal line', async () => {
    await page.goto(`${base}/app/maps?period=90`);
    await page.getByRole('heading', { name: /Flagged locations, last 90 days/ }).waitFor();
    await numberAttribute(page, 'district-map', 'data-rendered-points', 1);
    // The Blade trap house has an alert and the line: drawn in the "both" colour.
    const map = page.getByTestId('district-map');
    let centre = await colourCentre(map, [145, 43, 136]);
    for (let attempt = 0; attempt < 20 && !centre; attempt += 1) {
      await page.waitForTimeout(250);
      centre = await colourCentre(map, [145, 43, 136]);
    }
    assert.ok(centre, 'a place drawn in the alert-and-line colour');
    await map.click({ position: { x: centre.x, y: centre.y } });
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    await popup.getByRole('link', { name: /^Deal line: the Blade line/ }).click();
    await page.waitForURL(`${base}/app/networks/lines/${lineId}`);
    await page.getByRole('heading', { level: 1, name: /the Blade line/ }).waitFor();
  });

  test('no page broke the Content Security Policy or threw', () => {
    assert.deepEqual(cspViolations, []);
    assert.deepEqual(pageErrors, []);
  });
});
