import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { assertAccessible, skipBrowser } from '../support/browser.ts';
import {
  createSetUpUser,
  signInWithTotp,
  type StaffSite,
  startStaffSite,
  testActor,
  testAdminActor,
} from '../support/staff.ts';

// Issue 15 part B in Chromium: an officer sees "victim of exploitation" on the charging page of a
// child's arrest and on the child's page, but cannot open the case; refers an adult to the
// treatment service (refused without consent), records an outcome; offers diversion on an
// eligible arrest and records completion, which puts outcome 22 on the arrest. Pages pass axe.
describe('drug treatment, diversion and the victim flag in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let world: NetworkWorld;
  let childArrest = '';
  let adultArrest = '';
  let caseId = '';
  const shots = process.env.LINEBREAK_SCREENSHOTS;

  before(async () => {
    site = await startStaffSite();
    const { services } = site.system;
    world = await buildNetworkWorld(services);
    await services.teams.createPartnerOrganisation(testAdminActor, {
      name: 'Example Recovery Service',
      kind: 'drug_treatment',
    });
    const setup = testActor('officer-setup', ['officer']);
    childArrest = (
      await services.operations.arrests.create(setup, {
        personEntityId: world.networks[0]!.childRunner,
        arrestedAt: '2026-11-25T18:00:00Z',
        place: 'Hatfield Road, St Albans',
        suspectedOffence: 'mda_s5_3',
        childAtArrest: false,
      })
    ).id;
    caseId =
      (
        await services.db
          .selectFrom('casework_cases')
          .select('id')
          .where('person_entity_id', '=', world.networks[0]!.childRunner)
          .executeTakeFirst()
      )?.id ?? '';
    adultArrest = (
      await services.operations.arrests.create(setup, {
        personEntityId: world.networks[1]!.holder,
        arrestedAt: '2026-11-25T20:00:00Z',
        place: 'Verulamium Park, St Albans',
        suspectedOffence: 'mda_s5_2',
        childAtArrest: false,
      })
    ).id;
    await services.operations.arrests.seize(setup, {
      arrestId: adultArrest,
      seizedAt: '2026-11-25T20:05:00Z',
      place: 'Verulamium Park, St Albans',
      items: [{ kind: 'drug', drug: 'cannabis', form: 'herbal', quantity: 2, unit: 'g' }],
    });
  });
  after(async () => {
    await site.stop();
  });

  test('an officer sees the victim flag, refers to treatment with consent, and completes a diversion', async () => {
    const { page, base, system, browser, context } = site;
    assert.ok(caseId, 'the arrest of a child opened a case');
    const officer = await createSetUpUser(system, { roles: ['officer'] });
    await signInWithTotp(page, base, system, officer);

    await page.goto(`${base}/app/operations/arrests/${childArrest}`);
    const flag = page.getByRole('note', { name: 'Victim of exploitation' });
    await flag.waitFor();
    assert.match((await flag.textContent()) ?? '', /subject of a safeguarding case/);
    assert.doesNotMatch((await flag.textContent()) ?? '', /Arrested as a child/, 'no case details');
    await assertAccessible(browser, context, page, 'arrest with victim flag', (scan) =>
      scan.getByRole('note', { name: 'Victim of exploitation' }).waitFor(),
    );
    await page.goto(`${base}/app/entities/${world.networks[0]!.childRunner}`);
    await page.getByRole('note', { name: 'Victim of exploitation' }).waitFor();
    await assertAccessible(browser, context, page, 'person with victim flag', (scan) =>
      scan.getByRole('note', { name: 'Victim of exploitation' }).waitFor(),
    );
    // The case itself is the safeguarding lead's: the officer has no way in.
    await page.goto(`${base}/app/safeguarding/cases/${caseId}`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    const api = await page.request.get(`${base}/api/casework/cases/${caseId}`);
    assert.equal(api.status(), 403);

    await page.goto(`${base}/app/treatment`);
    await page.getByRole('heading', { name: 'Drug treatment referrals', level: 1 }).waitFor();
    await page.getByText('No referrals yet.').waitFor();
    const refer = page.getByRole('form', { name: 'Refer someone' });
    await refer.getByLabel('Name', { exact: true }).fill('Adult Example');
    await refer.getByLabel('Treatment service').selectOption({ label: 'Example Recovery Service' });
    await refer
      .getByRole('group', { name: /consent to the referral/ })
      .getByLabel('No')
      .check();
    await refer.getByLabel('Date consent was given').fill('2026-11-25');
    await refer.getByRole('button', { name: 'Make the referral' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page
      .getByText(/cannot be made without their consent/)
      .first()
      .waitFor();
    if (shots) await page.screenshot({ path: `${shots}/treatment-no-consent.png`, fullPage: true });
    await refer
      .getByRole('group', { name: /consent to the referral/ })
      .getByLabel('Yes')
      .check();
    await refer.getByRole('button', { name: 'Make the referral' }).click();
    await page.getByRole('status').filter({ hasText: 'Referral made' }).waitFor();
    await page.getByRole('cell', { name: 'Adult Example' }).waitFor();
    const outcome = page.getByRole('form', { name: 'Record what the service reports' });
    await outcome.getByLabel('Outcome').selectOption('engaged');
    await outcome.getByLabel('Date').fill('2026-11-26');
    await outcome.getByRole('button', { name: 'Record the outcome' }).click();
    await page.getByRole('status').filter({ hasText: 'Outcome recorded' }).waitFor();
    await page.getByRole('cell', { name: 'Engaging with treatment', exact: true }).waitFor();
    await assertAccessible(browser, context, page, 'treatment referrals', (scan) =>
      scan.getByRole('cell', { name: 'Adult Example' }).waitFor(),
    );

    await page.getByRole('link', { name: 'Diversion scheme' }).click();
    await page.getByRole('heading', { name: 'Diversion scheme', level: 1 }).waitFor();
    await page.getByText(/aged 18 or over, found in simple possession of a class B or C drug/).waitFor();
    const offer = page.getByRole('form', { name: 'Offer the scheme' });
    await offer.getByLabel('Arrest', { exact: true }).fill(childArrest);
    await offer.getByRole('button', { name: 'Offer the diversion' }).click();
    await page.getByRole('link', { name: 'Supply, or intent to supply, is never diverted' }).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/diversion-refused.png`, fullPage: true });
    await offer.getByLabel('Arrest', { exact: true }).fill(adultArrest);
    await offer.getByLabel('Date of birth').fill('1990-04-01');
    await offer.getByRole('button', { name: 'Offer the diversion' }).click();
    await page.getByRole('status').filter({ hasText: 'Diversion offered' }).waitFor();
    const finish = page.getByRole('form', { name: 'Record completion' });
    await finish.getByLabel('Yes: record outcome 22').check();
    await finish.getByLabel('Date').fill('2026-11-26');
    await finish.getByRole('button', { name: 'Record completion' }).click();
    await page.getByRole('status').filter({ hasText: 'Completion recorded' }).waitFor();
    await page.getByRole('cell', { name: /Completed: outcome 22 on 2026-11-26/ }).waitFor();
    await assertAccessible(browser, context, page, 'diversion scheme', (scan) =>
      scan.getByRole('cell', { name: /Completed: outcome 22/ }).waitFor(),
    );
    await page.getByRole('link', { name: 'The arrest' }).click();
    await page.getByRole('cell', { name: /22: Diversionary/ }).waitFor();
  });
});
