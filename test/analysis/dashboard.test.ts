import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parseCsv } from '../../src/platform/files/csv.ts';
import { processWaitingReports } from '../../src/modules/triage/index.ts';
import { recordWebReport } from '../support/reports.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Issue 16: the tactical assessment dashboard counts what each owner holds, per week or month, shows each
// role only its own parts, refuses partner agencies, and exports CSV (audited).

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const inspector = testActor('inspector-1', ['intelligence_supervisor']);
const officer = testActor('officer-1', ['officer']);
const partner = testActor('partner-1', ['partner_agency']);
const safeguarding = testActor('safeguarding-1', ['safeguarding_lead']);

type Dashboard = {
  periods: string[];
  sections: {
    id: string;
    series: { key: string; values: number[]; total: number }[];
    now: { key: string; value: number }[];
  }[];
};

describe('tactical assessment dashboard', () => {
  const staff = useStaffAppByHeader({ analyst, officer, partner, safeguarding }); // today is Thursday 2026-11-26

  before(async () => {
    const s = staff.system.services;
    for (const street of ['Hatfield Road', 'Harper Lane', 'Victoria Street']) {
      await recordWebReport(s, {
        about: { categories: ['dealing_place'] },
        where: { notAboutAPlace: false, street, building: '4' },
      });
    }
    await processWaitingReports({ ...s, thresholds: s.config.correlation });
    const { id } = await s.operations.warrants.apply(analyst, {
      intelligenceIds: [],
      premises: '3 Victoria Street, St Albans',
      personEntityIds: [],
      searchPersonsFound: true,
      drugsSought: ['crack_cocaine'],
      entriesSought: 1,
      grounds: 'Officer sightings of class A supply from the house over the last fortnight.',
      undermining: 'Nothing known',
      plannedExecutionOn: '2026-11-28',
    });
    await s.operations.warrants.authorise(inspector, id, { note: 'Proportionate', expectedVersion: 1 });
    await s.operations.warrants.decide(analyst, id, {
      decision: 'issued',
      court: 'St Albans',
      decidedOn: '2026-11-26',
      expectedVersion: 2,
    });
  });

  const get = (url: string, who: string) => staff.app.inject({ url, headers: { 'x-test-actor': who } });

  test('an analyst sees new reports and warrants per week, in the right week', async () => {
    const res = await get('/api/dashboard?from=2026-11-02&to=2026-11-26&bucket=week', 'analyst');
    assert.equal(res.statusCode, 200);
    const body = res.json<Dashboard>();
    assert.deepEqual(body.periods, ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    const reports = body.sections.find((s) => s.id === 'reports');
    assert.deepEqual(reports?.series.find((s) => s.key === 'web')?.values, [0, 0, 0, 3]);
    const warrants = body.sections.find((s) => s.id === 'warrants');
    assert.deepEqual(warrants?.series.find((s) => s.key === 'issued')?.values, [0, 0, 0, 1]);
    assert.equal(warrants.series.find((s) => s.key === 'executed')?.total, 0);
    assert.ok(!body.sections.some((s) => s.id === 'casework'), 'casework is the safeguarding team’s');
    const lines = body.sections.find((s) => s.id === 'lines');
    assert.equal(lines?.now.find((n) => n.key === 'active')?.value, 0);
  });

  test('by month, and the period outside the dates is left out', async () => {
    const body = (await get('/api/dashboard?from=2026-10-01&to=2026-11-15&bucket=month', 'analyst')).json<Dashboard>();
    assert.deepEqual(body.periods, ['2026-10-01', '2026-11-01']);
    assert.deepEqual(
      body.sections.find((s) => s.id === 'reports')?.series.find((s) => s.key === 'web')?.values,
      [0, 0],
    );
  });

  test('each role sees only its parts; a partner agency is refused', async () => {
    const ids = async (who: string) => (await get('/api/dashboard', who)).json<Dashboard>().sections.map((s) => s.id);
    assert.deepEqual(await ids('officer'), ['warrants', 'arrests', 'outcomes', 'lines']);
    assert.deepEqual(await ids('safeguarding'), ['alerts', 'casework']);
    assert.equal((await get('/api/dashboard', 'partner')).statusCode, 403);
    assert.equal((await get('/api/dashboard/export', 'partner')).statusCode, 403);
    const denied = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'access.denied')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(denied.actor_id, 'partner-1');
  });

  test('the CSV export: text/csv, one row per measure and period, audited', async () => {
    const res = await get('/api/dashboard/export?from=2026-11-02&to=2026-11-26&section=reports', 'analyst');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] ?? '', /^text\/csv/);
    assert.match(
      res.headers['content-disposition'] ?? '',
      /attachment; filename="tactical-assessment-reports-2026-11-02-to-2026-11-26.csv"/,
    );
    const rows = parseCsv(res.body);
    assert.deepEqual(rows[0], ['section', 'measure', 'period_start', 'count']);
    assert.deepEqual(rows.slice(1, 5), [
      ['New reports', 'Web', '2026-11-02', '0'],
      ['New reports', 'Web', '2026-11-09', '0'],
      ['New reports', 'Web', '2026-11-16', '0'],
      ['New reports', 'Web', '2026-11-23', '3'],
    ]);
    assert.equal(rows.length, 1 + 3 * 4, 'three channels over four weeks');
    const event = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'dashboard.export')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_id, 'analyst-1');
    assert.deepEqual((event.details as { sections: string[]; rows: number }).sections, ['reports']);
    // A section the reader may not see is not exported.
    assert.equal((await get('/api/dashboard/export?section=casework', 'analyst')).statusCode, 404);
  });

  test('bad dates are refused with the field named', async () => {
    const res = await get('/api/dashboard?from=2026-11-20&to=2026-11-01', 'analyst');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /start must not be after the end/);
  });
});
