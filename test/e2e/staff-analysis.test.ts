import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import type { Role } from '../../src/modules/access/roles.ts';
import { processWaitingReports } from '../../src/modules/triage/index.ts';
import { assertAccessible, launchChromium, numberAttribute, skipBrowser } from '../support/browser.ts';
import { recordWebReport } from '../support/reports.ts';
import { sessionFor, userWithSession } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 16 in Chromium: the hotspot map and its table, the time-pattern grid and its table, and the
// tactical assessment dashboard (charts with tables, CSV links, print) as an analyst and an officer,
// each page checked with axe.

describe('hotspots, time patterns and the dashboard in Chromium', { skip: skipBrowser }, () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let browser: Browser;
  let base = '';
  const pageErrors: string[] = [];

  async function signedIn(roles: Role[]): Promise<{ context: BrowserContext; page: Page }> {
    const { userId } = await userWithSession(system, app, roles);
    const { cookie } = await sessionFor(system, userId);
    const [name = '', value = ''] = cookie.split('=');
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page };
  }

  before(async () => {
    system = await createTestSystem();
    const s = system.services;
    for (const [street, days] of [
      ['Hatfield Road', ['friday']],
      ['Hatfield Road', ['saturday']],
      ['Harper Lane', []],
    ] as const) {
      await recordWebReport(s, {
        about: { categories: ['dealing_place'] },
        where: { notAboutAPlace: false, street, building: '2' },
        when: { allHours: false, days: [...days], timesOfDay: ['evening'] },
      });
    }
    await processWaitingReports({ ...s, thresholds: s.config.correlation });
    app = await createStaffApp(s);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
    await app.close();
    await system.close();
  });

  test('an analyst maps reports by ward, with the same counts in a table', async () => {
    const { context, page } = await signedIn(['intelligence_analyst']);
    await page.goto(`${base}/app/maps/hotspots`);
    await page.getByRole('heading', { name: 'Hotspots' }).waitFor();
    const table = page.getByRole('table', { name: /Reports \(places they mention\)/ });
    await table.waitFor();
    assert.equal(await table.getByRole('row', { name: 'St Peters 2' }).count(), 1);
    assert.equal(await table.getByRole('row', { name: 'Park Street 1' }).count(), 1);
    await numberAttribute(page, 'hotspot-map', 'data-rendered-areas', 1);
    await page.getByLabel('Areas').selectOption('hex');
    await page.getByLabel('Hexagon size').selectOption('9');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/unit=hex&resolution=9/);
    await page.getByRole('row', { name: /Hexagon .* 2/ }).waitFor();
    await assertAccessible(browser, context, page, 'hotspots-hex');
    await context.close();
  });

  test('an analyst reads a ward’s time pattern as a grid and a table', async () => {
    const { context, page } = await signedIn(['intelligence_analyst']);
    await page.goto(`${base}/app/maps/time-patterns`);
    await page.getByLabel('Ward').selectOption({ label: 'St Peters' });
    await page.getByRole('button', { name: 'Show' }).click();
    const table = page.getByRole('table', { name: /Reports by day and time of day/ });
    await table.waitFor();
    assert.match((await table.getByRole('row', { name: /^Evening/ }).textContent()) ?? '', /Evening.*0000110/);
    assert.ok(await page.getByRole('img', { name: /Heat grid/ }).isVisible());
    await assertAccessible(browser, context, page, 'time-patterns');
    await context.close();
  });

  test('the dashboard: charts with tables and CSV links; printed without navigation or forms', async () => {
    const { context, page } = await signedIn(['intelligence_analyst']);
    await page.goto(`${base}/app/dashboard`);
    await page.getByRole('heading', { name: 'New reports' }).waitFor();
    const reports = page.getByRole('table', { name: /New reports/ });
    assert.match((await reports.getByRole('row', { name: /^Total/ }).textContent()) ?? '', /Total300/);
    const csv = page.getByRole('link', { name: 'Export CSV of new reports' });
    assert.match((await csv.getAttribute('href')) ?? '', /^\/api\/dashboard\/export\?.*section=reports/);
    const download = await page.request.get(`${base}${(await csv.getAttribute('href')) ?? ''}`);
    assert.equal(download.status(), 200);
    assert.match(await download.text(), /^section,measure,period_start,count\r\nNew reports,Web,/);
    await assertAccessible(browser, context, page, 'dashboard-analyst');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: 'Sections' }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Show' }).isVisible(), false);
    assert.equal(await csv.isVisible(), false);
    assert.ok(await reports.isVisible());
    await context.close();
  });

  test('an officer sees the police parts only, and no time patterns', async () => {
    const { context, page } = await signedIn(['officer']);
    await page.goto(`${base}/app/dashboard`);
    await page.getByRole('heading', { name: 'Warrants issued and executed' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'New reports' }).count(), 0);
    await assertAccessible(browser, context, page, 'dashboard-officer');
    await page.goto(`${base}/app/maps/hotspots?layer=warrants`);
    await page.getByRole('table', { name: /Warrants issued/ }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Time patterns' }).count(), 0);
    await context.close();
    assert.deepEqual(pageErrors, []);
  });
});
