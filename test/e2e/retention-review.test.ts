import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { assertAccessible, skipBrowser } from '../support/browser.ts';
import {
  createSetUpUser,
  signInWithTotp,
  type StaffSite,
  startStaffSite,
  type TestStaffUser,
} from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';
import type { TestSystem } from '../support/test-services.ts';

// The supervisor's review list in a real browser: two reports past their review date; one is
// kept for longer (days and a reason, checked in the page), the other erased with a reason.

describe('the retention review list in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  let supervisor: TestStaffUser;
  const ids: string[] = [];

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
    supervisor = await createSetUpUser(system, { roles: ['intelligence_supervisor'] });
    for (const details of ['People smoking cannabis in the park', 'Someone smoking weed by the garages']) {
      const answers: ReportAnswers = { about: { categories: ['drug_use'] }, 'anything-else': { details } };
      ids.push(await recordWebReport(system.services, answers));
    }
    system.clock.advance(200 * 86_400_000);
    assert.equal(await system.services.retentionReview.flagDueReports(), 2);
  });
  after(async () => {
    await site.stop();
  });

  test('the supervisor keeps one report with a reason and erases the other', async () => {
    await signInWithTotp(page, base, system, supervisor);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Review due' }).click();
    await page.getByRole('heading', { name: 'Reports due for review' }).waitFor();
    // The list loads after the heading.
    await page.getByRole('button', { name: 'Keep the report' }).first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Keep the report' }).count(), 2);

    await assertAccessible(browser, context, page, 'review due list', (scan) =>
      scan.getByRole('button', { name: 'Keep the report' }).first().waitFor(),
    );

    const [first = '', second = ''] = ids;
    const keep = page.getByRole('form', { name: `Keep report ${first.slice(0, 8).toUpperCase()}` });
    await keep.getByRole('button', { name: 'Keep the report' }).click();
    await keep.getByText('Enter why the report is still needed').first().waitFor();
    await keep.getByLabel('Why is it still needed?').fill('Linked to Operation Lantern');
    await keep.getByRole('button', { name: 'Keep the report' }).click();
    await page.getByText(/is kept and off the list/).waitFor();
    await keep.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Erase this report' }).click();
    await page.getByLabel('Why is it no longer needed?').fill('Recreational use only, no further value');
    await page.getByRole('button', { name: 'Erase it now' }).click();
    await page.getByText('No reports are due for review.').waitFor();

    const remaining = await system.services.db.selectFrom('reports').select('id').execute();
    assert.deepEqual(
      remaining.map((row) => row.id),
      [first],
    );
    assert.notEqual(second, '');
    assert.deepEqual(site.cspViolations, []);
  });
});
