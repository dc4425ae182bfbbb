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

// Tasking in Chromium (issue 14): an analyst opens an operation (a bad form shows the error
// summary), adds a target, a deal line and an address, tasks a team and reports back; the TT&CG
// agenda lists the operation with its marking at the head and foot of the page, and printing hides
// the navigation. An inspector declines a warrant application with a reason. Every page passes axe.
describe('staff tasking pages in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let world: NetworkWorld;
  let warrantId = '';
  let lineId = '';

  before(async () => {
    site = await startStaffSite();
    const services = site.system.services;
    world = await buildNetworkWorld(services);
    const unit = testActor('analyst-setup', ['intelligence_analyst']);
    const blade = world.networks[0]!;
    ({ id: lineId } = await services.dealLines.create(unit, {
      phoneEntityId: blade.linePhone,
      brandName: 'the Blade line',
      urbanHub: null,
      status: 'confirmed',
      samples: [],
    }));
    await services.dealLineMembers.addPerson(unit, lineId, {
      personEntityId: blade.holder,
      role: 'line_holder',
      victim: false,
    });
    const { id: arrestId } = await services.operations.arrests.create(unit, {
      personEntityId: blade.holder,
      arrestedAt: '2026-11-25T18:00:00Z',
      place: 'Hatfield Road, St Albans',
      suspectedOffence: 'mda_s5_3',
      childAtArrest: false,
    });
    await services.operations.arrests.seize(unit, {
      arrestId,
      seizedAt: '2026-11-25T18:10:00Z',
      place: 'Hatfield Road, St Albans',
      items: [{ kind: 'cash', amountPence: 50_000 }],
    });
    await services.operations.targets.create(unit, {
      personEntityId: blade.holder,
      rationale: 'Holds the Blade line',
      reviewOn: '2026-12-24',
    });
    await services.teams.createTeam(testAdminActor, { name: 'Proactive team 2' });
    const intel = await services.intelligence.create(unit, {
      submissionId: null,
      sourceType: 'officer',
      originalText: 'Callers at the flat',
      priority: 'high',
    });
    await services.intelligenceWorkflow.evaluate(unit, intel.id, {
      grade: { source: '1', assessment: 'A', handling: 'P', conditions: null },
      sourceEvaluationReason: 'Seen by the officer',
      sanitisedText: 'Callers at Flat 1, 12 Example Road.',
      assessment: 'Supply.',
      priority: 'high',
      actionDecision: 'develop',
      researchedSystems: [],
      expectedVersion: 1,
    });
    ({ id: warrantId } = await services.operations.warrants.apply(unit, {
      intelligenceIds: [intel.id],
      premises: 'Flat 1, 12 Example Road, St Albans',
      personEntityIds: [],
      searchPersonsFound: false,
      drugsSought: ['crack_cocaine'],
      entriesSought: 1,
      grounds: 'One officer sighting of callers at the flat.',
      undermining: 'Nothing known',
      plannedExecutionOn: '2026-11-28',
    }));
  });
  after(async () => {
    await site.stop();
  });

  test('an operation, its members and tasks, the printable agenda', async () => {
    const { page, base, system, browser, context } = site;
    const analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    await signInWithTotp(page, base, system, analyst);
    await page.goto(`${base}/app/operations`);
    await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: 'Tasking' }).click();
    await page.getByRole('heading', { name: 'Tasking', level: 1 }).waitFor();
    await page.getByText('No operations yet.').waitFor();
    await page.getByRole('button', { name: 'Open the operation' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Give the operation a name/ })
      .waitFor();
    await assertAccessible(browser, context, page, 'tasking list', (scan) =>
      scan.getByRole('button', { name: 'Open the operation' }).waitFor(),
    );
    await page.getByLabel('Name').fill('Operation Kestrel');
    await page.getByLabel('Objective').fill('Disrupt the Blade line and safeguard its runners');
    await page.getByRole('button', { name: 'Open the operation' }).click();
    await page.getByRole('heading', { name: 'Operation Kestrel', level: 1 }).waitFor();

    const member = page.getByRole('form', { name: 'Add to the operation' });
    await member.getByLabel('Target', { exact: true }).selectOption({ index: 0 });
    await member.getByRole('button', { name: 'Add' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: /Darren|priority \d+/ })
      .first()
      .waitFor();
    await member.getByLabel('What to add').selectOption('deal_line');
    await member.getByLabel('Deal line').selectOption({ label: 'the Blade line (confirmed)' });
    await member.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('link', { name: 'the Blade line' }).waitFor();
    await member.getByLabel('What to add').selectOption('address');
    await member.getByLabel('Address').fill('Flat 1, 12 Example Road, St Albans');
    await member.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Flat 1, 12 Example Road, St Albans' }).waitFor();

    const task = page.getByRole('form', { name: 'Add a task' });
    await task.getByRole('button', { name: 'Add the task' }).click();
    await task
      .getByRole('alert')
      .getByRole('link', { name: /Give the task a title/ })
      .waitFor();
    await task.getByLabel('Task', { exact: true }).fill('Observations on the flat');
    await task.getByLabel('What is to be done').fill('Two evenings of observations before the warrant');
    await task.getByLabel('Assigned to').selectOption({ label: 'Team: Proactive team 2' });
    await task.getByLabel('Due').fill('2026-12-01');
    await task.getByRole('button', { name: 'Add the task' }).click();
    await page.getByRole('cell', { name: 'Proactive team 2' }).waitFor();
    await assertAccessible(browser, context, page, 'operation', (scan) =>
      scan.getByRole('cell', { name: 'Proactive team 2' }).waitFor(),
    );
    const report = page.getByRole('form', { name: 'Report back on a task' });
    await report.getByLabel('Result').fill('Callers seen at the flat on both evenings');
    await report.getByRole('button', { name: 'Record the result' }).click();
    await page.getByRole('cell', { name: 'Callers seen at the flat on both evenings' }).waitFor();

    await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: 'Tasking' }).click();
    await page.getByRole('link', { name: 'Open the meeting’s agenda' }).click();
    await page
      .getByRole('heading', { name: /Tasking and co-ordination group: agenda for \d{4}-\d{2}-\d{2}/ })
      .waitFor();
    await page.getByLabel('Meeting date', { exact: true }).fill('2026-12-10');
    await page.getByRole('button', { name: 'Show the agenda' }).click();
    await page.getByRole('heading', { name: /agenda for 2026-12-10/ }).waitFor();
    await page.getByRole('heading', { name: /^1\. Operation Kestrel \(top priority \d+\)$/ }).waitFor();
    await page.getByRole('heading', { name: 'Reported back since the last meeting' }).waitFor();
    assert.equal(await page.getByText(/OFFICIAL-SENSITIVE\. Handling code C/).count(), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: 'Operations' }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Show the agenda' }).isVisible(), false);
    // The shell's print frame heads and foots every page with the agenda's marking and code C.
    for (const position of ['top', 'bottom']) {
      const marking = page.getByTestId(`print-marking-${position}`);
      assert.equal(await marking.isVisible(), true, position);
      assert.match((await marking.textContent()) ?? '', /OFFICIAL-SENSITIVE.*Handling code C.*TT&CG members only/);
    }
    await page.emulateMedia({ media: 'screen' });
    await assertAccessible(browser, context, page, 'TT&CG agenda', (scan) =>
      scan.getByRole('heading', { name: /Operation Kestrel/ }).waitFor(),
    );
    assert.deepEqual(site.cspViolations, []);
  });

  test('an inspector declines an application with a reason', async () => {
    const { page, base, system, browser, context } = site;
    const inspector = await createSetUpUser(system, { roles: ['intelligence_supervisor'] });
    await context.clearCookies();
    await signInWithTotp(page, base, system, inspector);
    await page.goto(`${base}/app/operations/warrants/${warrantId}`);
    await page.getByRole('button', { name: 'Decline the application' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /reason for declining/ })
      .waitFor();
    await page.getByLabel('Reason for declining').fill('One sighting only: seek corroboration first');
    await page.getByRole('button', { name: 'Decline the application' }).click();
    await page.getByText('Declined by the inspector', { exact: true }).first().waitFor();
    await page.getByText(/One sighting only: seek corroboration first/).waitFor();
    await assertAccessible(browser, context, page, 'declined warrant', (scan) =>
      scan.getByText(/One sighting only/).waitFor(),
    );
    assert.deepEqual(site.cspViolations, []);
  });

  test('a deal line shows its disruption measures and is disrupted with evidence', async () => {
    const { page, base, system, browser, context } = site;
    const analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    await context.clearCookies();
    await signInWithTotp(page, base, system, analyst);
    await page.goto(`${base}/app/networks/lines/${lineId}`);
    await page.getByRole('heading', { name: 'Disruption', level: 2 }).waitFor();
    await page.getByRole('row', { name: /Cash seized £500\.00/ }).waitFor();
    await page.getByRole('row', { name: /Cuckooed addresses 0 Addresses on the cuckooed-address register/ }).waitFor();
    // The plain status form offers no disrupted or closed (they need evidence) and shows the API's errors.
    const statusForm = page.getByRole('form', { name: 'Change the status' });
    const statusOptions = await statusForm.locator('select#status option').allTextContents();
    assert.deepEqual(statusOptions, ['Rebranded']);
    await statusForm.getByRole('link', { name: 'Disruption' }).waitFor();
    await statusForm.getByRole('button', { name: 'Change the status' }).click();
    await statusForm
      .getByRole('alert')
      .getByRole('link', { name: /Say why the status changed/ })
      .waitFor();
    await statusForm.getByLabel('Why the status changed').fill('Same customers texted from a new brand');
    await statusForm.getByRole('button', { name: 'Change the status' }).click();
    await statusForm
      .getByRole('alert')
      .getByRole('link', { name: /Name the line it became/ })
      .waitFor();
    assert.equal(await page.getByRole('row', { name: /Confirmed to rebranded/ }).count(), 0);
    const form = page.getByRole('form', { name: 'Record the line as disrupted or closed' });
    await form.getByLabel('Disrupted').check();
    await form.getByLabel('Reason').fill('Holder arrested with cash; the line has gone quiet');
    await form.getByRole('button', { name: 'Record the change' }).click();
    await form
      .getByRole('alert')
      .getByRole('link', { name: /Link at least one/ })
      .waitFor();
    await form.getByLabel(/^Arrest on 2026-11-25/).check();
    await form.getByRole('button', { name: 'Record the change' }).click();
    await page.getByText(/disrupted, on 1 record: Holder arrested with cash/).waitFor();
    await page.getByRole('row', { name: /Confirmed to disrupted/ }).waitFor();
    await assertAccessible(browser, context, page, 'deal line disruption', (scan) =>
      scan.getByRole('heading', { name: 'Disruption', level: 2 }).waitFor(),
    );
    assert.deepEqual(site.cspViolations, []);
  });
});
