import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { processWaitingReports } from '../../src/modules/triage/index.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { recordWebReport } from '../support/reports.ts';
import { testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 16: hotspot counts by ward, LSOA and hexagon between two days, from the places reports mention,
// the premises of issued warrants; and the day × time grid from reporters' "when" answers.
// Fixture: Harper Lane (Park Street ward, LSOA E01023720) and Hatfield Road / Victoria Street (St Peters,
// E01023727), as data/st-albans-wards.csv and the street file give them.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const inspector = testActor('inspector-1', ['intelligence_supervisor']);
const officer = testActor('officer-1', ['officer']);
const partner = testActor('partner-1', ['partner_agency']);
const safeguarding = testActor('safeguarding-1', ['safeguarding_lead']);

const at = (street: string, when?: ReportAnswers['when']): ReportAnswers => ({
  about: { categories: ['dealing_place'] },
  where: { notAboutAPlace: false, street, building: '10' },
  ...(when ? { when } : {}),
  'anything-else': { details: 'People coming and going' },
});

describe('hotspot maps and time patterns', () => {
  let system: TestSystem;
  const day1 = '2026-11-26';
  let day2 = '';

  before(async () => {
    system = await createTestSystem();
    const s = system.services;
    await recordWebReport(
      s,
      at('Hatfield Road', { allHours: false, days: ['friday', 'saturday'], timesOfDay: ['evening'] }),
    );
    await recordWebReport(s, at('Hatfield Road', { allHours: true, days: ['friday'], timesOfDay: [] }));
    await recordWebReport(s, at('Victoria Street'));
    await recordWebReport(s, at('Harper Lane', { allHours: false, days: [], timesOfDay: ['night'] }));
    await recordWebReport(s, at('Harper Lane'));
    await processWaitingReports({ ...s, thresholds: s.config.correlation });
    // 40 days later: one more report on Harper Lane, and a warrant issued for Victoria Street.
    system.clock.advance(40 * 86_400_000);
    day2 = '2027-01-05';
    await recordWebReport(s, at('Harper Lane', { allHours: false, days: ['monday'], timesOfDay: ['morning'] }));
    await processWaitingReports({ ...s, thresholds: s.config.correlation });
    const warrants = s.operations.warrants;
    const { id } = await warrants.apply(analyst, {
      intelligenceIds: [],
      premises: '3 Victoria Street, St Albans',
      personEntityIds: [],
      searchPersonsFound: true,
      drugsSought: ['crack_cocaine'],
      entriesSought: 1,
      grounds: 'Officer sightings of class A supply from the house over the last fortnight.',
      undermining: 'Nothing known',
      plannedExecutionOn: '2027-01-08',
    });
    await warrants.authorise(inspector, id, { note: 'Proportionate', expectedVersion: 1 });
    await warrants.decide(analyst, id, { decision: 'issued', court: 'St Albans', decidedOn: day2, expectedVersion: 2 });
  });
  after(async () => {
    await system.close();
  });

  const hotspots = (actor = analyst, query: Record<string, unknown> = {}) =>
    system.services.hotspots.hotspots(actor, {
      layer: 'reports',
      unit: 'ward',
      resolution: 8,
      from: day1,
      to: day2,
      ...query,
    });
  const counts = (features: { properties: { name: string; count: number } }[]) =>
    Object.fromEntries(
      features.filter((f) => f.properties.count > 0).map((f) => [f.properties.name, f.properties.count]),
    );

  test('reports by ward over the whole period, every ward drawn', async () => {
    const map = await hotspots();
    assert.equal(map.features.length, 20);
    assert.deepEqual(counts(map.features), { 'St Peters': 3, 'Park Street': 3 });
    assert.equal(map.total, 6);
    assert.equal(map.unplaced, 0);
  });

  test('the time filter: only the reports whose day is in it', async () => {
    assert.deepEqual(counts((await hotspots(analyst, { from: day2, to: day2 })).features), { 'Park Street': 1 });
    assert.deepEqual(counts((await hotspots(analyst, { from: day1, to: day1 })).features), {
      'St Peters': 3,
      'Park Street': 2,
    });
    // Without dates: the last 90 days up to today (day 2) hold both days.
    const recent = await system.services.hotspots.hotspots(analyst, { layer: 'reports', unit: 'ward', resolution: 8 });
    assert.equal(recent.to, day2);
    assert.equal(recent.total, 6);
  });

  test('reports by LSOA and by hexagon', async () => {
    const lsoa = await hotspots(analyst, { unit: 'lsoa' });
    assert.equal(lsoa.features.length, 87);
    assert.deepEqual(
      lsoa.features.filter((f) => f.properties.count > 0).map((f) => [f.properties.id, f.properties.count]),
      [
        ['E01023720', 3],
        ['E01023727', 3],
      ],
    );
    const hex9 = await hotspots(analyst, { unit: 'hex', resolution: 9 });
    assert.deepEqual(
      hex9.features.map((f) => f.properties.count).sort(),
      [1, 2, 3],
      'Hatfield Road, Harper Lane and Victoria Street fall in three small hexagons',
    );
    const hex7 = await hotspots(analyst, { unit: 'hex', resolution: 7 });
    assert.equal(
      hex7.features.reduce((sum, f) => sum + f.properties.count, 0),
      6,
    );
    assert.ok(hex7.features.length < 3, 'large hexagons join the St Albans streets');
  });

  test('issued warrants by the ward of their premises, for police roles only', async () => {
    const map = await hotspots(officer, { layer: 'warrants' });
    assert.deepEqual(counts(map.features), { 'St Peters': 1 });
    assert.deepEqual(counts((await hotspots(officer, { layer: 'warrants', from: day1, to: day1 })).features), {});
    await assert.rejects(hotspots(officer, { layer: 'reports' }), { code: 'forbidden' });
    await assert.rejects(hotspots(partner, { layer: 'alerts' }), { code: 'forbidden' });
    await assert.rejects(hotspots(safeguarding, { layer: 'warrants' }), { code: 'forbidden' });
  });

  test('each map is audited with what was counted', async () => {
    await hotspots(analyst, { unit: 'hex', resolution: 7 });
    const event = await system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'map.hotspots')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_id, 'analyst-1');
    assert.deepEqual(event.details, { layer: 'reports', unit: 'hex', resolution: 7, from: day1, to: day2, total: 6 });
  });

  test('a ward’s time grid from the reporters’ answers', async () => {
    const grid = await system.services.timePatterns.grid(analyst, { ward: 'E05004799', from: day1, to: day2 });
    assert.deepEqual(grid.subject, { kind: 'ward', id: 'E05004799', name: 'St Peters' });
    assert.equal(grid.reports, 3);
    assert.equal(grid.withWhen, 2);
    const cell = (day: string, time: string) => grid.cells.find((c) => c.day === day && c.time === time);
    assert.equal(cell('friday', 'evening')?.weight, 0.75);
    assert.equal(cell('saturday', 'evening')?.weight, 0.5);
    assert.equal(cell('friday', 'morning')?.weight, 0.25);
    assert.equal(cell('monday', 'morning')?.weight, 0);
  });

  test('an address’s time grid, within the dates', async () => {
    const map = await hotspots(analyst, { unit: 'hex', resolution: 9 });
    assert.ok(map.features.length > 0);
    const park = await system.services.timePatterns.grid(analyst, { ward: 'E05004797', from: day2, to: day2 });
    assert.equal(park.reports, 1);
    assert.equal(park.cells.find((c) => c.day === 'monday' && c.time === 'morning')?.named, 1);
    await assert.rejects(system.services.timePatterns.grid(officer, { ward: 'E05004797' }), { code: 'forbidden' });
    const event = await system.services.db
      .selectFrom('audit_events')
      .select(['subject_type', 'subject_id', 'details'])
      .where('action', '=', 'map.time_pattern')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.subject_id, 'E05004797');
    assert.equal((event.details as { reports: number }).reports, 1);
  });
});
