import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { axeViolations, launchChromium, listen } from '../support/browser.ts';
import { buildNetworkWorld } from '../support/network-world.ts';
import { sessionFor, testActor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Screening, NRM and the cuckooed-address register in Chromium (issue 15). A safeguarding lead
// screens a child on the case page (risk level and reasons shown), starts an NRM referral with
// the county lines flag and submits it (the 5-working-day reasonable-grounds date shown), starts
// a duty to notify for an adult who does not consent, links the case to a deal line, then adds a
// cuckooed address (refused first without its uses), records a closure order before the notice
// (refused with the field named), the notice and the order. Every page passes axe. The test
// clock is Thursday 26 November 2026.
describe('safeguarding screening, NRM and cuckooed register in the staff site', () => {
  let system: TestSystem;
  let staffApp: FastifyInstance;
  let browser: Browser | undefined;
  let base = '';
  let lineId = '';

  before(async () => {
    system = await createTestSystem();
    const world = await buildNetworkWorld(system.services);
    ({ id: lineId } = await system.services.dealLines.create(testActor('analyst-1', ['intelligence_analyst']), {
      phoneEntityId: world.networks[0]!.linePhone,
      brandName: 'the Blade line',
      urbanHub: null,
      status: 'confirmed',
      samples: [],
    }));
    staffApp = await createStaffApp(system.services);
    base = await listen(staffApp);
  });
  after(async () => {
    await browser?.close();
    await staffApp.close();
    await system.close();
  });

  async function scan(page: Page, label: string, failures: string[]): Promise<void> {
    for (const violation of await axeViolations(page)) failures.push(`${label}: ${violation.id} ${violation.help}`);
  }

  test('a lead screens, refers, links a line and keeps the cuckooed-address register', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const { user } = await system.services.users.createUser(testAdminActor, {
      email: 'register-lead@herts.police.uk',
      displayName: 'Register Lead',
      roles: ['safeguarding_lead'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    const lead = testActor(user.id, ['safeguarding_lead']);
    const child = await system.services.casework.cases.open(lead, {
      subjectKind: 'child',
      subject: { name: 'Child T Example', dateOfBirth: null, personEntityId: null },
      source: 'manual',
      summary: 'Found in a flat in another town with two phones',
    });
    const adult = await system.services.casework.cases.open(lead, {
      subjectKind: 'adult',
      subject: { name: 'Adult U Example', dateOfBirth: null, personEntityId: null },
      source: 'manual',
      summary: 'Flat used by a line; tenant frightened',
    });
    const [name = '', value = ''] = (await sessionFor(system, user.id)).cookie.split('=');
    const context = await browser.newContext({ bypassCSP: true, timezoneId: 'Europe/London' });
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    const failures: string[] = [];
    const shots = process.env.SCREENSHOTS_DIR;

    await page.goto(`${base}/app/safeguarding/cases/${child.id}`);
    await page.getByRole('heading', { name: 'Case: Child T Example' }).waitFor();
    const screening = page.getByRole('form', { name: 'Child criminal exploitation screening' });
    await screening.getByRole('button', { name: 'Record the screening' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await scan(page, 'case (screening errors)', failures);
    const answers: Record<string, string> = {
      'Missing from home or care': 'Yes',
      'Found far from home (another town or county)': 'Yes',
      'More than one phone, or many calls and messages': 'Yes',
      'Looked after, or a history of care': 'Not known',
    };
    for (const group of await screening.getByRole('group').all()) {
      const legend = (await group.locator('legend').textContent()) ?? '';
      await group.getByLabel(answers[legend] ?? 'No', { exact: true }).check();
    }
    await screening.getByRole('button', { name: 'Record the screening' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Screening recorded: High risk' });
    await result.waitFor();
    assert.match((await result.textContent()) ?? '', /Missing from home or care \(a strong indicator\)/);
    await page.getByText(/High risk \(Missing from home/).waitFor();

    const nrm = page.getByRole('form', { name: 'Start a National Referral Mechanism referral' });
    await nrm.getByLabel('First responder organisation').fill('Hertfordshire Constabulary');
    await nrm.getByLabel('Criminal').check();
    await nrm.getByRole('group', { name: 'Does the referral carry the county lines flag?' }).getByLabel('Yes').check();
    await nrm.getByRole('button', { name: 'Start the referral' }).click();
    await page.getByRole('status').filter({ hasText: 'NRM referral started as a draft' }).waitFor();
    const move = page.getByRole('form', { name: /Move on the NRM referral/ });
    await move.getByLabel('New status').selectOption('submitted');
    await move.getByLabel('On', { exact: true }).fill('2026-11-26');
    await move.getByRole('button', { name: 'Record the status' }).click();
    await page.getByRole('status').filter({ hasText: 'Referral status recorded' }).waitFor();
    const referrals = page.getByRole('table', { name: 'NRM referrals and duty-to-notify reports' });
    // Submitted Thursday 26 November: 5 working days → Thursday 3 December.
    await referrals.getByRole('cell', { name: '2026-12-03' }).waitFor();
    assert.match((await referrals.textContent()) ?? '', /Criminal \(county lines\)/);

    const lines = page.getByRole('form', { name: 'Link the case to a deal line' });
    await lines.getByLabel('Deal line exploiting the person').selectOption(lineId);
    await lines.getByRole('button', { name: 'Link the line' }).click();
    await page.getByRole('region', { name: 'Deal lines' }).getByText('the Blade line').waitFor();
    await scan(page, 'case (screened and referred)', failures);
    if (shots) await page.screenshot({ path: `${shots}/case-screening-nrm.png`, fullPage: true });

    await page.goto(`${base}/app/safeguarding/cases/${adult.id}`);
    await page.getByRole('heading', { name: 'Case: Adult U Example' }).waitFor();
    assert.equal(await page.getByRole('form', { name: 'Child criminal exploitation screening' }).count(), 0);
    const adultNrm = page.getByRole('form', { name: 'Start a National Referral Mechanism referral' });
    await adultNrm.getByLabel('First responder organisation').fill('Hertfordshire Constabulary');
    await adultNrm.getByLabel('Labour').check();
    await adultNrm
      .getByRole('group', { name: /county lines flag/ })
      .getByLabel('No')
      .check();
    await adultNrm.getByRole('group', { name: 'Does the adult consent to a referral?' }).getByLabel('No').check();
    await adultNrm.getByRole('button', { name: 'Start the referral' }).click();
    await page.getByRole('status').filter({ hasText: 'Duty to notify started' }).waitFor();
    await page.getByRole('cell', { name: /Duty to notify \(MS1\)/ }).waitFor();

    await page.goto(`${base}/app/safeguarding`);
    await page.getByRole('link', { name: 'Cuckooed addresses' }).click();
    await page.getByRole('heading', { name: 'Cuckooed addresses', level: 1 }).waitFor();
    await page.getByText('No addresses on the register.').waitFor();
    const add = page.getByRole('form', { name: 'Add an address' });
    await add.getByLabel('Address').fill('Flat 7, 3 Example Walk, St Albans');
    await add.getByLabel('Deal line (optional)').selectOption(lineId);
    await add.getByLabel('Review by').fill('2026-12-10');
    await add.getByRole('button', { name: 'Add the address' }).click();
    await page.getByRole('link', { name: 'Choose at least one way the address is used' }).waitFor();
    await scan(page, 'register (errors)', failures);
    await add.getByLabel('Drug dealing or storage').check();
    await add.getByLabel('Financial abuse').check();
    await add.getByRole('button', { name: 'Add the address' }).click();
    await page.getByRole('status').filter({ hasText: 'Address added to the register' }).waitFor();
    await page.getByRole('link', { name: 'Flat 7, 3 Example Walk, St Albans' }).click();

    await page.getByRole('heading', { name: 'Cuckooed address: Flat 7, 3 Example Walk, St Albans' }).waitFor();
    const action = page.getByRole('form', { name: 'Record an action' });
    await action.getByLabel('What was done').selectOption('closure_order');
    await action.getByLabel('On', { exact: true }).fill('2026-11-24');
    await action.getByLabel(/Closure order ends/).fill('2027-02-24');
    await action.getByLabel('Details').fill('Full closure order, 3 months');
    await action.getByRole('button', { name: 'Record the action' }).click();
    await page.getByRole('link', { name: 'Record the closure notice before the closure order' }).waitFor();
    await scan(page, 'entry (errors)', failures);
    await action.getByLabel('What was done').selectOption('closure_notice');
    await action.getByLabel('On', { exact: true }).fill('2026-11-20');
    await action.getByLabel('Details').fill('Closure notice served on the door');
    await action.getByRole('button', { name: 'Record the action' }).click();
    await page.getByRole('status').filter({ hasText: 'Action recorded' }).waitFor();
    await action.getByLabel('What was done').selectOption('closure_order');
    await action.getByLabel('On', { exact: true }).fill('2026-11-24');
    await action.getByLabel(/Closure order ends/).fill('2027-02-24');
    await action.getByLabel('Details').fill('Full closure order, 3 months, St Albans Magistrates');
    await action.getByRole('button', { name: 'Record the action' }).click();
    await page.getByRole('cell', { name: 'Closure order made (to 2027-02-24)' }).waitFor();
    await scan(page, 'entry', failures);
    if (shots) await page.screenshot({ path: `${shots}/cuckooed-entry.png`, fullPage: true });

    await page.getByRole('link', { name: 'Back to cuckooed addresses' }).click();
    const row = page.getByRole('row', { name: /Flat 7, 3 Example Walk/ });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /the Blade line.*Order 2026-11-24 to 2027-02-24.*2026-12-10/);
    await scan(page, 'register', failures);
    if (shots) {
      await page.screenshot({ path: `${shots}/cuckooed-list.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${shots}/cuckooed-list-print.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    }

    const measures = await system.services.operations.disruption.measures(testActor('officer-1', ['officer']), lineId);
    const count = (key: string) => measures.measures.find((m) => m.key === key)?.value;
    assert.deepEqual([count('safeguarded'), count('cuckooed'), count('nrm')], [1, 1, 1]);
    assert.deepEqual(failures, []);
    await context.close();
  });
});
