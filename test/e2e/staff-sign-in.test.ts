import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { base32Decode, totpCode, totpStep } from '../../src/modules/auth/totp.ts';
import type { TestSystem } from '../support/test-services.ts';
import { assertAccessible, saveScreenshot, skipBrowser } from '../support/browser.ts';
import { type StaffSite, startStaffSite } from '../support/staff.ts';

// A fresh install, in a real browser: the printed setup link leads the first administrator
// to a working account with an authenticator app; then sign-out, sign-in with TOTP, and a
// security key added and used through Chromium's virtual authenticator. Every page is
// scanned with axe-core and must have no violations; any CSP violation fails the test.

describe('staff sign-in in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let system: TestSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  const email = 'ada@herts.police.uk';
  const password = 'limestone orchard quietly';
  let secret: Buffer = Buffer.alloc(0);

  before(async () => {
    site = await startStaffSite();
    ({ system, browser, context, page, base } = site);
  });
  after(async () => {
    await site.stop();
  });

  async function checkAccessible(name: string): Promise<void> {
    await assertAccessible(browser, context, page, `sign-in ${name}`);
  }

  function code(): string {
    return totpCode(secret, totpStep(system.clock.now()));
  }

  test('the printed setup link leads to a working administrator account with TOTP', async () => {
    const link = await system.services.auth.setup.ensureFirstAdministratorLink(base);
    assert.ok(link);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Set up your Linebreak account' }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'the token is removed from the address bar');
    await page.getByLabel('Your full name').fill('Ada Admin');
    await page.getByLabel('Your work email address').fill(email);
    await page.getByLabel('Choose a password').fill('password1234');
    await page.getByLabel('Type the password again').fill('password1234');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: /too common/ }).waitFor();
    await checkAccessible('the setup page (its copy, without the token, shows the invalid-link error)');

    await page.getByLabel('Choose a password').fill(password);
    await page.getByLabel('Type the password again').fill(password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Add Linebreak to your authenticator app' }).waitFor();
    assert.ok(await page.getByRole('img', { name: /QR code/ }).isVisible());
    const shown = (await page.locator('code.lb-secret').textContent()) ?? '';
    secret = base32Decode(shown);
    await page.getByText('Show the setup address (otpauth URI)').click();
    assert.match((await page.locator('code.lb-break').textContent()) ?? '', /^otpauth:\/\/totp\/Linebreak/);
    await checkAccessible('the authenticator step');
    await saveScreenshot(page, 'enrolment');

    await page.getByLabel('Enter the 6-digit code the app now shows').fill(code());
    await page.getByRole('button', { name: 'Finish setting up' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ada Admin' }).waitFor();
    await checkAccessible('the overview');
  });

  test('the shell is usable by keyboard and its pages are accessible', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Ada Admin' }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.locator(':focus').textContent(), 'Skip to main content');
    for (const [link, heading] of [
      ['Administration', 'Users'],
      ['Audit', 'Audit trail'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await checkAccessible(heading);
      await saveScreenshot(page, link);
    }
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Teams and partner organisations' }).click();
    await page.getByRole('heading', { name: 'Teams and partner organisations', level: 1 }).waitFor();
    await checkAccessible('teams');
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('cell', { name: 'account.setup_complete' }).first().waitFor();
    await page.getByRole('link', { name: 'Ada Admin' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await checkAccessible('your account');
  });

  test('sign out, then sign in again with password and TOTP', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in to Linebreak' }).waitFor();
    await checkAccessible('sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
    await checkAccessible('second factor');
    system.clock.advance(30_000);
    await page.getByLabel('Code from your authenticator app').fill(code());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ada Admin' }).waitFor();
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'lb_session');
    assert.ok(session?.httpOnly);
    assert.equal(session.sameSite, 'Strict');
  });

  test('a security key can be added and then used as the second factor', async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'usb',
        hasResidentKey: false,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
    await page.getByRole('link', { name: 'Ada Admin' }).click();
    await page.getByLabel('Name for a new key').fill('Virtual key');
    await page.getByRole('button', { name: 'Add a security key' }).click();
    await page.getByText('Security key added.').waitFor();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Use a security key' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ada Admin' }).waitFor();
    const events = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'auth.sign_in')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal((events.details as { secondFactor: string }).secondFactor, 'webauthn');
  });

  test('no page broke the Content Security Policy', () => {
    assert.deepEqual(site.cspViolations, []);
  });
});
