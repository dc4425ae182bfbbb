import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
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

// The analyst's desk in Chromium, scanned with axe-core: keyboard shortcuts and their dialog,
// selection kept in the address, bulk assignment and archiving, the assignee and ward filters,
// and "being looked at by" on the report page.

const short = (id: string) => id.slice(0, 8).toUpperCase();

describe('the desk in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  const ids: string[] = [];
  let ash: TestStaffUser;
  let bay: TestStaffUser;

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
    ash = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    bay = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    const where = (street: string): ReportAnswers['where'] => ({ notAboutAPlace: false, street });
    for (const [street, details] of [
      ['Hatfield Road', 'Cars stop outside the shop every evening'],
      ['Marshalswick Lane', 'Lads on bikes collecting parcels'],
      ['Sandpit Lane', 'A flat with visitors at all hours'],
    ] as const) {
      ids.push(
        await recordWebReport(system.services, {
          about: { categories: ['dealing_place'] },
          where: where(street),
          'anything-else': { details },
        }),
      );
      system.clock.advance(86_400_000);
    }
    await processWaitingReports({ ...system.services, thresholds: defaultThresholds });
  });
  after(async () => {
    await site.stop();
  });

  const rows = () => page.locator('table.lb-inbox tbody tr');
  const caption = (text: string) => page.locator('caption', { hasText: text }).waitFor();

  test('"?" opens the shortcuts dialog, which takes focus and closes on Escape', async () => {
    await signInWithTotp(page, base, system, ash);
    await page.goto(`${base}/app/inbox?sort=oldest`);
    await caption('3 reports, oldest first');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    assert.ok(await dialog.getByText('Assign the current report to me').isVisible());
    assert.equal(await page.evaluate('document.activeElement.textContent.trim()'), 'Close');
    await assertAccessible(browser, context, page, 'inbox shortcuts dialog', async (scan) => {
      await scan.locator('caption', { hasText: '3 reports' }).waitFor();
      await scan.keyboard.press('?');
      await scan.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('j');
    assert.equal(await page.locator('.lb-row--current').count(), 1, 'keys work again once the dialog is shut');
  });

  test('j/k move, x selects into the address, a refresh keeps the selection, and a bulk assign applies', async () => {
    await page.goto(`${base}/app/inbox?sort=oldest`);
    await caption('3 reports, oldest first');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('x');
    assert.equal(
      await page.evaluate('document.activeElement.textContent.trim()'),
      `Report ${short(ids[1] ?? '')}`,
      'the current row has the focus',
    );
    await page.waitForURL((url) => (url.searchParams.get('selected') ?? '').split(',').length === 2);
    await page.reload();
    await page.getByRole('heading', { name: '2 reports selected' }).waitFor();
    assert.ok(await page.getByLabel(`Select report ${short(ids[0] ?? '')}`).isChecked());
    assert.ok(await page.getByLabel(`Select report ${short(ids[1] ?? '')}`).isChecked());
    assert.ok(!(await page.getByLabel(`Select report ${short(ids[2] ?? '')}`).isChecked()));

    await page.getByLabel('Street or place named').fill('jjx');
    assert.equal(await page.locator('.lb-row--current').count(), 0, 'typing in a box is not a shortcut');
    await page.getByLabel('Street or place named').fill('');

    await page.getByLabel('Analyst', { exact: true }).selectOption({ label: 'Test User 2' });
    await assertAccessible(browser, context, page, 'inbox bulk panel', (scan) =>
      scan.getByRole('heading', { name: '2 reports selected' }).waitFor(),
    );
    await page.getByRole('button', { name: 'Apply to 2 reports' }).click();
    await page.getByRole('status').getByText('2 reports assigned to Test User 2.').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('selected'), null, 'the selection is cleared once done');
    await page.getByLabel('Assigned to').selectOption({ label: 'Test User 2' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await caption('2 reports');
    assert.equal(await rows().count(), 2);
  });

  test('a assigns the current report to me; the ward filter finds reports by their streets', async () => {
    await page.goto(`${base}/app/inbox?sort=oldest&assigned=unassigned`);
    await caption('1 report');
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page
      .getByRole('status')
      .getByText(`Report ${short(ids[2] ?? '')} assigned to you.`)
      .waitFor();
    await page.getByLabel('Assigned to').selectOption({ label: 'Me' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    // The unassigned list also read "1 report": wait for the filtered list itself, not its caption.
    await page.waitForURL(/assigned=me/);
    await rows().first().getByRole('cell').nth(7).getByText('Me', { exact: true }).waitFor();
    await caption('1 report');
    assert.equal(await rows().first().getByRole('cell').nth(7).innerText(), 'Me');

    await page.goto(`${base}/app/inbox`);
    await caption('3 reports');
    await page.getByLabel('Ward').selectOption({ label: 'St Peters' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await caption('1 report');
    assert.ok(await page.getByText('Cars stop outside the shop every evening').isVisible());
    await assertAccessible(browser, context, page, 'inbox ward filter', (scan) =>
      scan.locator('caption', { hasText: '1 report' }).waitFor(),
    );
  });

  test('archiving needs a reason; then the report leaves the waiting list', async () => {
    await page.goto(`${base}/app/inbox?sort=oldest&selected=${ids[1] ?? ''}`);
    await page.getByRole('heading', { name: '1 report selected' }).waitFor();
    await page.getByLabel('Action').selectOption({ label: 'Archive with a reason' });
    await page.getByRole('button', { name: 'Apply to 1 report' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Give a reason for archiving/ })
      .waitFor();
    await page.getByLabel('Why are these reports being archived?').fill('Already known to the team');
    await page.getByRole('button', { name: 'Apply to 1 report' }).click();
    await page.getByRole('status').getByText('1 report archived.').waitFor();
    await caption('2 reports');
  });

  test('the report page shows who else has it open, and its assignee', async () => {
    const other = await browser.newContext();
    const theirs = await other.newPage();
    try {
      await signInWithTotp(theirs, base, system, bay);
      await theirs.goto(`${base}/app/inbox/reports/${ids[0] ?? ''}`);
      await theirs.getByRole('heading', { name: 'Who is working on this' }).waitFor();

      await page.goto(`${base}/app/inbox?sort=oldest`);
      await page.getByText('Being looked at by Test User 2').waitFor();
      await page.keyboard.press('j');
      await page.keyboard.press('o');
      await page.getByRole('heading', { level: 1, name: `Report ${short(ids[0] ?? '')}` }).waitFor();
      await page.getByText('Also looking at this report now: Test User 2').waitFor();
      assert.ok(await page.getByText('Assigned to: Test User 2').isVisible());
      await page.getByRole('button', { name: 'Assign to me' }).click();
      await page.getByText('Assigned to: Test User 1 (me)').waitFor();
      await assertAccessible(browser, context, page, 'report desk panel', (scan) =>
        scan.getByText('Assigned to: Test User 1 (me)').waitFor(),
      );
    } finally {
      await other.close();
    }
  });
});
