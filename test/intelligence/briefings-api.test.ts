import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Evaluation } from '../../src/modules/intelligence/intelligence-workflow.service.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { recordWebReport } from '../support/reports.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Issue 12: one-page briefing sheets for an address and a deal line, gathering what each
// module holds, read through each one's access rules, with the handling code on top.

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  officer: testActor('officer-1', ['officer']),
  safeguarding: testActor('safeguarding-1', ['safeguarding_lead']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
};

type Briefing = {
  kind: string;
  title: string;
  marking: string;
  handling: 'P' | 'C';
  handlingNote: string;
  alerts: { kind: string; title: string }[];
  people: { id: string; label: string; role?: string }[];
  vehicles: { label: string }[];
  phones: { label: string }[];
  addresses: { id: string; label: string }[];
  intelligence: { reference: string; grade: string; sanitisedText: string }[];
  reports: { id: string }[];
  reportCount: number;
  warrants: unknown[] | null;
};

const evaluation: Evaluation = {
  grade: { source: '2', assessment: 'B', handling: 'P', conditions: null },
  sourceEvaluationReason: 'Member of the public',
  sanitisedText: 'Visitors at all hours at an address on Hatfield Road.',
  assessment: 'Consistent with a trap house.',
  priority: 'high',
  actionDecision: 'develop',
  researchedSystems: [],
  expectedVersion: 1,
};

describe('briefing sheets API', () => {
  const staff = useStaffAppByHeader(actors);
  let world: NetworkWorld;
  let lineId = '';
  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
    const blade = world.networks[0]!;
    ({ id: lineId } = await staff.system.services.dealLines.create(actors.analyst, {
      phoneEntityId: blade.linePhone,
      brandName: 'the Blade line',
      urbanHub: 'London',
      status: 'confirmed',
      samples: [],
    }));
    await staff.system.services.dealLineMembers.addPerson(actors.analyst, lineId, {
      personEntityId: blade.holder,
      role: 'line_holder',
      victim: false,
    });
  });

  const get = (url: string, actor?: keyof typeof actors) =>
    staff.app.inject({ method: 'GET', url, headers: actor ? { 'x-test-actor': actor } : {} });

  test('an address sheet gathers alerts, people, vehicles and phones, marked and handling C until graded', async () => {
    const blade = world.networks[0]!;
    const response = await get(`/api/briefings/addresses/${blade.trapHouse}`, 'analyst');
    assert.equal(response.statusCode, 200);
    const sheet = response.json<Briefing>();
    assert.equal(sheet.title, '10 Hatfield Road');
    assert.equal(sheet.marking, 'OFFICIAL-SENSITIVE');
    assert.equal(sheet.handling, 'C');
    assert.match(sheet.handlingNote, /Not graded/);
    assert.ok(sheet.alerts.some((a) => a.kind === 'possible_trap_house'));
    assert.ok(
      sheet.people.some((p) => p.label === 'Jayden Cole'),
      'the child runner seen there',
    );
    assert.ok(
      sheet.phones.some((p) => p.label === '+447700900001'),
      'the line phone',
    );
    assert.ok(sheet.vehicles.some((v) => v.label === 'BL12ADE'));
    assert.ok(sheet.reportCount >= 4);
    assert.ok(Array.isArray(sheet.warrants), 'an analyst may see warrants (none here)');
    const event = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'subject_id', 'details'])
      .where('action', '=', 'briefing.address')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_id, 'analyst-1');
    assert.equal(event.subject_id, blade.trapHouse);
    assert.deepEqual(
      (event.details as { reportIds: string[] }).reportIds.sort(),
      sheet.reports.map((r) => r.id).sort(),
    );
  });

  test('graded intelligence from a report at the address is quoted, and its handling code goes on top', async () => {
    const reportId = await recordWebReport(staff.system.services, {
      about: { categories: ['dealing_place'] },
      where: { notAboutAPlace: false, street: 'Hatfield Road', building: '10' },
      'anything-else': { details: 'People coming and going at all hours' },
    });
    await processWaitingReports({ ...staff.system.services, thresholds: staff.system.services.config.correlation });
    const made = await staff.system.services.intelligence.create(actors.analyst, {
      submissionId: reportId,
      originalText: 'People coming and going at all hours',
      priority: 'high',
    });
    await staff.system.services.intelligenceWorkflow.evaluate(actors.analyst, made.id, evaluation);
    const sheet = (await get(`/api/briefings/addresses/${world.networks[0]!.trapHouse}`, 'analyst')).json<Briefing>();
    const quoted = sheet.intelligence.find((i) => i.reference === made.reference);
    assert.ok(quoted, 'the graded report is on the sheet');
    assert.equal(quoted.grade, '2BP');
    assert.equal(quoted.sanitisedText, evaluation.sanitisedText);
    assert.equal(sheet.handling, 'P');
    // An officer may not read intelligence that was never disseminated: the same sheet leaves it out.
    const officers = (
      await get(`/api/briefings/addresses/${world.networks[0]!.trapHouse}`, 'officer')
    ).json<Briefing>();
    assert.deepEqual(officers.intelligence, []);
    assert.equal(officers.handling, 'C');
    assert.deepEqual(officers.alerts, [], 'officers do not see the alert queue');
  });

  test('a line sheet lists its people with roles, numbers, addresses and vehicles', async () => {
    const response = await get(`/api/briefings/lines/${lineId}`, 'officer');
    assert.equal(response.statusCode, 200);
    const sheet = response.json<Briefing>();
    assert.equal(sheet.kind, 'line');
    assert.equal(sheet.title, 'the Blade line');
    assert.deepEqual(
      sheet.people.map((p) => [p.label, p.role]),
      [['Marcus Vane', 'Line holder']],
    );
    assert.ok(sheet.phones.some((p) => p.label.startsWith('+447700900001')));
    assert.ok(sheet.addresses.some((a) => a.label === '10 Hatfield Road'));
    const event = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'subject_id'])
      .where('action', '=', 'briefing.line')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.deepEqual([event.actor_id, event.subject_id], ['officer-1', lineId]);
  });

  test('access follows the records: refused, unknown and malformed ids', async () => {
    const trap = world.networks[0]!.trapHouse;
    assert.equal((await get(`/api/briefings/addresses/${trap}`)).statusCode, 401);
    assert.equal((await get(`/api/briefings/addresses/${trap}`, 'partner')).statusCode, 403);
    assert.equal((await get(`/api/briefings/lines/${lineId}`, 'safeguarding')).statusCode, 403);
    const person = await get(`/api/briefings/addresses/${world.networks[0]!.holder}`, 'analyst');
    assert.equal(person.statusCode, 404, 'a person is not an address');
    const bad = await get('/api/briefings/lines/not-an-id', 'analyst');
    assert.equal(bad.statusCode, 400);
    assert.match(String(bad.headers['content-type']), /problem\+json/);
  });
});
