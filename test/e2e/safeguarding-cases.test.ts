import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { axeViolations, launchChromium, listen } from '../support/browser.ts';
import { sessionFor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Safeguarding casework in Chromium: a safeguarding lead opens a case for a child, sees the
// decision clock, records a stale-free decision and a strategy discussion whose action is due
// before the referral (refused with the field named), then a good one. The overdue decision
// appears on the safeguarding home once the clock passes its working day. Every page passes axe.
describe('safeguarding cases in the staff site', () => {
  let system: TestSystem;
  let staffApp: FastifyInstance;
  let browser: Browser | undefined;
  let base = '';

  before(async () => {
    system = await createTestSystem();
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

  test('a lead opens a case, sees its clocks, and records a decision and a strategy discussion', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const { user } = await system.services.users.createUser(testAdminActor, {
      email: 'lead@herts.police.uk',
      displayName: 'Safeguarding Lead',
      roles: ['safeguarding_lead'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    const [name = '', value = ''] = (await sessionFor(system, user.id)).cookie.split('=');
    const context = await browser.newContext({ bypassCSP: true, timezoneId: 'Europe/London' });
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    const failures: string[] = [];

    await page.goto(`${base}/app/safeguarding`);
    await page.getByRole('heading', { name: 'Safeguarding', level: 1 }).waitFor();
    await page.getByText('There are no open cases.').waitFor();
    await page.getByRole('link', { name: 'Open a case' }).click();
    await page.getByRole('heading', { name: 'Open a case', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await scan(page, 'open a case (errors)', failures);
    await page.getByLabel('A child (under 18)').check();
    await page.getByLabel('Name', { exact: true }).fill('Child C Example');
    await page.getByLabel('The concern', { exact: true }).fill('Missing from home twice; found in another town');
    await page.getByRole('button', { name: 'Open the case' }).click();

    await page.getByRole('heading', { name: 'Case: Child C Example' }).waitFor();
    const clocks = page.getByRole('table', { name: 'Statutory clocks, in working days' });
    // Opened on Thursday 26 November 2026: the decision is due on Friday 27th.
    assert.match((await clocks.textContent()) ?? '', /Decide on the referral \(1 working day\)2026-11-27/);
    await page.getByText('Not screened.').waitFor();
    await page.getByText('No referral or duty-to-notify report.').waitFor();
    await scan(page, 'case', failures);

    await page.getByLabel('Decision', { exact: true }).selectOption('s47');
    await page.getByRole('group', { name: 'Will a strategy discussion be held?' }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('status').filter({ hasText: 'Decision recorded' }).waitFor();
    await clocks.getByText('Hold the strategy discussion (24 hours)').waitFor();

    await page.getByLabel('When it was held').fill('2026-11-26T09:30');
    const attendees = page.getByRole('group', { name: /Attendee/ });
    await attendees.nth(0).getByLabel('Name').fill('Social worker D');
    await attendees.nth(0).getByLabel('Role').fill('Social worker');
    await attendees.nth(1).getByLabel('Name').fill('DC E');
    await attendees.nth(1).getByLabel('Role').fill('Halo team');
    await page.getByLabel('Information shared').fill('Missing episodes; older associates');
    await page.getByLabel('Decisions', { exact: true }).fill('Section 47 enquiry');
    await page.getByRole('group', { name: 'Is a child protection conference needed?' }).getByLabel('Yes').check();
    await page.getByLabel('What is to be done').fill('Return home interview');
    await page.getByLabel('Due date').fill('2026-11-01');
    await page.getByRole('button', { name: 'Record the discussion' }).click();
    await page.getByRole('link', { name: 'The due date cannot be before the referral arrived' }).waitFor();
    await scan(page, 'discussion (errors)', failures);
    await page.getByLabel('Due date').fill('2026-11-30');
    await page.getByRole('button', { name: 'Record the discussion' }).click();
    await page.getByRole('status').filter({ hasText: 'Strategy discussion recorded' }).waitFor();
    await page.getByRole('cell', { name: 'Return home interview' }).waitFor();
    await clocks.getByText(/Child protection conference/).waitFor();

    // A working week later the action is overdue and escalated on the safeguarding home.
    // (The session has long timed out by then: the lead signs in again.)
    system.clock.advance(7 * 24 * 60 * 60 * 1000);
    const [again = '', fresh = ''] = (await sessionFor(system, user.id)).cookie.split('=');
    await context.addCookies([{ name: again, value: fresh, url: base }]);
    await page.goto(`${base}/app/safeguarding`);
    const escalated = page.getByRole('note').filter({ hasText: 'Overdue: escalated to the safeguarding lead' });
    await escalated.waitFor();
    assert.match((await escalated.textContent()) ?? '', /Child C Example: 1 action overdue/);
    await scan(page, 'safeguarding home', failures);
    assert.deepEqual(failures, []);
    await context.close();
  });
});
