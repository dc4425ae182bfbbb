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

// The search box in the staff header and its results page, in Chromium, scanned with axe-core.

const short = (id: string) => id.slice(0, 8).toUpperCase();

describe('searching reports in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  const ids: Record<string, string> = {};
  let analyst: TestStaffUser;
  let officer: TestStaffUser;

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
    analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    officer = await createSetUpUser(system, { roles: ['officer'] });
    const submit = async (name: string, answers: ReportAnswers) => {
      ids[name] = await recordWebReport(system.services, answers);
      system.clock.advance(86_400_000);
    };
    await submit('texts', {
      about: { categories: ['phone_messages'] },
      'anything-else': { details: 'Bulk texts from 07700 900888 offering white and brown, signed Spider' },
    });
    await submit('park', {
      about: { categories: ['drug_use'] },
      'anything-else': { details: 'People smoking weed in Verulamium Park most evenings' },
    });
    await submit('child', {
      about: { categories: ['young_person'] },
      who: {
        people: [{ description: 'boy in school uniform, about 14', names: 'Spider' }],
        childInvolved: 'yes',
        vulnerableAdultInvolved: 'unknown',
        lifeAtRisk: 'no',
      },
      'anything-else': { details: 'Spider collects from 07700 900888 outside 12 Hatfield Road' },
    });
    await processWaitingReports({ ...system.services, thresholds: defaultThresholds });
  });
  after(async () => {
    await site.stop();
  });

  test('an analyst searches from the header, reads the results and opens a report', async () => {
    await signInWithTotp(page, base, system, analyst);
    const box = page.getByRole('search', { name: 'Reports' }).getByLabel('Search reports');
    await box.fill('+44 7700 900 888');
    await box.press('Enter');
    await page.getByRole('heading', { name: '2 reports match' }).waitFor();
    assert.match(page.url(), /\/app\/inbox\/search\?q=/);
    const results = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    assert.deepEqual(await results.getByRole('heading', { level: 3 }).allInnerTexts(), [
      `Report ${short(ids.child ?? '')}`,
      `Report ${short(ids.texts ?? '')}`,
    ]);
    assert.ok(await page.getByText('phone number +447700900888').isVisible());
    assert.ok(await page.getByText('Child at risk').isVisible());
    await assertAccessible(browser, context, page, 'search results', (scan) =>
      scan.getByRole('heading', { name: '2 reports match' }).waitFor(),
    );

    await page.getByLabel('Search for').fill('spider hatfield');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: '1 report matches' }).waitFor();
    const excerpt = await page.getByRole('main').innerText();
    assert.match(excerpt, /outside 12 Hatfield Road/, 'an excerpt around the match');

    await page.getByLabel('Search for').fill('nothing of the sort');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'No reports match' }).waitFor();
    await assertAccessible(browser, context, page, 'search no results', (scan) =>
      scan.getByRole('heading', { name: 'No reports match' }).waitFor(),
    );

    await page.getByLabel('Search for').fill('   ');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter what to search for' }).waitFor();

    await page.getByLabel('Search for').fill('verulamium');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: `Report ${short(ids.park ?? '')}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(short(ids.park ?? '')) }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: '1 report matches' }).waitFor();
  });

  test('the inbox filters by a street named in the report, with a gist, and keeps its place on refresh', async () => {
    await page.goto(`${base}/app/inbox`);
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await page.getByText('3 reports, highest priority first').waitFor();
    await page.getByLabel('Street or place named').fill('Hatfield Road');
    await page.getByLabel('Order').selectOption({ label: 'Newest first' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('1 report, newest first').waitFor();
    assert.ok(await page.getByText('Spider collects from 07700 900888 outside 12 Hatfield Road').isVisible());
    await page.reload();
    await page.getByText('1 report, newest first').waitFor();
    assert.equal(await page.getByLabel('Street or place named').inputValue(), 'Hatfield Road');
    await assertAccessible(browser, context, page, 'inbox street filter', (scan) =>
      scan.getByText('1 report, newest first').waitFor(),
    );
  });

  test('someone who may not read reports has no search box, and the results page is not theirs', async () => {
    await context.clearCookies();
    await signInWithTotp(page, base, system, officer);
    assert.equal(await page.getByRole('search', { name: 'Reports' }).count(), 0);
    await page.goto(`${base}/app/inbox/search?q=spider`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    assert.equal(await page.getByText(short(ids.child ?? '')).count(), 0);
  });
});
