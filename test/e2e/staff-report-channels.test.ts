import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, clickButton, skipBrowser } from '../support/browser.ts';
import { createSetUpUser, signInWithTotp, type StaffSite, startStaffSite, testAdminActor } from '../support/staff.ts';

// The phone and partner channels on the staff site, in Chromium with JavaScript on (as staff
// use them): "Give contact details" reveals its fields as soon as it is chosen.
describe('the phone and partner report forms in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;

  before(async () => {
    site = await startStaffSite();
  });
  after(async () => {
    await site.stop();
  });

  /** Recreational drug use, nowhere in particular, up to the contact page. */
  async function walkToContact(page: Page, start: string): Promise<void> {
    await page.goto(start);
    await clickButton(page, 'Start now');
    await page.locator('input[value="drug_use"]').check();
    await clickButton(page, 'Continue');
    await page.locator('#notAboutAPlace').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue');
    await page.locator('#childInvolved-2').check();
    await page.locator('#vulnerableAdultInvolved-2').check();
    await page.locator('#lifeAtRisk-2').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue');
    await page.waitForURL(/\/contact$/);
  }

  async function assertReveals(page: Page): Promise<void> {
    const phone = page.getByLabel('Phone number');
    assert.equal(await phone.isVisible(), false, 'hidden until chosen');
    await page.getByRole('radio', { name: /^Give contact details/ }).check();
    await phone.waitFor({ state: 'visible', timeout: 2000 });
  }

  test('a call handler keying a phone report sees the contact fields revealed at once', async () => {
    const { system, page, base, browser, context } = site;
    const user = await createSetUpUser(system, { roles: ['call_handler'] });
    await signInWithTotp(page, base, system, user);
    await walkToContact(page, `${base}/phone-report`);
    await assertReveals(page);
    await assertAccessible(browser, context, page, 'phone contact');
    await context.clearCookies();
  });

  test('a partner agency user making a referral sees the contact fields revealed at once', async () => {
    const { system, page, base, browser, context } = site;
    const organisation = await system.services.teams.createPartnerOrganisation(testAdminActor, {
      name: 'Drug treatment service',
      kind: 'drug_treatment',
    });
    const user = await createSetUpUser(system, { roles: ['partner_agency'], partnerOrganisationId: organisation.id });
    await signInWithTotp(page, base, system, user);
    await walkToContact(page, `${base}/partner-report`);
    await assertReveals(page);
    await assertAccessible(browser, context, page, 'partner contact');
    await context.clearCookies();
  });
});
