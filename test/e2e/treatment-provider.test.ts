import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, saveScreenshot, skipBrowser } from '../support/browser.ts';
import {
  createSetUpUser,
  signInWithTotp,
  type StaffSite,
  startStaffSite,
  testActor,
  testAdminActor,
} from '../support/staff.ts';

// Issue 15 in Chromium: a key worker at a drug treatment service signs in, finds "Treatment
// referrals" (and no police section), sees only the referral made to their service, is told off
// for a date in the future, then records that the person is engaging, with a short note. An
// officer's page shows the outcome and who recorded it, with their service. Pages pass axe.
describe('a treatment service records an outcome in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let orgA = '';
  const officer = testActor('officer-setup', ['officer']);

  before(async () => {
    site = await startStaffSite();
    const { services } = site.system;
    orgA = (
      await services.teams.createPartnerOrganisation(testAdminActor, {
        name: 'Example Recovery A',
        kind: 'drug_treatment',
      })
    ).id;
    const orgB = await services.teams.createPartnerOrganisation(testAdminActor, {
      name: 'Example Recovery B',
      kind: 'drug_treatment',
    });
    for (const [name, organisationId] of [
      ['Adult Ours Example', orgA],
      ['Adult Theirs Example', orgB.id],
    ] as const) {
      await services.casework.treatment.refer(officer, {
        name,
        dateOfBirth: '1991-02-03',
        personEntityId: null,
        organisationId,
        consent: true,
        consentOn: '2026-11-26',
      });
    }
  });
  after(async () => {
    await site.stop();
  });

  test('the key worker sees only their referral and records progress; the police see who recorded it', async () => {
    const { page, base, system, browser, context } = site;
    const keyWorker = await createSetUpUser(system, {
      roles: ['partner_agency'],
      partnerOrganisationId: orgA,
      email: 'keyworker@recovery-a.example.org',
    });
    await signInWithTotp(page, base, system, keyWorker);
    const sections = page.getByRole('navigation', { name: 'Sections' });
    assert.equal(await sections.getByRole('link', { name: 'Drugs: treatment and diversion' }).count(), 0);
    assert.equal(await sections.getByRole('link', { name: 'Operations' }).count(), 0);
    await sections.getByRole('link', { name: 'Treatment referrals' }).click();
    await page.getByRole('heading', { name: 'Referrals to your service', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Adult Ours Example' }).waitFor();
    assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /Adult Theirs Example/);
    // The police list, with its police-only fields, stays closed to the service.
    assert.equal((await page.request.get(`${base}/api/casework/treatment-referrals`)).status(), 403);

    const form = page.getByRole('form', { name: 'Record progress or an outcome' });
    await form.getByLabel('Progress or outcome').selectOption('engaged');
    await form.getByLabel('Date').fill('2026-12-30');
    await form.getByRole('button', { name: 'Record progress' }).click();
    await page.getByRole('link', { name: 'The date cannot be in the future' }).waitFor();
    await assertAccessible(browser, context, page, 'treatment service referrals');

    await form.getByLabel('Date').fill('2026-11-26');
    await form.getByLabel('Short note (optional)').fill('Came to the first group session');
    await form.getByRole('button', { name: 'Record progress' }).click();
    await page.getByRole('status').filter({ hasText: 'Progress recorded' }).waitFor();
    await page.getByRole('cell', { name: 'Engaging with treatment', exact: true }).waitFor();
    await page.getByText(/Came to the first group session\), recorded by Test User/).waitFor();
    await saveScreenshot(page, 'treatment-provider-referrals');

    const [seen] = (await system.services.casework.treatment.listReferrals(officer)).filter(
      (r) => r.personName === 'Adult Ours Example',
    );
    assert.equal(seen?.status, 'engaged');
    assert.deepEqual(
      seen.outcomes.map((o) => [o.outcome, o.on, o.note, o.recordedByOrganisation]),
      [['engaged', '2026-11-26', 'Came to the first group session', 'Example Recovery A']],
    );
    // An officer's page names who recorded it, and their service.
    await context.clearCookies();
    const police = await createSetUpUser(system, { roles: ['officer'] });
    await signInWithTotp(page, base, system, police);
    await page.goto(`${base}/app/treatment`);
    await page
      .getByRole('cell', {
        name: /Engaging with treatment \(Came to the first group session\), recorded by Test User \d+ \(Example Recovery A\)/,
      })
      .waitFor();
    await saveScreenshot(page, 'treatment-police-sees-who-recorded');
    assert.deepEqual(site.cspViolations, []);
  });
});
