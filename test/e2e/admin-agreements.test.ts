import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { axeViolations, launchChromium, listen } from '../support/browser.ts';
import { signedInPage, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Information-sharing agreements for the administrator (issue 15): the administrator has
// `casework.sharing_agreement`, and reaches the agreements page under Administration (the lead's
// page under Safeguarding is the same scene). They record one; a safeguarding lead sees it on
// theirs. Axe on the page, with and without errors.
describe('information-sharing agreements under Administration', () => {
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

  test('an administrator records an agreement from Administration; the lead sees it', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const users = system.services.users;
    const school = await system.services.teams.createPartnerOrganisation(testAdminActor, {
      name: 'Example Academy',
      kind: 'education',
    });
    const admin = (
      await users.createUser(testAdminActor, {
        email: 'agreements-admin@herts.police.uk',
        displayName: 'Agreements Admin',
        roles: ['administrator'],
      })
    ).user;
    const lead = (
      await users.createUser(testAdminActor, {
        email: 'agreements-lead@herts.police.uk',
        displayName: 'Agreements Lead',
        roles: ['safeguarding_lead'],
      })
    ).user;
    const failures: string[] = [];
    const scan = async (page: Page, label: string) => {
      for (const v of await axeViolations(page)) failures.push(`${label}: ${v.id} ${v.help}`);
    };
    const shots = process.env.SCREENSHOTS_DIR;

    const asAdmin = await signedIn(admin.id);
    let page = asAdmin.page;
    await page.goto(`${base}/app`);
    await page.getByRole('link', { name: 'Administration' }).first().click();
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Information-sharing agreements' })
      .click();
    await page.getByRole('heading', { name: 'Information-sharing agreements', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/app/admin/agreements');
    assert.equal(await page.getByRole('link', { name: 'Back to safeguarding' }).count(), 0);
    await page.getByRole('row', { name: /Example Academy None recorded The task only/ }).waitFor();
    await page.getByLabel('Partner organisation').selectOption(school.id);
    const form = page.getByRole('form', { name: 'Agreement for Example Academy' });
    await form.getByRole('button', { name: 'Record the agreement' }).click();
    await page
      .getByRole('link', { name: /reference/i })
      .first()
      .waitFor();
    await scan(page, 'agreements (errors)');
    await form.getByLabel('Agreement reference').fill('HSCP ISA Schools 2026');
    await form.getByLabel('The person’s name').check();
    await form.getByLabel('Date of birth').check();
    await form.getByRole('button', { name: 'Record the agreement' }).click();
    await page.getByRole('status').filter({ hasText: 'Agreement recorded for Example Academy' }).waitFor();
    await page
      .getByRole('row', { name: /Example Academy HSCP ISA Schools 2026 The person’s name, Date of birth/ })
      .waitFor();
    await scan(page, 'agreements');
    if (shots) await page.screenshot({ path: `${shots}/admin-agreements.png`, fullPage: true });
    await asAdmin.context.close();

    const asLead = await signedIn(lead.id);
    page = asLead.page;
    assert.equal(
      await page.goto(`${base}/app`).then(() => page.getByRole('link', { name: 'Administration' }).count()),
      0,
      'the lead has no Administration section',
    );
    await page.goto(`${base}/app/safeguarding/agreements`);
    await page.getByRole('row', { name: /Example Academy HSCP ISA Schools 2026/ }).waitFor();
    await asLead.context.close();

    const recorded = await system.services.db
      .selectFrom('audit_events')
      .select(['actor_id'])
      .where('action', '=', 'casework.sharing_agreement.record')
      .execute();
    assert.deepEqual(
      recorded.map((r) => r.actor_id),
      [admin.id],
    );
    assert.deepEqual(failures, []);
  });
});
