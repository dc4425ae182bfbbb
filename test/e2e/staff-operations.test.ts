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

// Operations in Chromium (issue 14): an analyst makes a line holder a target from his page, sees
// the priority with its reasons, is refused an adjustment without a reason and then adjusts it,
// finds him first in the ordered target list, and sees an exploited child shown as a victim.
// Every page passes axe-core and the page logs no CSP refusal.
describe('staff operations pages in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let world: NetworkWorld;

  before(async () => {
    site = await startStaffSite();
    world = await buildNetworkWorld(site.system.services);
    const unit = testActor('analyst-setup', ['intelligence_analyst']);
    const blade = world.networks[0]!;
    const { id } = await site.system.services.dealLines.create(unit, {
      phoneEntityId: blade.linePhone,
      brandName: 'the Blade line',
      urbanHub: null,
      status: 'confirmed',
      samples: [],
    });
    const members = site.system.services.dealLineMembers;
    await members.addPerson(unit, id, { personEntityId: blade.holder, role: 'line_holder', victim: false });
    await members.addPerson(unit, id, { personEntityId: blade.adultRunner, role: 'runner', victim: false });
    await members.addPerson(unit, id, { personEntityId: blade.childRunner, role: 'runner', victim: true });
    await site.system.services.operations.targets.create(unit, {
      personEntityId: blade.adultRunner,
      rationale: 'Runs for the Blade line',
      reviewOn: '2026-12-10',
    });
  });
  after(async () => {
    await site.stop();
  });

  test('an analyst targets a line holder and works the target list', async () => {
    const { page, base, system, browser, context } = site;
    const blade = world.networks[0]!;
    const analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    await signInWithTotp(page, base, system, analyst);

    await page.goto(`${base}/app/entities/${blade.holder}`);
    await page.getByRole('heading', { name: 'Target and victim status' }).waitFor();
    const panel = page.getByRole('region', { name: 'Target and victim status' });
    await panel.getByText('As a target, the priority would be').waitFor();
    assert.match((await panel.textContent()) ?? '', /line holder on the Blade line \(\+35\)/);
    await assertAccessible(browser, context, page, 'operations person page', (scan) =>
      scan.getByRole('heading', { name: 'Make this person a target' }).waitFor(),
    );
    await panel.getByLabel('Why this person should be a target').fill('Holds the Blade line and exploits a child');
    await panel.getByLabel('Review date').fill('2026-12-24');
    await panel.getByRole('button', { name: 'Make a target' }).click();

    await page.getByRole('heading', { name: /^Target Marcus Vane$/ }).waitFor();
    const main = page.locator('main');
    assert.match((await main.textContent()) ?? '', /Harm: children or vulnerable adults exploited/);
    await assertAccessible(browser, context, page, 'operations target', (scan) =>
      scan.getByRole('heading', { name: 'How the priority was computed' }).waitFor(),
    );

    await page.getByLabel('Adjustment (−50 to +50)').fill('10');
    await page.getByRole('button', { name: 'Adjust' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /reason for the adjustment/ }).waitFor();
    await assertAccessible(browser, context, page, 'operations target', (scan) =>
      scan.getByRole('heading', { name: 'History' }).waitFor(),
    );
    await page.getByLabel('Reason for the adjustment').fill('Tasking meeting: a knife was seen at the trap house');
    await page.getByRole('button', { name: 'Adjust' }).click();
    await page.getByRole('status').filter({ hasText: 'Priority adjusted' }).waitFor();
    await page.getByRole('cell', { name: 'Priority adjusted' }).waitFor();

    await page.getByRole('link', { name: 'Back to operations' }).click();
    await page.getByRole('heading', { name: 'Operations', level: 1 }).waitFor();
    const rows = page.getByRole('row');
    await rows.nth(2).waitFor();
    assert.match((await rows.nth(1).textContent()) ?? '', /^1Marcus Vane/);
    assert.match((await rows.nth(1).textContent()) ?? '', /adjusted \+10/);
    assert.match((await rows.nth(2).textContent()) ?? '', /^2Tyrell Ash/);
    await assertAccessible(browser, context, page, 'operations targets', (scan) =>
      scan.getByRole('cell', { name: /Marcus Vane/ }).waitFor(),
    );

    await page.goto(`${base}/app/entities/${blade.childRunner}`);
    const child = page.getByRole('region', { name: 'Target and victim status' });
    await child.getByText('Exploited on the Blade line (runner)').waitFor();
    assert.match((await child.textContent()) ?? '', /\(a child\)/);
    await assertAccessible(browser, context, page, 'operations victim person', (scan) =>
      scan.getByText('Exploited on the Blade line (runner)').waitFor(),
    );
    assert.deepEqual(site.cspViolations, []);
  });

  test('an officer reads targets without changing them; a partner agency user has no Operations section', async () => {
    const { browser, base, system } = site;
    const context = await browser.newContext();
    const page = await context.newPage();
    const officer = await createSetUpUser(system, { roles: ['officer'] });
    await signInWithTotp(page, base, system, officer);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Operations' }).click();
    await page.getByRole('heading', { name: 'Operations', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tyrell Ash' }).click();
    await page.getByRole('heading', { name: /^Target Tyrell Ash$/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Adjust' }).count(), 0);
    await context.close();

    const partnerContext = await browser.newContext();
    const partnerPage = await partnerContext.newPage();
    const org = await system.services.teams.createPartnerOrganisation(testAdminActor, {
      name: 'A school',
      kind: 'education',
    });
    const partner = await createSetUpUser(system, { roles: ['partner_agency'], partnerOrganisationId: org.id });
    await signInWithTotp(partnerPage, base, system, partner);
    const nav = partnerPage.getByRole('navigation', { name: 'Sections' });
    assert.equal(await nav.getByRole('link', { name: 'Operations' }).count(), 0);
    await partnerPage.goto(`${base}/app/operations`);
    await partnerPage.getByRole('heading', { name: 'Page not found' }).waitFor();
    await partnerContext.close();
  });
});
