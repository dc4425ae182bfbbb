import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';

// Issue 12, the desk: the inbox pages with a total, sorts, gives each report a one-line gist,
// and filters by a street named in the report (through the search tokens: the street is sealed).

type Page = { total: number; items: { id: string; gist: string | null }[] };

describe('inbox paging, sorting, gist and street filter', () => {
  const staff = useStaffAppByHeader({
    analyst: testActor('analyst-1', ['intelligence_analyst']),
    officer: testActor('officer-1', ['officer']),
  });
  const ids: string[] = [];
  before(async () => {
    const streets = ['Hatfield Road', 'London Road', 'Hatfield Road', 'Victoria Street', 'Camp Road'];
    for (const [i, street] of streets.entries()) {
      ids.push(
        await recordWebReport(staff.system.services, {
          about: { categories: ['dealing_place'] },
          where: { notAboutAPlace: false, street },
          'anything-else': {
            details: `Report number ${String(i + 1)}: cars stop outside for a minute or two every evening and then drive off towards town`,
          },
        }),
      );
      staff.system.clock.advance(86_400_000);
    }
    await processWaitingReports({ ...staff.system.services, thresholds: defaultThresholds });
  });
  const get = async (query: string, actor = 'analyst') => {
    const response = await staff.app.inject({
      method: 'GET',
      url: `/api/inbox${query}`,
      headers: { 'x-test-actor': actor },
    });
    return response;
  };
  const page = async (query: string) => {
    const response = await get(query);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<Page>();
  };

  test('pages come with the total, in the order asked for', async () => {
    const first = await page('?limit=2&sort=oldest');
    assert.equal(first.total, 5);
    assert.deepEqual(
      first.items.map((i) => i.id),
      ids.slice(0, 2),
    );
    const third = await page('?limit=2&offset=4&sort=oldest');
    assert.deepEqual(
      third.items.map((i) => i.id),
      ids.slice(4),
    );
    const newest = await page('?limit=1&sort=newest');
    assert.deepEqual(
      newest.items.map((i) => i.id),
      [ids[4]],
    );
  });

  test("each report has a gist: the first words of the reporter's account", async () => {
    const { items } = await page('?limit=1&sort=oldest');
    assert.equal(items[0]?.gist, 'Report number 1: cars stop outside for a minute or two every …');
  });

  test('the street filter finds reports naming that street, though the street is sealed', async () => {
    const hatfield = await page('?street=hatfield%20road&sort=oldest');
    assert.equal(hatfield.total, 2);
    assert.deepEqual(
      hatfield.items.map((i) => i.id),
      [ids[0], ids[2]],
    );
    assert.equal((await page('?street=Camp%20Rd')).total, 0, 'words must match as written in the index');
    assert.equal((await page('?street=camp')).total, 1);
  });

  test('bad paging or sort is a 400 problem; a role without report.read is refused', async () => {
    assert.equal((await get('?sort=sideways')).statusCode, 400);
    assert.equal((await get('?offset=-1')).statusCode, 400);
    assert.equal((await get('?street=x')).statusCode, 400);
    assert.equal((await get('', 'officer')).statusCode, 403);
  });
});
