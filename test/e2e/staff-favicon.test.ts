import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { skipBrowser } from '../support/browser.ts';
import { type StaffSite, startStaffSite } from '../support/staff.ts';

// Issue 14, small gaps: the staff app declares its own icon, so Chromium does not ask for a
// /favicon.ico that is not there (a 404 on every page load).

describe('staff site icon in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;

  before(async () => {
    site = await startStaffSite();
  });
  after(async () => {
    await site.stop();
  });

  test('loading the app asks for nothing that is not there', async () => {
    const missing: string[] = [];
    site.page.on('response', (response) => {
      if (response.status() === 404) missing.push(response.url());
    });
    await site.page.goto(`${site.base}/app/`);
    await site.page.waitForLoadState('networkidle');
    // Chromium asks for the icon after the load; give it the moment it takes.
    await site.page.waitForTimeout(500);
    assert.deepEqual(missing, []);
    const icon = await site.page.locator('link[rel="icon"]').getAttribute('href');
    assert.match(icon ?? '', /^data:image\/svg\+xml,/);
    assert.deepEqual(site.cspViolations, []);
  });
});
