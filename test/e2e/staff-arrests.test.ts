import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { assertAccessible, skipBrowser } from '../support/browser.ts';
import { createSetUpUser, signInWithTotp, type StaffSite, startStaffSite, testActor } from '../support/staff.ts';

// Arrests in Chromium (issue 14): an officer records the arrest of a 15-year-old runner from his
// page; the charging form stays away until "NRM and s.45 defence considered" is recorded; the
// outcome is a Home Office type; a weight without its unit is refused; a seized deal-line phone
// links to its line. Every page passes axe-core.
describe('staff arrest pages in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let world: NetworkWorld;

  before(async () => {
    site = await startStaffSite();
    world = await buildNetworkWorld(site.system.services);
    // An issued warrant the arrest is made under.
    const services = site.system.services;
    const unit = testActor('analyst-setup', ['intelligence_analyst']);
    const inspector = testActor('inspector-setup', ['intelligence_supervisor']);
    const intel = await services.intelligence.create(unit, {
      submissionId: null,
      sourceType: 'officer',
      originalText: 'Runner seen at the flat',
      priority: 'high',
    });
    await services.intelligenceWorkflow.evaluate(unit, intel.id, {
      grade: { source: '1', assessment: 'A', handling: 'P', conditions: null },
      sourceEvaluationReason: 'Seen by the officer',
      sanitisedText: 'Runner seen at Flat 2, Hatfield Road.',
      assessment: 'Supply.',
      priority: 'high',
      actionDecision: 'develop',
      researchedSystems: [],
      expectedVersion: 1,
    });
    const warrant = await services.operations.warrants.apply(unit, {
      intelligenceIds: [intel.id],
      premises: 'Flat 2, Hatfield Road, St Albans',
      personEntityIds: [],
      searchPersonsFound: true,
      drugsSought: ['crack_cocaine'],
      entriesSought: 1,
      grounds: 'An officer saw the runner supplying from the flat.',
      undermining: 'Nothing known',
      plannedExecutionOn: '2026-11-27',
    });
    await services.operations.warrants.authorise(inspector, warrant.id, { note: 'Proportionate', expectedVersion: 1 });
    await services.operations.warrants.decide(unit, warrant.id, {
      decision: 'issued',
      court: 'St Albans Magistrates’ Court',
      decidedOn: '2026-11-26',
      expectedVersion: 2,
    });
    await services.dealLines.create(unit, {
      phoneEntityId: world.networks[0]!.linePhone,
      brandName: 'the Blade line',
      urbanHub: null,
      status: 'confirmed',
      samples: [],
    });
  });
  after(async () => {
    await site.stop();
  });

  test('an officer records a child’s arrest, the NRM and s.45 consideration, the outcome and a seizure', async () => {
    const { page, base, system, browser, context } = site;
    const officer = await createSetUpUser(system, { roles: ['officer'] });
    await signInWithTotp(page, base, system, officer);
    await page.goto(`${base}/app/entities/${world.networks[0]!.childRunner}`);
    const form = page.getByRole('form', { name: 'Record an arrest' });
    await form.getByLabel('Date and time of arrest').fill('2026-11-26T06:00');
    await form.getByLabel('Where').fill('Hatfield Road, St Albans');
    await form.getByLabel('Offence suspected').selectOption('mda_s5_3');
    await form
      .getByLabel('Under warrant (if made at one)')
      .selectOption({ label: 'W-2026-0001: Flat 2, Hatfield Road, St Albans (Issued)' });
    await form.getByRole('button', { name: 'Record the arrest' }).click();
    await page.getByRole('heading', { name: /^Arrest Jayden Cole$/ }).waitFor();
    await page.getByText(/record that a referral to the NRM and the s\.45 defence were considered/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Record the decision' }).count(), 0);
    await assertAccessible(browser, context, page, 'arrest of a child', (scan) =>
      scan.getByRole('heading', { name: 'NRM and s.45 defence considered' }).waitFor(),
    );
    await page
      .getByLabel('How a referral to the NRM and the s.45 defence were considered')
      .fill('NRM referral made as first responder; s.45 raised with the CPS');
    await page.getByRole('button', { name: 'Record the consideration' }).click();
    await page.getByRole('button', { name: 'Record the decision' }).waitFor();
    await page.getByLabel('Home Office outcome type').selectOption('22');
    await page.getByLabel('Date of the decision').fill('2026-11-26');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('cell', { name: /22: Diversionary/ }).waitFor();

    await page.getByLabel('Date and time of seizure').fill('2026-11-26T06:10');
    await page.getByLabel('Weight or count').fill('3.5');
    await page.getByRole('button', { name: 'Record the seizure' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /unit of the weight/ })
      .waitFor();
    await page.getByLabel('Unit').selectOption('g');
    await page.getByRole('button', { name: 'Record the seizure' }).click();
    await page.getByText(/Crack cocaine \(class A\), powder, 3\.5 g/).waitFor();
    await page.getByLabel('What was seized').selectOption('phone');
    await page.getByLabel('Phone number (if known)').fill('07700 900001');
    await page.getByRole('button', { name: 'Record the seizure' }).click();
    await page.getByRole('link', { name: 'its deal line' }).waitFor();
    await assertAccessible(browser, context, page, 'arrest with outcome and seizures', (scan) =>
      scan.getByRole('link', { name: 'its deal line' }).waitFor(),
    );
    // Both ways: the warrant lists the arrest made under it and what was seized at it.
    await page.getByRole('link', { name: 'Open the warrant' }).click();
    await page.getByRole('heading', { name: 'Arrests and seizures under this warrant' }).waitFor();
    await page.getByRole('link', { name: /^Arrest of .+ on 2026-11-26/ }).waitFor();
    await page.getByText(/Crack cocaine \(class A\), powder, 3\.5 g/).waitFor();
    await page.getByRole('link', { name: 'its deal line' }).waitFor();
    await assertAccessible(browser, context, page, 'warrant with its arrests and seizures', (scan) =>
      scan.getByRole('heading', { name: 'Arrests and seizures under this warrant' }).waitFor(),
    );
    await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: 'Arrests' }).click();
    await page.getByRole('cell', { name: 'Yes: NRM and s.45 considered' }).waitFor();
    await assertAccessible(browser, context, page, 'arrests list', (scan) =>
      scan.getByRole('cell', { name: /Jayden Cole/ }).waitFor(),
    );
    assert.deepEqual(site.cspViolations, []);
  });
});
