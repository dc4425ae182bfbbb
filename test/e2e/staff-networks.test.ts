import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { readZip } from '../../src/platform/files/zip.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import {
  assertAccessible,
  colourCentre,
  drawnPixels,
  launchChromium,
  numberAttribute,
  saveScreenshot,
  skipBrowser,
} from '../support/browser.ts';
import { createSetUpUser, currentCode, testActor, type TestStaffUser } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// An analyst, signed in with password and TOTP in Chromium, records a deal line from its number
// and works another: its profile (people and roles, the likely line holder recorded from the
// suggestion, a status change, a bulk text, the map of its addresses), the link chart (sigma:
// nodes drawn, double-click and keyboard expansion, a link's reports, communities, shortest
// path, time-window filter, a start from a typed number), exports that parse (ANX, GeoJSON,
// i2 CSV) and the district map. Pages pass axe-core; any CSP violation or page error fails.

describe('staff network pages in Chromium', { skip: skipBrowser }, () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  let world: NetworkWorld;
  let lineId = '';
  let analyst: TestStaffUser;
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    system = await createTestSystem();
    world = await buildNetworkWorld(system.services);
    const unit = testActor('analyst-setup', ['intelligence_analyst']);
    const blade = world.networks[0]!;
    lineId = (
      await system.services.dealLines.create(unit, {
        phoneEntityId: blade.linePhone,
        brandName: 'the Blade line',
        urbanHub: 'London (Lambeth)',
        status: 'suspected',
        samples: [{ text: 'BLADE back on 24/7 white n dark', observedOn: '2026-10-01' }],
      })
    ).id;
    await system.services.dealLineMembers.addPerson(unit, lineId, {
      personEntityId: blade.childRunner,
      role: 'runner',
      victim: true,
    });
    await system.services.dealLineMembers.addPerson(unit, lineId, {
      personEntityId: blade.adultRunner,
      role: 'runner',
      victim: false,
    });
    analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    app = await createStaffApp(system.services);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    context = await browser.newContext({
      bypassCSP: false,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  after(async () => {
    await browser.close();
    await app.close();
    await system.close();
  });

  async function screenshot(name: string): Promise<void> {
    await saveScreenshot(page, name);
  }

  async function checkAccessible(name: string, ready: (scan: Page) => Promise<unknown>): Promise<void> {
    await assertAccessible(browser, context, page, `networks ${name}`, ready);
  }

  test('the analyst signs in with a password and an authenticator code', async () => {
    await page.goto(`${base}/app/`);
    await page.getByLabel('Email address').fill(analyst.email);
    await page.getByLabel('Password').fill(analyst.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    system.clock.advance(30_000);
    await page.getByLabel('Code from your authenticator app').fill(currentCode(system, analyst.totpSecret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Networks' }).click();
    await page.getByRole('heading', { name: 'Deal lines', level: 1 }).waitFor();
    await checkAccessible('the deal lines list', (scan) =>
      scan.getByRole('link', { name: 'the Blade line' }).waitFor(),
    );
  });

  test('a deal line is recorded from its number, as reports wrote it', async () => {
    await page.getByRole('button', { name: 'Record the line' }).click();
    await page.getByRole('link', { name: 'Enter the line’s phone number' }).waitFor();
    await page.getByLabel('The line’s phone number').fill('07700 910001');
    await page.getByLabel('Brand name').fill('the Spice line');
    await page.getByRole('button', { name: 'Record the line' }).click();
    await page.getByRole('heading', { name: 'the Spice line', level: 1 }).waitFor();
    const spice = await system.services.db
      .selectFrom('deal_line_numbers')
      .select('phone_entity_id')
      .innerJoin('deal_lines', 'deal_lines.id', 'deal_line_numbers.deal_line_id')
      .where('deal_lines.brand_name', '=', 'the Spice line')
      .executeTakeFirstOrThrow();
    assert.equal(spice.phone_entity_id, world.networks[1]!.linePhone);
    await page.getByRole('navigation', { name: 'Networks' }).getByRole('link', { name: 'Deal lines' }).click();
    await page.getByRole('link', { name: 'the Blade line' }).click();
    await page.getByRole('heading', { name: 'the Blade line', level: 1 }).waitFor();
  });

  test('the deal-line profile shows people with roles, the likely line holder and its addresses on the map', async () => {
    const blade = world.networks[0]!;
    const people = page.getByRole('table', { name: 'People with a role on the line' });
    const child = people.getByRole('row', { name: /Jayden Cole/ });
    assert.match((await child.textContent()) ?? '', /Runner.*Exploited \(victim\).*Child/);
    assert.match((await people.getByRole('row', { name: /Tyrell Ash/ }).textContent()) ?? '', /Runner/);
    const suggestions = page.getByRole('table', { name: /Suggested roles/ });
    await suggestions.waitFor();
    assert.match(
      (await suggestions.getByRole('row', { name: /Marcus Vane/ }).textContent()) ?? '',
      /Possible line holder.*linked to the line and to 1 child/,
    );
    assert.ok(await page.getByText('BLADE back on 24/7 white n dark').isVisible());
    const addresses = page.getByRole('table', { name: "Addresses linked to the line's numbers" });
    assert.ok(await addresses.getByRole('link', { name: '10 Hatfield Road' }).isVisible());
    assert.equal(
      await addresses.getByRole('link', { name: '10 Hatfield Road' }).getAttribute('href'),
      `/app/entities/${blade.trapHouse}`,
    );

    const map = page.getByTestId('district-map');
    const drawn = await numberAttribute(page, 'district-map', 'data-rendered-points', 1);
    assert.ok(drawn >= 1, `MapLibre drew ${String(drawn)} address points`);
    await map.scrollIntoViewIfNeeded();
    const pixels = await drawnPixels(map, [212, 53, 28], (c) => c.matching > 50);
    assert.ok(pixels.matching > 50, `the address markers are drawn in red (${String(pixels.matching)} pixels)`);
    await screenshot('deal-line-profile');
    await checkAccessible('the deal-line profile', (scan) =>
      scan.waitForSelector('[data-testid="district-map"][data-rendered-points]'),
    );
  });

  test('the analyst records the suggested line holder and confirms the line', async () => {
    await page.getByRole('button', { name: 'Record Marcus Vane as the line holder' }).click();
    const people = page.getByRole('table', { name: 'People with a role on the line' });
    await people.getByRole('row', { name: /Marcus Vane/ }).waitFor();
    assert.match((await people.getByRole('row', { name: /Marcus Vane/ }).textContent()) ?? '', /Line holder/);
    assert.match((await page.getByText(/^Recorded line holder:/).textContent()) ?? '', /Marcus Vane/);

    await page.getByLabel('New status').selectOption('confirmed');
    await page.getByLabel('Why the status changed').fill('Test purchase made on 2 October, ref TP/114');
    await page.getByRole('button', { name: 'Change the status' }).click();
    await page.getByRole('cell', { name: 'Suspected to confirmed' }).waitFor();
    assert.ok(await page.getByRole('cell', { name: 'Test purchase made on 2 October, ref TP/114' }).isVisible());
    assert.equal(
      await page
        .getByLabel('New status')
        .locator('option')
        .allTextContents()
        .then((o) => o.join(',')),
      'Rebranded',
      'a confirmed line can next be rebranded here; disrupted and closed need the evidence form (ADR 40)',
    );

    await page.getByLabel('The text, as received').fill('BLADE new number from 2moro, same deals');
    await page.getByLabel('Received on').fill('2026-10-09');
    await page.getByRole('button', { name: 'Add the text' }).click();
    await page.getByText('BLADE new number from 2moro, same deals').waitFor();
    assert.ok(await page.getByText('Received 9 Oct 2026').isVisible());
  });

  test('the analyst corrects the line’s hub and ends a role with a reason', async () => {
    await page.getByRole('button', { name: 'Change the name or urban hub' }).click();
    await page.getByLabel('Urban hub it serves from').fill('North-west London');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('North-west London', { exact: true }).waitFor();

    const people = page.getByRole('table', { name: 'People with a role on the line' });
    await people.getByRole('button', { name: "End Tyrell Ash's role" }).click();
    await people.getByRole('button', { name: 'End the role' }).click();
    await people.getByText('Say why the role ended').first().waitFor();
    await people.getByLabel('Why has this role ended?').fill('Remanded in custody on 3 October');
    await people.getByRole('button', { name: 'End the role' }).click();
    await page.getByText(/Former roles: .*Tyrell Ash \(Runner/).waitFor();
    assert.equal(await people.getByRole('row', { name: /Tyrell Ash/ }).count(), 0);
  });

  test('the link chart draws the line’s network, expands a node and lists a link’s reports', async () => {
    await page.getByRole('link', { name: 'Open its network in the link chart' }).click();
    await page.getByRole('heading', { name: 'Link chart: the Blade line', level: 1 }).waitFor();
    const chart = page.getByTestId('link-chart');
    const order = await numberAttribute(page, 'link-chart', 'data-graph-order', 3);
    assert.ok(order > 2, `sigma's graph has ${String(order)} nodes`);
    const pixels = await drawnPixels(chart, [255, 255, 255], (c) => c.notWhite > 500);
    assert.ok(pixels.notWhite > 500, `the chart canvas is not blank (${String(pixels.notWhite)} drawn pixels)`);

    // Double-clicking a node expands it: the only location drawn (purple) is the trap house.
    await chart.scrollIntoViewIfNeeded();
    const trap = await colourCentre(chart, [76, 44, 146]);
    assert.ok(trap, 'the trap house is drawn in the location colour');
    await chart.dblclick({ position: { x: trap.x, y: trap.y } });
    await page.getByText(/^10 Hatfield Road expanded: \d+ new entit/).waitFor();

    // Keyboard-accessible expansion: select an entity in the table, expand it from the side panel.
    const entities = page.getByRole('table', { name: /Entities on the chart/ });
    await entities.getByRole('button', { name: 'Tyrell Ash' }).click();
    await page.getByRole('heading', { name: 'Tyrell Ash', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Expand its neighbourhood' }).click();
    await page.getByText(/Tyrell Ash expanded: [1-9]\d* new entit/).waitFor();
    const expanded = await numberAttribute(page, 'link-chart', 'data-graph-order', order + 1);
    assert.ok(expanded > order, `expanding added nodes (${String(order)} → ${String(expanded)})`);
    assert.ok(await entities.getByRole('button', { name: '20 Sutton Road' }).isVisible(), 'the stash address appeared');

    const linkRows = page.getByRole('table', { name: /Links on the chart/ });
    await linkRows.getByRole('button', { name: /Tyrell Ash and 20 Sutton Road|20 Sutton Road and Tyrell Ash/ }).click();
    await page.getByRole('heading', { name: 'Supporting reports' }).waitFor();
    assert.ok((await page.locator('aside .lb-report-ids li').count()) >= 1, 'the link lists its reports');

    await page.getByRole('button', { name: 'Highlight communities' }).click();
    await page.getByText(/communities found/).waitFor();
    assert.ok(await page.getByText(/^Community 1 \(/).isVisible());

    await screenshot('link-chart');
    await checkAccessible('the link chart', (scan) =>
      scan.waitForSelector('[data-testid="link-chart"][data-graph-order]'),
    );
  });

  test('exports download files that parse: i2 ANX, GeoJSON and the i2 CSV layout', async () => {
    await page.getByLabel('Reason for the export').fill('Operation Orchard briefing pack OP/2026/114');
    const [anx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    assert.match(anx.suggestedFilename(), /\.anx$/);
    const xml = await readFile(await anx.path());
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml.toString('utf8')) as {
      Chart?: { ChartItemCollection?: { ChartItem?: unknown[] } };
    };
    assert.ok((doc.Chart?.ChartItemCollection?.ChartItem?.length ?? 0) > 5, 'the ANX chart has its items');

    await page.getByLabel('Locations for a GIS (GeoJSON)').check();
    const [geo] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    const collection = JSON.parse((await readFile(await geo.path())).toString('utf8')) as {
      type: string;
      features: { properties: { label?: string } }[];
    };
    assert.equal(collection.type, 'FeatureCollection');
    assert.ok(collection.features.some((f) => JSON.stringify(f.properties).includes('Hatfield Road')));

    await page.getByLabel('i2 import layout (entities and links CSV, zipped)').check();
    const [i2] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ]);
    const files = readZip(await readFile(await i2.path()));
    assert.deepEqual(files.map((f) => f.name).sort(), ['entities.csv', 'links.csv']);
    assert.match(files.find((f) => f.name === 'entities.csv')?.content.toString('utf8') ?? '', /Tyrell Ash/);
  });

  test('the chart finds the shortest path between two entities and filters by time window', async () => {
    await page.getByLabel('From', { exact: true }).selectOption({ label: 'Jayden Cole' });
    await page.getByLabel('To', { exact: true }).selectOption({ label: '20 Sutton Road' });
    await page.getByRole('button', { name: 'Find the shortest path' }).click();
    const steps = page.getByRole('status').filter({ hasText: 'links apart' }).getByRole('listitem');
    await steps.first().waitFor();
    const names = await steps.allTextContents();
    assert.equal(names[0], 'Jayden Cole');
    assert.equal(names.at(-1), '20 Sutton Road');
    assert.ok(names.length >= 3);

    // Only what was reported by 2 October: the line, its trap house, the holder and his phone.
    await page.getByLabel('Seen until').fill('2026-10-02');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText(/^Showing 4 entities/).waitFor();
    assert.equal(await numberAttribute(page, 'link-chart', 'data-graph-order', 1), 4);
    const entities = page.getByRole('table', { name: /Entities on the chart/ });
    assert.equal(await entities.getByRole('button', { name: 'Tyrell Ash' }).count(), 0);
  });

  test('a chart can be started from a phone number as people write it', async () => {
    await page.getByRole('navigation', { name: 'Networks' }).getByRole('link', { name: 'Link chart' }).click();
    await page.getByRole('heading', { name: 'Start a chart' }).waitFor();
    await page.getByLabel('Number, registration or address').fill('07700 920001');
    await page.getByRole('button', { name: 'Start the chart' }).click();
    await page.getByText(/^Showing \d+ entities/).waitFor();
    const entities = page.getByRole('table', { name: /Entities on the chart/ });
    assert.ok(await entities.getByRole('button', { name: 'Kai Rowe' }).isVisible(), 'the Ghost line’s holder');
  });

  test('the district map shows the flagged locations the analyst may see', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Maps' }).click();
    await page.getByRole('heading', { name: 'St Albans district map', level: 1 }).waitFor();
    const drawn = await numberAttribute(page, 'district-map', 'data-rendered-points', 1);
    assert.ok(drawn >= 1);
    assert.ok(await page.getByRole('cell', { name: '10 Hatfield Road' }).isVisible());
    await screenshot('district-map');
    await checkAccessible('the district map', (scan) =>
      scan.waitForSelector('[data-testid="district-map"][data-rendered-points]'),
    );
  });

  test('no page broke the Content Security Policy or threw', () => {
    assert.deepEqual(cspViolations, []);
    assert.deepEqual(pageErrors, []);
  });
});
