import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import type { Evaluation } from '../../src/modules/intelligence/intelligence-workflow.service.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { recordWebReport } from '../support/reports.ts';
import { assertAccessible, launchChromium, skipBrowser } from '../support/browser.ts';
import { sessionFor, testActor, userWithSession } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 12: report, entity, line and intelligence pages print with the protective marking and
// handling code on every page and without the navigation; briefing sheets for an address and
// a deal line fit on one page.

const evaluation: Evaluation = {
  grade: { source: '2', assessment: 'B', handling: 'P', conditions: null },
  sourceEvaluationReason: 'Member of the public',
  sanitisedText: 'Visitors at all hours at an address on Hatfield Road.',
  assessment: 'Consistent with a trap house.',
  priority: 'high',
  actionDecision: 'develop',
  researchedSystems: [],
  expectedVersion: 1,
};

/** Pages in a PDF Chromium wrote (its page objects are not compressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('printing staff pages, in Chromium', { skip: skipBrowser }, () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  let world: NetworkWorld;
  let lineId = '';
  let reportId = '';
  let intelligenceId = '';
  const pageErrors: string[] = [];

  before(async () => {
    system = await createTestSystem();
    world = await buildNetworkWorld(system.services);
    app = await createStaffApp(system.services);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    const { userId } = await userWithSession(system, app, ['intelligence_analyst']);
    const analyst = testActor(userId, ['intelligence_analyst']);
    const blade = world.networks[0]!;
    ({ id: lineId } = await system.services.dealLines.create(analyst, {
      phoneEntityId: blade.linePhone,
      brandName: 'the Blade line',
      urbanHub: 'London',
      status: 'confirmed',
      samples: [],
    }));
    await system.services.dealLineMembers.addPerson(analyst, lineId, {
      personEntityId: blade.holder,
      role: 'line_holder',
      victim: false,
    });
    reportId = await recordWebReport(system.services, {
      about: { categories: ['dealing_place'] },
      where: { notAboutAPlace: false, street: 'Hatfield Road', building: '10' },
      'anything-else': { details: 'People coming and going at all hours' },
    });
    await processWaitingReports({ ...system.services, thresholds: system.services.config.correlation });
    const made = await system.services.intelligence.create(analyst, {
      submissionId: reportId,
      originalText: 'People coming and going at all hours',
      priority: 'high',
    });
    intelligenceId = made.id;
    await system.services.intelligenceWorkflow.evaluate(analyst, made.id, evaluation);
    const { cookie } = await sessionFor(system, userId);
    const [name = '', value = ''] = cookie.split('=');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name, value, url: base }]);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  after(async () => {
    await browser.close();
    await app.close();
    await system.close();
  });

  /** Opens a page on screen, then checks it as printed; answers the PDF's page count. */
  async function printed(path: string, heading: RegExp, handling: RegExp): Promise<number> {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${base}/app${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(await page.getByTestId('print-marking-top').isVisible(), false, 'no marking on screen');
    await page.emulateMedia({ media: 'print' });
    for (const position of ['top', 'bottom']) {
      const marking = page.getByTestId(`print-marking-${position}`);
      assert.ok(await marking.isVisible(), `${path}: the ${position} marking prints`);
      const text = await marking.innerText();
      assert.match(text, /OFFICIAL-SENSITIVE/);
      assert.match(text, handling);
    }
    // In print the marking sits in the frame's header and footer rows, which repeat on every page.
    const groups = await page.evaluate(() => {
      type El = { parentElement: El | null; tagName: string };
      type Doc = { querySelector: (s: string) => El | null };
      type Win = { getComputedStyle: (e: El) => { display: string } };
      const doc = (globalThis as unknown as { document: Doc }).document;
      const win = globalThis as unknown as Win;
      const group = (id: string) => {
        let el = doc.querySelector(`[data-testid="${id}"]`);
        while (el && !['THEAD', 'TFOOT'].includes(el.tagName)) el = el.parentElement;
        return el ? win.getComputedStyle(el).display : 'none';
      };
      return [group('print-marking-top'), group('print-marking-bottom')];
    });
    assert.deepEqual(groups, ['table-header-group', 'table-footer-group']);
    assert.equal(await page.getByRole('navigation', { name: 'Sections' }).isVisible(), false, 'no side navigation');
    assert.equal(await page.getByRole('button', { name: 'Sign out' }).isVisible(), false, 'no header');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
    await page.emulateMedia({ media: 'screen' });
    return pdfPages(pdf);
  }

  test('report, entity, line and intelligence pages print with the marking and without navigation', async () => {
    const notGraded = /not graded/;
    assert.ok((await printed(`/inbox/reports/${reportId}`, /^Report /, notGraded)) >= 1);
    assert.ok((await printed(`/entities/${world.networks[0]!.trapHouse}`, /10 Hatfield Road/, notGraded)) >= 1);
    assert.ok((await printed(`/networks/lines/${lineId}`, /the Blade line/, notGraded)) >= 1);
    // An intelligence report prints with its own handling code.
    assert.ok((await printed(`/intelligence/${intelligenceId}`, /^Intelligence report/, /Handling code P/)) >= 1);
    // Leaving it, the next page prints as ungraded again.
    assert.ok((await printed(`/networks/lines/${lineId}`, /the Blade line/, notGraded)) >= 1);
  });

  test('an address links to when activity happens there, from what reporters said', async () => {
    await page.goto(`${base}/app/entities/${world.networks[0]!.trapHouse}`);
    await page.getByRole('link', { name: 'When activity happens here' }).click();
    await page.getByRole('heading', { level: 2, name: 'Time patterns' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /10 Hatfield Road/ }).waitFor();
    assert.match(page.url(), new RegExp(`/app/maps/time-patterns\\?location=${world.networks[0]!.trapHouse}$`));
  });

  test('the address briefing sheet gathers what is known, fits one page, and passes axe', async () => {
    await page.goto(`${base}/app/entities/${world.networks[0]!.trapHouse}`);
    await page.getByRole('link', { name: 'Briefing sheet for this address' }).click();
    await page.getByRole('heading', { level: 1, name: /10 Hatfield Road/ }).waitFor();
    assert.match(await page.getByTestId('briefing-handling').innerText(), /OFFICIAL-SENSITIVE · Handling code P/);
    assert.ok(await page.getByRole('link', { name: 'Jayden Cole' }).isVisible(), 'a person seen there');
    assert.ok(await page.getByRole('link', { name: '+447700900001' }).isVisible(), 'the line phone');
    assert.ok(await page.getByRole('cell', { name: '2BP' }).isVisible(), 'the graded intelligence');
    assert.ok(await page.getByRole('heading', { name: /^Alerts \(\d+\)/ }).isVisible());
    const pages = await printed(
      `/entities/${world.networks[0]!.trapHouse}/briefing`,
      /10 Hatfield Road/,
      /Handling code P/,
    );
    assert.equal(pages, 1, 'one printed page');
    await assertAccessible(browser, context, page, 'address briefing sheet', (scan) =>
      scan.waitForSelector('[data-testid="briefing-handling"]'),
    );
  });

  test('the deal line briefing sheet lists its people with roles and passes axe', async () => {
    await page.goto(`${base}/app/networks/lines/${lineId}`);
    await page.getByRole('link', { name: 'Briefing sheet for this line' }).click();
    await page.getByRole('heading', { level: 1, name: /the Blade line/ }).waitFor();
    const people = page.getByRole('region', { name: /^People/ });
    assert.match(await people.innerText(), /Marcus Vane: Line holder/);
    assert.ok(
      await page
        .getByRole('region', { name: /^Addresses/ })
        .getByRole('link', { name: '10 Hatfield Road' })
        .isVisible(),
    );
    const pages = await printed(`/networks/lines/${lineId}/briefing`, /the Blade line/, /Handling code/);
    assert.equal(pages, 1, 'one printed page');
    await assertAccessible(browser, context, page, 'line briefing sheet', (scan) =>
      scan.waitForSelector('[data-testid="briefing-handling"]'),
    );
  });

  test('no page threw', () => {
    assert.deepEqual(pageErrors, []);
  });
});
