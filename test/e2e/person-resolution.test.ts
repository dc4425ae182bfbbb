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
  testActor,
  type TestStaffUser,
} from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';
import type { TestSystem } from '../support/test-services.ts';

// Person resolution in a real browser: two reports name "Jon Smyth" and "John Smith" at the same
// address; the entity page says they are likely the same person and why; a merge without a
// reason is refused with an error summary; with one, the page shows both people's reports;
// the merge is undone. Then the analyst rejects the pair: the page says who did and when, and
// merging over the rejection warns first; undoing that merge leaves the rejection standing.
// axe scans the page; any CSP violation fails the test.

describe('person resolution in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  let analyst: TestStaffUser;

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
    analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    const submit = async (details: string) => {
      const answers: ReportAnswers = { about: { categories: ['dealing_place'] }, 'anything-else': { details } };
      await recordWebReport(system.services, answers);
      system.clock.advance(86_400_000);
    };
    await submit('A lad called Jon Smyth is dealing crack from 14 Hatfield Road AL1 3JX most nights.');
    await submit('A man called John Smith was outside 14 Hatfield Road AL1 3JX handing over wraps.');
    await processWaitingReports({ ...system.services, thresholds: defaultThresholds });
  });
  after(async () => {
    await site.stop();
  });

  test('an analyst sees why two people may be one, merges them with a reason, then undoes it', async () => {
    await signInWithTotp(page, base, system, analyst);

    const jon = await system.services.db
      .selectFrom('person_match_suggestions')
      .select(['person_a', 'person_b'])
      .executeTakeFirstOrThrow();
    // Open whichever of the pair is Jon Smyth.
    const page1 = await system.services.entities.get(testActor('t', ['intelligence_analyst']), jon.person_a);
    const jonId = page1.label === 'Jon Smyth' ? jon.person_a : jon.person_b;
    await page.goto(`${base}/app/entities/${jonId}`);
    await page.getByRole('heading', { name: 'Could be the same person' }).waitFor();
    await page.getByText('Likely the same person', { exact: true }).waitFor();
    await page.getByText('Why the resolver thinks so').click();
    await page.getByText(/postcode: the same \(AL1 3JX\)/).waitFor();

    await assertAccessible(browser, context, page, 'person page with a suggestion', (scan) =>
      scan.getByRole('heading', { name: 'Could be the same person' }).waitFor(),
    );

    await page.getByRole('button', { name: 'Merge John Smith into this person' }).click();
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText('Enter why they are the same person').first().waitFor();
    await page.getByLabel('Why are they the same person?').fill('Same address, same description, same week');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(/John Smith merged into Jon Smyth/).waitFor();
    await page.getByText('Also known as').waitFor();
    assert.equal((await page.getByRole('link', { name: /^Report / }).count()) >= 2, true);

    await page.getByRole('button', { name: 'Undo this merge' }).click();
    await page.getByLabel('Why are they different people after all?').fill('Custody records show two brothers');
    await page.getByRole('button', { name: 'Undo the merge' }).click();
    await page.getByText(/Undone on .*Custody records show two brothers/).waitFor();
    assert.deepEqual(site.cspViolations, []);
  });

  test('a rejection says who made it and when; merging over it warns first, and its undo leaves it', async () => {
    // Still on Jon Smyth's page, the merge undone: the suggestion is open again.
    await page.getByRole('button', { name: 'Not the same person' }).click();
    await page.getByLabel('How do you know they are different people?').fill('Different dates of birth on PNC');
    await page.getByRole('button', { name: 'Record that they are different people' }).click();
    const rejected = /Not the same person: decided by Test User \d+ on \d{4}-\d{2}-\d{2}\./;
    await page.getByText(rejected).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Not the same person' }).count(), 0);

    const warning = /Someone said these are not the same person: Test User \d+ on \d{4}-\d{2}-\d{2}\./;
    await assertAccessible(browser, context, page, 'person merge over a rejection', async (scan) => {
      await scan.getByRole('button', { name: 'Merge John Smith into this person' }).click();
      await scan.getByText(warning).waitFor();
    });

    await page.getByRole('button', { name: 'Merge John Smith into this person' }).click();
    await page.getByText(warning).waitFor();
    await page.getByLabel('Why are they the same person?').fill('Custody photographs match after all');
    await page.getByRole('button', { name: 'Merge anyway' }).click();
    await page.getByRole('button', { name: 'Undo this merge' }).waitFor();
    await page.getByText('Also known as').waitFor();

    await page.getByRole('button', { name: 'Undo this merge' }).click();
    await page.getByLabel('Why are they different people after all?').fill('The photographs were of the brother');
    await page.getByRole('button', { name: 'Undo the merge' }).click();
    await page.getByText(/Undone on .*The photographs were of the brother/).waitFor();
    await page.getByText(rejected).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Not the same person' }).count(), 0, 'not reopened');
    assert.deepEqual(site.cspViolations, []);
  });
});
