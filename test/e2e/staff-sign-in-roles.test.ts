import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { roleLabels, roles, type Role } from '../../src/modules/access/roles.ts';
import { assertAccessible, saveScreenshot, skipBrowser } from '../support/browser.ts';
import { createSetUpUser, currentCode, type StaffSite, startStaffSite, testAdminActor } from '../support/staff.ts';

// Every role signs in as a person does: the email and password typed, Continue, then the
// 6-digit code TYPED key by key into its own, empty box (the two steps once shared one input,
// so the code box started with the email address in it). Each lands on its own home page.

const homeLinks: Readonly<Record<Role, readonly string[]>> = {
  call_handler: ['Key a report taken by phone'],
  intelligence_analyst: ['Inbox', 'Intelligence', 'Networks'],
  intelligence_supervisor: ['Inbox', 'Review due', 'Audit'],
  officer: ['Shared with us', 'People and places'],
  safeguarding_lead: ['Safeguarding', 'Shared with us'],
  partner_agency: ['Make a referral', 'Shared with us'],
  administrator: ['Administration', 'Audit'],
};

describe('every role signs in with a typed code', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let organisationId = '';

  before(async () => {
    site = await startStaffSite();
    const organisation = await site.system.services.teams.createPartnerOrganisation(testAdminActor, {
      name: 'Youth service',
      kind: 'childrens_social_care',
    });
    organisationId = organisation.id;
  });
  after(async () => {
    await site.stop();
  });

  for (const role of roles) {
    test(`${roleLabels[role]} signs in by typing the code and lands on their home page`, async () => {
      const { system, page, base, context, browser } = site;
      const user = await createSetUpUser(system, {
        roles: [role],
        partnerOrganisationId: role === 'partner_agency' ? organisationId : null,
      });
      await context.clearCookies();
      await page.goto(`${base}/app/`);
      await page.getByRole('heading', { name: 'Sign in to Linebreak' }).waitFor();
      await page.getByLabel('Email address').pressSequentially(user.email);
      await page.getByLabel('Password').pressSequentially(user.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      const codeBox = page.getByLabel('Code from your authenticator app');
      await codeBox.waitFor();
      assert.equal(await codeBox.inputValue(), '', 'the code box starts empty');
      system.clock.advance(30_000);
      await codeBox.pressSequentially(currentCode(system, user.totpSecret));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
      assert.match((await page.locator('main').textContent()) ?? '', new RegExp(`Your roles: ${roleLabels[role]}`));
      for (const link of homeLinks[role]) {
        assert.ok(await page.getByRole('link', { name: link, exact: true }).first().isVisible(), `${role}: ${link}`);
      }
      await assertAccessible(browser, context, page, `home of ${role}`);
      await saveScreenshot(page, `home-${role}`);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in to Linebreak' }).waitFor();
    });
  }
});
