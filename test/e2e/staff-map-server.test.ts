import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { buildNetworkWorld } from '../support/network-world.ts';
import { drawnPixels, launchChromium, numberAttribute, skipBrowser } from '../support/browser.ts';
import { sessionFor, userWithSession } from '../support/staff.ts';
import { createTestSystem, testConfig, type TestSystem } from '../support/test-services.ts';

// STAFF_MAP_STYLE_URL: a force's own map server is drawn under the flagged places within the
// staff CSP (its origin added), and when it cannot be reached the offline background is used.

describe('the district map on a force’s own map server, in Chromium', { skip: skipBrowser }, () => {
  let mapServer: Server;
  let mapServerOrigin = '';
  const systems: { system: TestSystem; app: FastifyInstance; base: string }[] = [];
  let browser: Browser;
  const cspViolations: string[] = [];

  // A stand-in for a force's map server: a MapLibre style with a green background, CORS open.
  before(async () => {
    mapServer = createServer((request, response) => {
      response.setHeader('access-control-allow-origin', '*');
      if (request.url !== '/style.json') {
        response.writeHead(404).end();
        return;
      }
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          version: 8,
          sources: {},
          layers: [{ id: 'land', type: 'background', paint: { 'background-color': '#00703c' } }],
        }),
      );
    });
    await new Promise<void>((resolve) => mapServer.listen(0, '127.0.0.1', resolve));
    const address = mapServer.address() as AddressInfo;
    mapServerOrigin = `http://127.0.0.1:${String(address.port)}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
    for (const { app, system } of systems) {
      await app.close();
      await system.close();
    }
    await new Promise((resolve) => mapServer.close(resolve));
  });

  async function mapPage(styleUrl: string): Promise<Page> {
    const system = await createTestSystem({ config: testConfig({ STAFF_MAP_STYLE_URL: styleUrl }) });
    const app = await createStaffApp(system.services);
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    systems.push({ system, app, base });
    await buildNetworkWorld(system.services);
    const { userId } = await userWithSession(system, app, ['intelligence_analyst']);
    const { cookie } = await sessionFor(system, userId);
    const [name = '', value = ''] = cookie.split('=');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(`${base}/app/maps`);
    await page.getByRole('heading', { name: 'St Albans district map', level: 1 }).waitFor();
    return page;
  }

  test('the force’s base map is drawn under the flagged places, within the CSP', async () => {
    const page = await mapPage(`${mapServerOrigin}/style.json`);
    assert.ok((await numberAttribute(page, 'district-map', 'data-rendered-points', 1)) >= 1);
    const pixels = await drawnPixels(page.getByTestId('district-map'), [0, 112, 60], (c) => c.matching > 1000);
    assert.ok(pixels.matching > 1000, `the green base map is drawn (${String(pixels.matching)} pixels)`);
    assert.deepEqual(cspViolations, []);
  });

  test('when the map server cannot be reached, the offline background is drawn instead', async () => {
    const page = await mapPage('http://127.0.0.1:9/style.json');
    assert.ok((await numberAttribute(page, 'district-map', 'data-rendered-points', 1)) >= 1);
    const pixels = await drawnPixels(page.getByTestId('district-map'), [212, 53, 28], (c) => c.matching > 50);
    assert.ok(pixels.matching > 50, 'the flagged places are still drawn');
  });
});
