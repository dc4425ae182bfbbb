import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { assertAccessible, listen, saveScreenshot, skipBrowser } from '../support/browser.ts';
import { recordWebReport } from '../support/reports.ts';
import {
  createSetUpUser,
  signInWithTotp,
  type StaffSite,
  startStaffSite,
  type TestStaffUser,
} from '../support/staff.ts';
import type { TestSystem } from '../support/test-services.ts';

// "You said, we did" walked as its users (issue 16): an analyst prepares September's release and
// thanks a reporter; a supervisor who did not prepare it approves and publishes it, and sets a
// ward's priorities; then the public page, with JavaScript off, shows St Peters' figures with
// "fewer than 5". axe on every page. The test clock starts on Thursday 26 November 2026.

const day = 86_400_000;

describe('"You said, we did" in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  let publicApp: FastifyInstance;
  let publicBase = '';
  let analyst: TestStaffUser;
  let supervisor: TestStaffUser;
  let reportId = '';

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
    analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    supervisor = await createSetUpUser(system, { roles: ['intelligence_supervisor'] });
    system.clock.advance(-70 * day);
    for (let i = 0; i < 7; i++) {
      reportId = await recordWebReport(system.services, {
        about: { categories: ['dealing_place'] },
        where: { postcode: 'AL1 3AB' },
      } as never);
    }
    system.clock.advance(70 * day);
    await system.services.db
      .insertInto('ops_seizures')
      .values({
        id: randomUUID(),
        arrest_id: null,
        warrant_id: null,
        seized_at: new Date('2026-09-10T12:00:00Z'),
        place: 'Chequer Street, St Albans',
        created_by: 'officer',
        created_at: new Date('2026-09-10T12:00:00Z'),
      })
      .execute();
    publicApp = await createPublicApp(system.services);
    publicBase = await listen(publicApp);
  });
  after(async () => {
    await publicApp.close();
    await site.stop();
  });

  test('the analyst prepares the release and thanks a reporter', async () => {
    await signInWithTotp(page, base, system, analyst);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'You said, we did' }).click();
    await page.getByRole('heading', { name: 'You said, we did' }).waitFor();
    await page.getByLabel('Month to release').waitFor();
    assert.equal(await page.getByLabel('Month to release').inputValue(), '2026-09');
    await assertAccessible(browser, context, page, 'disclosure releases', (scan) =>
      scan.getByLabel('Month to release').waitFor(),
    );
    await page.getByRole('button', { name: 'Prepare the release' }).click();
    await page.getByRole('heading', { name: 'Release for September 2026' }).waitFor();
    const stPeters = page.getByRole('row', { name: /St Peters/ });
    await stPeters.getByText('7', { exact: true }).waitFor();
    await stPeters.getByText('fewer than 5 (suppressed)').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Approve the release' }).count(), 0);
    await saveScreenshot(page, 'disclosure analyst prepared');

    await page.goto(`${base}/app/inbox/reports/${reportId}`);
    await page.getByRole('heading', { name: 'Thank the reporter' }).waitFor();
    await page.getByLabel(/Results are published by area/).check();
    await page.getByRole('button', { name: 'Send thank-you' }).click();
    await page.getByText('Thank-you sent.').waitFor();
    await page
      .getByText(/We cannot say what happens after any one report/)
      .first()
      .waitFor();
    await saveScreenshot(page, 'disclosure analyst thanked');
    const inbox = await system.services.reportMessages.readInbox(reportId);
    assert.equal(inbox.messages.length, 1);
    await page.getByRole('button', { name: 'Sign out' }).click();
    // Signed out before the next person signs in (the sign-in page must not race the sign-out).
    await page.getByRole('heading', { name: 'Sign in to Linebreak' }).waitFor();
  });

  test('a supervisor approves and publishes it, and sets the ward priorities', async () => {
    await signInWithTotp(page, base, system, supervisor);
    await page.goto(`${base}/app/disclosure`);
    await page.getByRole('link', { name: 'September 2026' }).click();
    await page.getByRole('button', { name: 'Approve the release' }).click();
    await page.getByText('The release is approved.').waitFor();
    await assertAccessible(browser, context, page, 'disclosure release review', (scan) =>
      scan.getByRole('button', { name: 'Publish on the public site' }).waitFor(),
    );
    await page.getByRole('button', { name: 'Publish on the public site' }).click();
    await page.getByText('The release is published on the public site.').waitFor();
    await saveScreenshot(page, 'disclosure supervisor published');

    await page.goto(`${base}/app/disclosure/priorities`);
    await page.getByRole('heading', { name: 'Ward priorities for September to December 2026' }).waitFor();
    await page.getByRole('button', { name: 'Change the priorities for St Peters' }).click();
    const form = page.getByRole('form', { name: 'Priorities for St Peters' });
    await form.getByLabel('You said').first().selectOption('cuckooing');
    await form.getByLabel('Visiting people at risk to offer support').first().check();
    await assertAccessible(browser, context, page, 'disclosure priorities', (scan) =>
      scan.getByRole('button', { name: 'Change the priorities for St Peters' }).waitFor(),
    );
    await form.getByRole('button', { name: 'Publish the priorities for St Peters' }).click();
    await page.getByText('The priorities for St Peters are saved and published.').waitFor();
    await saveScreenshot(page, 'disclosure supervisor priorities');
  });

  test('the public page, JavaScript off: choose a ward by link, read the published figures', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const pub = await noJs.newPage();
    await pub.goto(`${publicBase}/`);
    await pub.getByRole('contentinfo').getByRole('link', { name: 'You said, we did' }).click();
    await pub.getByRole('heading', { name: 'You said, we did', level: 1 }).waitFor();
    await pub.getByRole('link', { name: 'St Peters' }).click();
    await pub.getByRole('heading', { name: 'St Peters', level: 1 }).waitFor();
    const results = pub.getByRole('table', { name: /In September 2026/ });
    assert.deepEqual(
      await results
        .getByRole('row', { name: /Reports received/ })
        .getByRole('cell')
        .allTextContents(),
      ['7'],
    );
    assert.deepEqual(
      await results
        .getByRole('row', { name: /Seizures/ })
        .getByRole('cell')
        .allTextContents(),
      ['fewer than 5'],
    );
    await pub.getByText('You said: Vulnerable people whose homes are taken over by dealers (cuckooing)').waitFor();
    await saveScreenshot(pub, 'you said we did ward without javascript');
    await assertAccessible(browser, noJs, pub, 'you said we did ward');
    await pub.getByRole('link', { name: 'Every month we have published' }).click();
    await pub.getByRole('cell', { name: 'September 2026' }).waitFor();
    await assertAccessible(browser, noJs, pub, 'you said we did history');
    await pub.goto(`${publicBase}/you-said-we-did`);
    await assertAccessible(browser, noJs, pub, 'you said we did wards');
    await noJs.close();
    assert.deepEqual(site.cspViolations, []);
  });
});
