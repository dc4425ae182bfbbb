import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

// The staff side of two-way follow-up in Chromium: an analyst asks the reporter an approved
// question, the reporter answers through their receipt inbox, the inbox flags the reply and the
// report page shows the conversation. Scanned with axe-core.

describe('messages with the reporter in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  let analyst: TestStaffUser;
  let reportId = '';

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
    analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    reportId = await recordWebReport(system.services, {
      about: { categories: ['dealing_place'] },
      'anything-else': { details: 'Visitors at all hours at the corner house' },
    });
  });
  after(async () => {
    await site.stop();
  });

  test('an analyst sends an approved question, sees the reply, and the inbox flags it', async () => {
    await signInWithTotp(page, base, system, analyst);
    await page.goto(`${base}/app/inbox/reports/${reportId}`);
    await page.getByRole('heading', { name: 'Messages with the reporter' }).waitFor();
    assert.ok(await page.getByText('No messages yet.').isVisible());
    await page.getByLabel('Start from an approved question (optional)').selectOption({ label: 'When it happens' });
    const question = page.getByLabel('Question for the reporter');
    assert.match(await question.inputValue(), /which days and times/);
    await question.fill(`${await question.inputValue()} Evenings or mornings?`);
    await page.getByRole('button', { name: 'Send question' }).click();
    await page.getByRole('status').filter({ hasText: 'Question sent' }).waitFor();
    await page.getByText('The unit asked on').waitFor();
    assert.ok(await page.getByText('Evenings or mornings?').isVisible());

    await page.getByRole('button', { name: 'Send question' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter the question for the reporter' }).waitFor();

    await system.services.reportMessages.addReporterMessage(reportId, 'Mostly after ten at night.');
    await page.goto(`${base}/app/inbox`);
    await page.getByText('Reporter replied').waitFor();
    await page.goto(`${base}/app/inbox/reports/${reportId}`);
    await page.getByText('Mostly after ten at night.').waitFor();
    assert.ok(await page.getByText('The reporter wrote on').isVisible());
    await assertAccessible(browser, context, page, 'report messages', (scan) =>
      scan.getByText('Mostly after ten at night.').waitFor(),
    );
    const status = await system.services.reportMessages.readInbox(reportId);
    assert.equal(status.status, 'under_review', 'the reporter sees "being looked at"');
  });
});
