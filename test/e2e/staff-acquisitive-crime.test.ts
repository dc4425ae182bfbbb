import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoContextDataPath } from '../../src/modules/context/index.ts';
import { buildNetworkWorld } from '../support/network-world.ts';
import { assertAccessible, skipBrowser } from '../support/browser.ts';
import { createSetUpUser, signInWithTotp, type StaffSite, startStaffSite, testActor } from '../support/staff.ts';

// Acquisitive crime near flagged places in Chromium (issue 16, ADR 0043): an analyst opens it from
// the map, reads the "approximate context" warning and a table for each place with the same
// numbers as the API, changes the radius in the address, and the page passes axe-core.
describe('the acquisitive-crime page in Chromium', { skip: skipBrowser }, () => {
  let site: StaffSite;

  before(async () => {
    site = await startStaffSite();
    await buildNetworkWorld(site.system.services);
    const imported = await site.system.services.policeUkImport.importPath(demoContextDataPath, { actorId: 'test' });
    assert.equal(imported.ok, true);
  });
  after(async () => {
    await site.stop();
  });

  test('an analyst reads the counts round each flagged place, labelled as approximate', async () => {
    const { page, base, system, browser, context } = site;
    const analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    await signInWithTotp(page, base, system, analyst);
    await page.goto(`${base}/app/maps`);
    await page.getByRole('link', { name: 'Acquisitive crime near these places' }).click();
    await page.getByRole('heading', { name: 'Acquisitive crime near flagged places', level: 1 }).waitFor();
    await page.getByText(/Approximate context, not evidence\./).waitFor();
    await page.getByText(/latest police\.uk month Jan 2022/).waitFor();
    const expected = await system.services.acquisitiveCrime.nearFlaggedPlaces(
      testActor(analyst.id, ['intelligence_analyst']),
      {
        radiusMetres: 300,
      },
    );
    assert.ok(expected.places.length > 0, 'the network world has flagged places');
    const first = expected.places[0]!;
    const table = page.getByRole('table', { name: new RegExp(`Within 300 metres of ${first.label}`) });
    const all = first.rows.find((row) => row.category === 'All acquisitive')!;
    const cells = await table
      .getByRole('row', { name: /All acquisitive/ })
      .getByRole('cell')
      .allTextContents();
    assert.equal(cells[0], String(all.lastThreeMonths));
    assert.equal(cells[1], String(all.expected));
    assert.equal(await page.getByRole('table').count(), expected.places.length);
    await assertAccessible(browser, context, page, 'acquisitive crime near flagged places', (scan) =>
      scan.getByRole('heading', { name: 'Acquisitive crime near flagged places', level: 1 }).waitFor(),
    );

    await page.getByRole('navigation', { name: 'Radius' }).getByRole('link', { name: '400 metres' }).click();
    await page.getByRole('table', { name: new RegExp(`Within 400 metres of ${first.label}`) }).waitFor();
    assert.match(page.url(), /\/app\/maps\/acquisitive-crime\?radius=400$/);
    assert.deepEqual(site.cspViolations, []);
  });
});
