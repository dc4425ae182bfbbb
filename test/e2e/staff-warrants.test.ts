import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, skipBrowser } from '../support/browser.ts';
import { createSetUpUser, signInWithTotp, type StaffSite, startStaffSite, testActor } from '../support/staff.ts';

// s.23 warrants in Chromium (issue 14): an analyst assembles an application from graded
// intelligence (grades shown, the Code B warning for anonymous information), is refused without
// the undermining material, sends it; an intelligence supervisor (the inspector) authorises; the
// analyst records the court's decision and an entry with a child present, which asks for a
// safeguarding referral; the print view lays it out like the court form, and the intelligence
// report shows the warrant it led to. Every page passes axe.
describe('staff warrant pages in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  const intelligenceIds: string[] = [];

  before(async () => {
    site = await startStaffSite();
    const unit = testActor('analyst-setup', ['intelligence_analyst']);
    const services = site.system.services;
    for (const [sourceType, source, assessment] of [
      ['public_anonymous', '2', 'C'],
      ['officer', '1', 'A'],
    ] as const) {
      const intel = await services.intelligence.create(unit, {
        submissionId: null,
        sourceType,
        originalText: 'Dealing from the flat',
        priority: 'high',
      });
      intelligenceIds.push(intel.id);
      await services.intelligenceWorkflow.evaluate(unit, intel.id, {
        grade: { source, assessment, handling: 'P', conditions: null },
        sourceEvaluationReason: 'As received',
        sanitisedText: `Class A supply from Flat 1, 12 Example Road (${sourceType === 'officer' ? 'officer' : 'anonymous'}).`,
        assessment: 'Supply.',
        priority: 'high',
        actionDecision: 'develop',
        researchedSystems: [],
        expectedVersion: 1,
      });
    }
  });
  after(async () => {
    await site.stop();
  });

  test('application, authorisation, court, entry and print view', async () => {
    const { page, base, system, browser, context } = site;
    const analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    await signInWithTotp(page, base, system, analyst);
    await page.goto(`${base}/app/operations/warrants`);
    await page.getByRole('heading', { name: 'Drugs warrants', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Start an application' }).click();
    await page.getByRole('heading', { name: 'Apply for a drugs warrant' }).waitFor();
    await page.getByLabel(/graded 2CP/).check();
    await page.getByRole('status').filter({ hasText: 'PACE Code B' }).waitFor();
    await assertAccessible(browser, context, page, 'warrant application', (scan) =>
      scan.getByLabel(/graded 1AP/).waitFor(),
    );
    await page.getByLabel(/graded 1AP/).check();
    await page.getByRole('status').filter({ hasText: 'PACE Code B' }).waitFor({ state: 'detached' });
    await page.getByLabel('Premises to be searched').fill('Flat 1, 12 Example Road, St Albans AL1 1AA');
    await page.getByLabel('Crack cocaine (class A)').check();
    await page.getByLabel('Grounds', { exact: true }).fill('Graded intelligence of class A supply from the flat.');
    await page.getByLabel('Planned execution date').fill('2026-11-28');
    await page.getByRole('button', { name: 'Send to an inspector' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await problem.getByRole('link', { name: /undermines the application/ }).waitFor();
    await page.getByLabel('Anything that undermines the application').fill('The tenant may be a cuckooing victim.');
    await page.getByRole('button', { name: 'Send to an inspector' }).click();
    await page.getByRole('heading', { name: /^Drugs warrant \(s\.23 MDA 1971\) W-2026-0001$/ }).waitFor();
    await page.getByText('An inspector other than the applicant must authorise').waitFor();
    const url = page.url();

    // The inspector, in another browser context.
    const inspectorContext = await browser.newContext();
    const inspectorPage = await inspectorContext.newPage();
    const inspector = await createSetUpUser(system, { roles: ['intelligence_supervisor'] });
    await signInWithTotp(inspectorPage, base, system, inspector);
    await inspectorPage.goto(url);
    await inspectorPage
      .getByLabel('Inspector’s reasons for authorising')
      .fill('Corroborated by an officer’s 1A report');
    await inspectorPage.getByRole('button', { name: 'Authorise the application' }).click();
    await inspectorPage.getByRole('status').filter({ hasText: 'Authorised' }).waitFor();
    await inspectorContext.close();

    await page.reload();
    await page.getByRole('group', { name: 'The court’s decision' }).getByLabel('Issued').check();
    await page.getByLabel('Court', { exact: true }).fill('St Albans Magistrates’ Court');
    await page.getByLabel('Date of the decision').fill('2026-11-26');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Valid until').waitFor();
    await assertAccessible(browser, context, page, 'warrant issued', (scan) =>
      scan.getByRole('button', { name: 'Record the entry' }).waitFor(),
    );
    await page.getByLabel('Date and time of entry').fill('2026-11-26T06:00');
    await page.getByLabel('By force').check();
    await page.getByLabel('Officers present').fill('PC 101 and PC 102');
    await page.getByLabel('Persons present').fill('An adult and a child');
    await page.getByLabel('Children were present').check();
    await page.getByLabel('Items seized').fill('14 wraps of crack cocaine');
    await page.getByRole('button', { name: 'Record the entry' }).click();
    await page.getByRole('status').filter({ hasText: 'make a safeguarding referral' }).waitFor();
    await page.getByText('Safeguarding referral needed').waitFor();
    await assertAccessible(browser, context, page, 'warrant executed', (scan) =>
      scan.getByText('Safeguarding referral needed').waitFor(),
    );

    await page.getByRole('link', { name: 'Print view of the application' }).click();
    await page.getByRole('heading', { name: /Application for a search warrant W-2026-0001/ }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    assert.match(text, /7\. Anything that might undermine this application/);
    assert.match(text, /The tenant may be a cuckooing victim\./);
    assert.match(text, /2CP/);
    assert.match(text, /1AP/);
    await assertAccessible(browser, context, page, 'warrant print view', (scan) =>
      scan.getByRole('heading', { name: /10\. Authorisation/ }).waitFor(),
    );
    // Traceability: the officer's report shows the warrant it led to.
    await page.goto(`${base}/app/intelligence/${intelligenceIds[1] ?? ''}`);
    await page.getByRole('heading', { name: 'What it led to' }).waitFor();
    await page.getByRole('link', { name: 'W-2026-0001' }).waitFor();
    await assertAccessible(browser, context, page, 'intelligence led to', (scan) =>
      scan.getByRole('link', { name: 'W-2026-0001' }).waitFor(),
    );
    assert.deepEqual(site.cspViolations, []);
  });
});
