import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { saveScreenshot, skipBrowser } from '../support/browser.ts';
import {
  createSetUpUser,
  signInWithTotp,
  type StaffSite,
  startStaffSite,
  testActor,
  type TestStaffUser,
} from '../support/staff.ts';

// Issue 14, small gaps: once operations closes an intelligence report with its result, the
// staff app no longer offers its grading and review forms (the API refuses them with 409).

describe('a closed intelligence report in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let analyst: TestStaffUser;
  let reportId = '';

  before(async () => {
    site = await startStaffSite();
    const { services } = site.system;
    analyst = await createSetUpUser(site.system, { roles: ['intelligence_analyst'] });
    const actor = testActor(analyst.id, ['intelligence_analyst']);
    ({ id: reportId } = await services.intelligence.create(actor, {
      submissionId: null,
      sourceType: 'officer',
      originalText: 'A grey car seen twice near the park',
      priority: 'low',
    }));
    await services.intelligenceWorkflow.evaluate(actor, reportId, {
      grade: { source: '1', assessment: 'A', handling: 'P', conditions: null },
      sourceEvaluationReason: 'Seen by the officer',
      sanitisedText: 'A grey car seen twice near the park',
      assessment: 'Possibly a supply vehicle.',
      priority: 'low',
      actionDecision: 'develop',
      researchedSystems: [],
      expectedVersion: 1,
    });
  });
  after(async () => {
    await site.stop();
  });

  test('the grading and review forms go once the report is closed with its result', async () => {
    const { page, base } = site;
    await signInWithTotp(page, base, site.system, analyst);
    await page.goto(`${base}/app/intelligence/${reportId}`);
    const grading = page.getByRole('heading', { name: 'Grade and sanitise (3x5x2)' });
    await grading.waitFor();
    await page.getByRole('heading', { name: 'Supervisor review' }).waitFor();

    await page.getByLabel('Not substantiated').check();
    await page.getByLabel('What it led to, or why it is closed').fill('Nothing further seen near the park');
    await page.getByRole('button', { name: /close/i }).click();
    await page.getByText(/^Closed:/).waitFor();
    await grading.waitFor({ state: 'detached' });
    await saveScreenshot(page, 'intelligence-closed');
    assert.equal(await page.getByRole('heading', { name: 'Supervisor review' }).count(), 0);

    await page.reload();
    await page.getByText(/^Closed:/).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await grading.count(), 0, 'still gone after a reload');
    assert.deepEqual(site.cspViolations, []);
  });
});
