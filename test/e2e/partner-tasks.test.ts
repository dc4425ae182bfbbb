import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { axeViolations, launchChromium, listen } from '../support/browser.ts';
import { signedInPage, testActor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Partner tasks in Chromium (issue 15): a safeguarding lead records what a youth service may
// see, sends it a task from the case page (a due date before the referral refused); the youth
// service's user sees the task with the agreed name and nothing else, records the outcome; a
// housing user sees no task; the lead sees the outcome on the safeguarding home. Axe on each page.
describe('partner tasks in the staff site', () => {
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

  async function signedIn(userId: string): Promise<{ context: BrowserContext; page: Page }> {
    if (!browser) throw new Error('no browser');
    return signedInPage(browser, system, base, userId);
  }

  test('a lead sends a task; only that partner sees it, with the agreed fields, and records the outcome', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const users = system.services.users;
    const teams = system.services.teams;
    const youth = await teams.createPartnerOrganisation(testAdminActor, {
      name: 'Example Youth Service',
      kind: 'youth_justice',
    });
    const housing = await teams.createPartnerOrganisation(testAdminActor, { name: 'Example Housing', kind: 'housing' });
    const lead = (
      await users.createUser(testAdminActor, {
        email: 'tasks-lead@herts.police.uk',
        displayName: 'Tasks Lead',
        roles: ['safeguarding_lead'],
      })
    ).user;
    const youthUser = (
      await users.createUser(testAdminActor, {
        email: 'worker@youth.example.org',
        displayName: 'Youth Worker',
        roles: ['partner_agency'],
        partnerOrganisationId: youth.id,
      })
    ).user;
    const housingUser = (
      await users.createUser(testAdminActor, {
        email: 'officer@housing.example.org',
        displayName: 'Housing Officer',
        roles: ['partner_agency'],
        partnerOrganisationId: housing.id,
      })
    ).user;
    const opened = await system.services.casework.cases.open(testActor(lead.id, ['safeguarding_lead']), {
      subjectKind: 'child',
      subject: { name: 'Child X Example', dateOfBirth: '2011-06-01', personEntityId: null },
      source: 'manual',
      summary: 'Seen carrying a bag for older boys at the station',
    });
    const failures: string[] = [];
    const scan = async (page: Page, label: string) => {
      for (const v of await axeViolations(page)) failures.push(`${label}: ${v.id} ${v.help}`);
    };
    const shots = process.env.SCREENSHOTS_DIR;

    const asLead = await signedIn(lead.id);
    let page = asLead.page;
    await page.goto(`${base}/app/safeguarding/agreements`);
    await page.getByRole('heading', { name: 'Information-sharing agreements', level: 1 }).waitFor();
    await page.getByLabel('Partner organisation').selectOption(youth.id);
    const agreement = page.getByRole('form', { name: 'Agreement for Example Youth Service' });
    await agreement.getByLabel('Agreement reference').fill('HSCP ISA October 2024');
    await agreement.getByLabel('The person’s name').check();
    await agreement.getByRole('button', { name: 'Record the agreement' }).click();
    await page.getByRole('status').filter({ hasText: 'Agreement recorded for Example Youth Service' }).waitFor();
    await page.getByRole('row', { name: /Example Youth Service HSCP ISA October 2024 The person’s name/ }).waitFor();
    await scan(page, 'agreements');

    await page.goto(`${base}/app/safeguarding/cases/${opened.id}`);
    const refer = page.getByRole('form', { name: 'Send a task to a partner' });
    await refer.getByLabel('Partner organisation').selectOption(youth.id);
    await refer.getByLabel('What the partner is asked to do').fill('Visit and offer a place at the youth club');
    await refer.getByLabel('Due by').fill('2026-11-20');
    await refer.getByRole('button', { name: 'Send the task' }).click();
    await page.getByRole('link', { name: 'The due date cannot be before the referral' }).waitFor();
    await scan(page, 'case (task errors)');
    await refer.getByLabel('Due by').fill('2026-12-03');
    await refer.getByRole('button', { name: 'Send the task' }).click();
    await page.getByRole('status').filter({ hasText: 'Task sent to the partner' }).waitFor();
    await page.getByRole('cell', { name: 'Visit and offer a place at the youth club' }).waitFor();
    await asLead.context.close();

    const asHousing = await signedIn(housingUser.id);
    await asHousing.page.goto(`${base}/app/partner-tasks`);
    await asHousing.page.getByText('There are no tasks for your organisation.').waitFor();
    // Recording progress in drug treatment is a treatment service's work: not in a housing user's menu.
    const sections = asHousing.page.getByRole('navigation', { name: 'Sections' });
    await sections.getByRole('link', { name: 'Partner tasks' }).waitFor();
    assert.equal(await sections.getByRole('link', { name: 'Treatment referrals' }).count(), 0);
    await asHousing.context.close();

    const asYouth = await signedIn(youthUser.id);
    page = asYouth.page;
    await page.goto(`${base}/app`);
    await page.getByRole('link', { name: 'Partner tasks' }).first().click();
    await page.getByRole('heading', { name: 'Tasks for your organisation' }).waitFor();
    await scan(page, 'partner list');
    await page.getByRole('link', { name: 'Visit and offer a place at the youth club' }).click();
    await page.getByRole('heading', { name: 'Task: Visit and offer a place at the youth club' }).waitFor();
    await page.getByText('Child X Example').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    assert.doesNotMatch(text, /2011-06-01|older boys/, 'the agreement shares the name only');
    const form = page.getByRole('form', { name: 'Record an action or the outcome' });
    await form.getByLabel('What was done').fill('Visited at home with mum');
    await form.getByLabel('Done (give the outcome)').check();
    await form.getByRole('button', { name: 'Record' }).click();
    await page.getByRole('link', { name: 'Record the outcome the referring officer will see' }).waitFor();
    await scan(page, 'partner task (errors)');
    await form.getByLabel(/Outcome/).fill('Joined the Tuesday youth club; attending weekly');
    await form.getByRole('button', { name: 'Record' }).click();
    await page.getByText('Joined the Tuesday youth club; attending weekly').first().waitFor();
    await scan(page, 'partner task');
    if (shots) await page.screenshot({ path: `${shots}/partner-task.png`, fullPage: true });
    await asYouth.context.close();

    const back = await signedIn(lead.id);
    await back.page.goto(`${base}/app/safeguarding`);
    const referred = back.page.getByRole('table', { name: 'Tasks you sent to partners, with their outcomes' });
    await referred.getByRole('cell', { name: 'Joined the Tuesday youth club; attending weekly' }).waitFor();
    await scan(back.page, 'safeguarding home');
    if (shots) await back.page.screenshot({ path: `${shots}/lead-home.png`, fullPage: true });
    await back.context.close();
    assert.deepEqual(failures, []);
  });
});
