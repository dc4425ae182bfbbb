import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { extractByRules } from '../../src/modules/extraction/extraction.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { assertAccessible, saveScreenshot, skipBrowser } from '../support/browser.ts';
import { recordWebReport } from '../support/reports.ts';
import {
  createSetUpUser,
  signInWithTotp,
  type StaffSite,
  startStaffSite,
  type TestStaffUser,
} from '../support/staff.ts';
import type { TestSystem } from '../support/test-services.ts';

// A name only the learned person model finds (ADR 61) reaches the analyst as the rules' names do: marked on the
// report page as a person and linked to the person's own page, which lists the report.

const short = (id: string) => id.slice(0, 8).toUpperCase();
const details = 'The boy who comes most is Kyle, and Zed drives him. They use the side gate.';

describe('a name the person model adds, in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  let id = '';
  let analyst: TestStaffUser;

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
    analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    id = await recordWebReport(system.services, {
      about: { categories: ['dealing_place'] },
      'anything-else': { details },
    });
    await processWaitingReports({ ...system.services, thresholds: defaultThresholds });
  });
  after(async () => {
    await site.stop();
  });

  test('is marked as a person beside the rules’ names and opens the person’s page', async () => {
    assert.deepEqual(
      extractByRules(details).people.map((p) => p.name),
      ['Kyle'],
      'the rules alone miss Zed',
    );
    await signInWithTotp(page, base, system, analyst);
    await page.goto(`${base}/app/inbox/reports/${id}`);
    await page.getByRole('heading', { name: `Report ${short(id)}`, level: 1 }).waitFor();
    await page.locator('mark.lb-entity--person', { hasText: 'Kyle' }).first().waitFor();
    const zed = page.locator('mark.lb-entity--person', { hasText: 'Zed' }).first();
    await zed.waitFor();
    await saveScreenshot(page, 'staff-report-person-model');
    await assertAccessible(browser, context, page, 'report with a name the model added', (scan) =>
      scan.waitForLoadState('networkidle'),
    );
    await zed.getByRole('link').click();
    await page.getByRole('heading', { name: /Zed/, level: 1 }).waitFor();
    const timeline = page.getByRole('list', { name: 'Reports that mention it, newest first' });
    assert.match((await timeline.textContent()) ?? '', new RegExp(`Report ${short(id)}`));
    await saveScreenshot(page, 'staff-person-model-entity');
  });
});
