import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { assertAccessible, saveScreenshot, skipBrowser } from '../support/browser.ts';
import {
  createSetUpUser,
  signInWithTotp,
  type StaffSite,
  startStaffSite,
  testActor,
  testAdminActor,
  type TestStaffUser,
} from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';
import type { TestSystem } from '../support/test-services.ts';

// Intelligence triage in a real browser: a report about a child that repeats a phone number from
// an earlier report tops the inbox, flagged; its entities are highlighted and linked; the entity
// page lists the earlier report; contact details need a reason; an analyst grades it and sends
// it for review; a supervisor approves and disseminates it (and cannot approve their own
// grading). Every page is scanned with axe-core; any CSP violation fails the test.

const short = (id: string) => id.slice(0, 8).toUpperCase();

describe('intelligence triage in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  const ids: Record<string, string> = {};
  let analyst: TestStaffUser;
  let supervisor: TestStaffUser;
  let intelligenceUrl = '';
  let teamName = '';

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
    analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    supervisor = await createSetUpUser(system, { roles: ['intelligence_supervisor'] });
    teamName = (await system.services.teams.createTeam(testAdminActor, { name: 'Operation Lantern' })).name;

    const submit = async (name: string, answers: ReportAnswers) => {
      ids[name] = await recordWebReport(system.services, answers);
    };
    await submit('earlier', {
      about: { categories: ['phone_messages'] },
      'anything-else': { details: 'Bulk texts from 07700 900888 offering white and brown' },
    });
    system.clock.advance(86_400_000);
    await submit('ordinary', {
      about: { categories: ['drug_use'] },
      'anything-else': { details: 'people smoking weed in Verulamium Park' },
    });
    system.clock.advance(86_400_000);
    await submit('child', {
      about: { categories: ['young_person'] },
      who: {
        people: [{ description: 'boy in school uniform, about 14' }],
        childInvolved: 'yes',
        vulnerableAdultInvolved: 'unknown',
        lifeAtRisk: 'no',
      },
      'anything-else': {
        details: 'He collects from 07700 900888 outside 12 Hatfield Road most evenings, out with Tyrese',
      },
      contact: { choice: 'contact', name: 'A Neighbour', phone: '07700 900111', safeToContact: 'yes' },
    });
    await processWaitingReports({ ...system.services, thresholds: defaultThresholds });
  });
  after(async () => {
    await site.stop();
  });

  async function checkAccessible(name: string): Promise<void> {
    await assertAccessible(browser, context, page, `triage ${name}`, (scan) => scan.waitForLoadState('networkidle'));
  }

  async function signIn(user: TestStaffUser): Promise<void> {
    await signInWithTotp(page, base, system, user);
  }

  const section = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });

  test('the child at risk tops the inbox, flagged, with its waiting clock', async () => {
    await signIn(analyst);
    await section('Inbox').click();
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    const rows = page.locator('table.lb-table tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 3);
    const first = rows.first();
    assert.match((await first.textContent()) ?? '', new RegExp(`Report ${short(ids.child ?? '')}`));
    assert.match((await first.textContent()) ?? '', /Urgent.*Child at risk/);
    assert.match((await first.textContent()) ?? '', /Arrived today/);
    assert.match((await rows.nth(1).textContent()) ?? '', new RegExp(`Report ${short(ids.earlier ?? '')}.*2 days`));
    await checkAccessible('the inbox');

    await page.getByLabel('Type').selectOption('drug_use');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('1 report, highest priority first').waitFor();
    assert.match((await rows.first().textContent()) ?? '', new RegExp(`Report ${short(ids.ordinary ?? '')}`));
    await page.getByLabel('Type').selectOption('');
    await page.getByLabel('Area (postcode sector)').fill('St Albans');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter a postcode sector, like AL1 3' }).waitFor();
    await page.getByLabel('Area (postcode sector)').fill('');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('3 reports, highest priority first').waitFor();
  });

  test('the report shows its entities highlighted, linked to an entity page listing the earlier report', async () => {
    await page.getByRole('link', { name: `Report ${short(ids.child ?? '')}` }).click();
    await page.getByRole('heading', { name: `Report ${short(ids.child ?? '')}`, level: 1 }).waitFor();
    assert.match((await page.locator('.lb-urgent').textContent()) ?? '', /Child at risk/);
    const phone = page.locator('mark.lb-entity--phone').getByRole('link', { name: '07700 900888' });
    await phone.waitFor();
    assert.equal((await page.locator('mark.lb-entity--location').count()) >= 1, true, 'the address is highlighted');
    // A given name with no cue before it is a person too (ADR 59).
    await page.locator('mark.lb-entity--person', { hasText: 'Tyrese' }).first().waitFor();
    await saveScreenshot(page, 'staff-report-entities');
    const linked = page.getByRole('table', { name: 'Other reports that mention the same entities' });
    assert.match((await linked.textContent()) ?? '', new RegExp(`Report ${short(ids.earlier ?? '')}`));
    assert.match(
      (await page.locator('main').textContent()) ?? '',
      /A child may be at risk|Child at risk of exploitation/,
    );
    await checkAccessible('the report page');

    await phone.click();
    await page.getByRole('heading', { name: /\+447700900888/, level: 1 }).waitFor();
    const timeline = page.getByRole('list', { name: 'Reports that mention it, newest first' });
    assert.match((await timeline.textContent()) ?? '', new RegExp(`Report ${short(ids.earlier ?? '')}`));
    assert.match((await timeline.textContent()) ?? '', new RegExp(`Report ${short(ids.child ?? '')}`));
    await checkAccessible('the entity page');
    await page.goBack();
    await page.getByRole('heading', { name: `Report ${short(ids.child ?? '')}`, level: 1 }).waitFor();
  });

  test('the contact details need a stated reason', async () => {
    assert.equal(await page.getByText('A Neighbour').count(), 0);
    await page.getByRole('button', { name: 'Show contact details' }).click();
    await page.getByRole('button', { name: 'Show contact details' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Enter why you need to see this' }).waitFor();
    await page.getByLabel('Why do you need to see this?').fill('To ask the reporter where the boy goes');
    await page.getByRole('button', { name: 'Show contact details' }).click();
    await page.getByText('A Neighbour').waitFor();
    const audit = await system.services.db
      .selectFrom('audit_events')
      .select('reason')
      .where('action', '=', 'report.read_contact')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.reason),
      ['To ask the reporter where the boy goes'],
    );
  });

  test('the analyst starts an intelligence report, grades it and submits it for review', async () => {
    await page.getByRole('link', { name: 'Start an intelligence report' }).click();
    await page.getByRole('heading', { name: 'New intelligence report', level: 1 }).waitFor();
    assert.match(await page.getByLabel('What was reported (original)').inputValue(), /07700 900888/);
    assert.equal(await page.getByLabel('Priority').inputValue(), 'high');
    await checkAccessible('the new intelligence report');
    await page.getByRole('button', { name: 'Create intelligence report' }).click();
    await page.getByRole('heading', { name: /^Intelligence report IR-/, level: 1 }).waitFor();
    intelligenceUrl = page.url();
    await checkAccessible('the grading form');

    await page.getByLabel('2: Untested').check();
    await page.getByLabel('C: Known indirectly to the source', { exact: true }).check();
    await page.getByLabel('C: Lawful sharing permitted with conditions').check();
    await page.getByLabel('Why the source is graded so').fill('First report from this anonymous member of the public');
    await page
      .getByLabel('Sanitised text')
      .fill('A boy of about 14 collects drugs from a line using 07700 900888 near Hatfield Road.');
    await page.getByLabel('Analyst’s assessment').fill('Likely a runner for the line advertised by bulk texts.');
    await page.getByRole('button', { name: 'Save grading' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Handling code C needs the conditions recipients must follow' })
      .waitFor();
    await page.getByLabel('Conditions recipients must follow').fill('Do not approach the child without safeguarding');
    await page.getByRole('button', { name: 'Save grading' }).click();
    await page.getByText('Grading saved.').waitFor();
    await page.locator('.lb-grade', { hasText: '2CC' }).waitFor();
    await page.getByRole('button', { name: 'Submit for supervisor review' }).click();
    await page.getByText('Sent for supervisor review.').waitFor();
    await page.locator('.lb-summary').first().getByText('Awaiting supervisor review').waitFor();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in to Linebreak' }).waitFor();
  });

  test('a supervisor approves and disseminates it', async () => {
    await signIn(supervisor);
    await page.goto(intelligenceUrl);
    await page.getByRole('heading', { name: 'Supervisor review' }).waitFor();
    await checkAccessible('the supervisor review');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Approved for dissemination.').waitFor();
    await page.getByRole('heading', { name: 'Disseminate' }).waitFor();
    await page.getByRole('button', { name: 'Disseminate' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Choose at least one recipient' }).waitFor();
    await page.getByLabel(`Team: ${teamName}`).check();
    await page.getByLabel('Why they need it').fill('The team leads the operation against this line');
    await page.getByRole('button', { name: 'Disseminate' }).click();
    await page.getByText('Disseminated.', { exact: true }).waitFor();
    await page.getByRole('table', { name: 'Disseminated to' }).waitFor();
    await page.getByRole('cell', { name: 'Team: Operation Lantern' }).waitFor();
    await checkAccessible('the disseminated report');
    await page.getByRole('button', { name: 'Show the original' }).click();
    await page.getByLabel('Why do you need to see this?').fill('Checking the sanitised text against the original');
    await page.getByRole('button', { name: 'Show the original' }).click();
    await page.getByText(/Anything else: He collects from 07700 900888/).waitFor();
    const row = await system.services.db
      .selectFrom('intelligence_reports')
      .select(['status', 'reviewed_by'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'disseminated', reviewed_by: supervisor.id });
  });

  test('a supervisor cannot approve their own grading: the page shows the refusal', async () => {
    const actor = testActor(supervisor.id, ['intelligence_supervisor']);
    const created = await system.services.intelligence.create(actor, {
      submissionId: ids.earlier ?? null,
      sourceType: 'public_anonymous',
      originalText: 'Bulk texts from 07700 900888',
      priority: 'medium',
    });
    await system.services.intelligenceWorkflow.evaluate(actor, created.id, {
      grade: { source: '2', assessment: 'C', handling: 'P', conditions: null },
      sourceEvaluationReason: 'Anonymous',
      sanitisedText: 'A number advertises drugs by bulk text.',
      assessment: '',
      priority: 'medium',
      actionDecision: 'develop',
      researchedSystems: [],
      expectedVersion: created.version,
    });
    await system.services.intelligenceWorkflow.submitForReview(actor, created.id);
    await section('Intelligence').click();
    await page.getByRole('heading', { name: 'Intelligence', level: 1 }).waitFor();
    await page.getByRole('link', { name: created.reference }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('alert').getByText('Another supervisor must review a report you evaluated').waitFor();
  });

  test('the alerts list shows the child safeguarding alert with the reports behind it', async () => {
    await section('Alerts').click();
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    const link = page.getByRole('link', { name: /A child may be at risk/ });
    await link.waitFor();
    await page.getByText('1 alert, highest priority first', { exact: true }).waitFor();
    await checkAccessible('the alerts list');
    await link.click();
    await page.getByRole('heading', { name: /A child may be at risk/, level: 1 }).waitFor();
    await page.getByRole('link', { name: `Report ${short(ids.child ?? '')}` }).waitFor();
    await checkAccessible('an alert');
    await page.getByLabel('New status').selectOption('acknowledged');
    await page.getByLabel('Note').fill('Referred to children’s services');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByText('Status changed to Acknowledged.').waitFor();
  });

  test('people and places can be searched', async () => {
    await section('People and places').click();
    await page.getByRole('heading', { name: 'People and places', level: 1 }).waitFor();
    await page.getByLabel('Contains').fill('hatfield');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('link', { name: /Hatfield Road/ })
      .first()
      .waitFor();
    await checkAccessible('people and places');
  });

  test('no page broke the Content Security Policy', () => {
    assert.deepEqual(site.cspViolations, []);
  });
});
