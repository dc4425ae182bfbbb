import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { axeViolations, launchChromium, listen } from '../support/browser.ts';
import { sessionFor, testAdminActor } from '../support/staff.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The staff site's Safeguarding section in Chromium: a safeguarding lead sees a report about a
// child, opens it, and is told the reporter did not agree to share their contact details (which
// are not on the page). Both pages pass axe-core.
describe('the Safeguarding section of the staff site', () => {
  let system: TestSystem;
  let publicApp: FastifyInstance;
  let staffApp: FastifyInstance;
  let browser: Browser | undefined;
  let base = '';

  before(async () => {
    system = await createTestSystem();
    publicApp = await createPublicApp(system.services);
    staffApp = await createStaffApp(system.services);
    base = await listen(staffApp);
    const reporter = journeyClient(publicApp);
    await reporter.walk({
      ...fullAnswers,
      contact: {
        choice: 'contact',
        contactName: 'Private Person',
        contactPhone: '07700 900 777',
        safeToContact: 'yes',
        shareWithSafeguarding: 'no',
      },
    });
    await reporter.send();
  });
  after(async () => {
    await browser?.close();
    await Promise.all([publicApp.close(), staffApp.close()]);
    await system.close();
  });

  async function scan(page: Page, label: string, failures: string[]): Promise<void> {
    for (const violation of await axeViolations(page)) failures.push(`${label}: ${violation.id} ${violation.help}`);
  }

  test('a safeguarding lead reads the report as safeguarding needs it', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const { user } = await system.services.users.createUser(testAdminActor, {
      email: 'safeguarding@herts.police.uk',
      displayName: 'Sam Safeguarding',
      roles: ['safeguarding_lead'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    const [name = '', value = ''] = (await sessionFor(system, user.id)).cookie.split('=');
    const context = await browser.newContext({ bypassCSP: true });
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    const failures: string[] = [];

    await page.goto(`${base}/app/safeguarding`);
    await page.getByRole('heading', { name: 'Safeguarding', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'A child and a vulnerable adult' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /A young person who may be exploited/);
    await scan(page, 'safeguarding list', failures);

    await row.getByRole('link').click();
    await page.getByRole('heading', { name: /^Report received \d{4}-\d{2}-\d{2}$/ }).waitFor();
    await page.getByText('did not agree to share them with safeguarding').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    assert.match(text, /Hatfield Road/);
    assert.match(text, /Lots of calls or messages, or more than one phone or SIM card/);
    for (const hidden of ['Private Person', '7700 900 777', '7700900777', '07700 900123', 'Ford']) {
      assert.ok(!text.includes(hidden), `${hidden} is not shown to safeguarding`);
    }
    await scan(page, 'safeguarding report', failures);
    assert.deepEqual(failures, []);
    await context.close();
  });
});
