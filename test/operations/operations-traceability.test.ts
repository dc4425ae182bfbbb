import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Issue 14, the rest of traceability: an inspector declines an application with a reason (four
// eyes, versioned); seizures show the intelligence behind them (through their warrant, or the
// warrant of their arrest); an intelligence report is closed with its result, once.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const inspector = testActor('inspector-1', ['intelligence_supervisor']);
const officer = testActor('officer-1', ['officer']);
const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe('operations: decline, seizure traceability and closing intelligence', () => {
  const staff = useStaffAppByHeader({ analyst, inspector, officer });
  let world: NetworkWorld;
  let intel = '';
  let unused = '';

  async function graded(text: string) {
    const report = await staff.system.services.intelligence.create(analyst, {
      submissionId: null,
      sourceType: 'officer',
      originalText: text,
      priority: 'high',
    });
    await staff.system.services.intelligenceWorkflow.evaluate(analyst, report.id, {
      grade: { source: '1', assessment: 'A', handling: 'P', conditions: null },
      sourceEvaluationReason: 'Seen by the officer',
      sanitisedText: text,
      assessment: 'Supply from the address.',
      priority: 'high',
      actionDecision: 'develop',
      researchedSystems: [],
      expectedVersion: 1,
    });
    return report.id;
  }

  const application = (intelligenceIds: string[]) => ({
    intelligenceIds,
    premises: 'Flat 1, 12 Example Road, St Albans AL1 1AA',
    personEntityIds: [],
    searchPersonsFound: true,
    drugsSought: ['crack_cocaine' as const],
    entriesSought: 1,
    grounds: 'Officer sightings of class A supply from the flat over the last fortnight.',
    undermining: 'Nothing known',
    plannedExecutionOn: '2026-11-28',
  });

  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
    intel = await graded('Callers at Flat 1, 12 Example Road every evening');
    unused = await graded('A car seen twice near the park');
  });

  const warrants = () => staff.system.services.operations.warrants;

  test('an inspector other than the applicant declines with a reason; it then goes no further', async () => {
    const { id } = await warrants().apply(analyst, application([intel]));
    await assert.rejects(
      warrants().decline(analyst, id, { reason: 'Not enough corroboration', expectedVersion: 1 }),
      isCode('forbidden'),
    );
    const own = await warrants().apply(inspector, application([intel]));
    await assert.rejects(
      warrants().decline(inspector, own.id, { reason: 'My own application', expectedVersion: 1 }),
      isCode('forbidden'),
    );
    const short = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/warrants/${id}/decline`,
      headers: { 'x-test-actor': 'inspector' },
      payload: { reason: 'No', expectedVersion: 1 },
    });
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /reason for declining/);
    await assert.rejects(
      warrants().decline(inspector, id, { reason: 'Grounds rest on one sighting only', expectedVersion: 7 }),
      isCode('conflict'),
    );
    assert.equal((await warrants().get(analyst, id)).status, 'awaiting_authorisation');
    const declined = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/warrants/${id}/decline`,
      headers: { 'x-test-actor': 'inspector' },
      payload: { reason: 'Grounds rest on one sighting only', expectedVersion: 1 },
    });
    assert.equal(declined.statusCode, 204);
    const warrant = await warrants().get(officer, id);
    assert.equal(warrant.status, 'declined');
    assert.equal(warrant.declined?.reason, 'Grounds rest on one sighting only');
    assert.equal(warrant.declined.by, inspector.userId);
    await assert.rejects(
      warrants().authorise(inspector, id, { note: 'Changed my mind', expectedVersion: 2 }),
      isCode('conflict'),
    );
  });

  test('seizures show the intelligence behind them, and the report shows what it led to', async () => {
    const { id } = await warrants().apply(analyst, application([intel]));
    await warrants().authorise(inspector, id, { note: 'Corroborated by officers', expectedVersion: 1 });
    await warrants().decide(analyst, id, {
      decision: 'issued',
      court: 'St Albans Magistrates’ Court',
      decidedOn: '2026-11-26',
      expectedVersion: 2,
    });
    const arrests = staff.system.services.operations.arrests;
    const { id: arrestId } = await arrests.create(officer, {
      personEntityId: world.networks[0]!.holder,
      arrestedAt: '2026-11-26T06:20:00Z',
      place: 'Flat 1, 12 Example Road',
      warrantId: id,
      suspectedOffence: 'mda_s5_3',
      childAtArrest: false,
    });
    const atArrest = await arrests.seize(officer, {
      arrestId,
      seizedAt: '2026-11-26T06:25:00Z',
      place: 'Flat 1, 12 Example Road',
      items: [{ kind: 'cash', amountPence: 120000 }],
    });
    const underWarrant = await arrests.seize(officer, {
      warrantId: id,
      seizedAt: '2026-11-26T06:40:00Z',
      place: 'Kitchen, Flat 1, 12 Example Road',
      items: [{ kind: 'drug', drug: 'crack_cocaine', form: 'rock', quantity: 14, unit: 'wraps' }],
    });
    const arrest = await arrests.get(officer, arrestId);
    assert.deepEqual(
      arrest.intelligence.map((i) => [i.id, i.grade]),
      [[intel, '1AP']],
    );
    assert.deepEqual(
      arrest.seizures.map((s) => s.intelligence.map((i) => i.id)),
      [[intel]],
    );
    const trace = await warrants().ledTo(analyst, intel);
    assert.deepEqual(
      trace.warrants.map((w) => w.status).sort(),
      ['awaiting_authorisation', 'declined', 'issued'],
      'the declined one, the inspector’s own, and the issued one',
    );
    assert.deepEqual(
      trace.arrests.map((a) => a.id),
      [arrestId],
    );
    assert.deepEqual(
      trace.seizures.map((s) => s.id),
      [atArrest.id, underWarrant.id],
    );
    assert.equal(trace.closed, null);
    // Both ways: the warrant's own page lists the arrests and seizures made under it, with the items.
    const results = (await warrants().get(officer, id)).results;
    assert.deepEqual(
      results.arrests.map((a) => [a.id, a.suspectedOffenceLabel]),
      [[arrestId, 'Possession with intent to supply (MDA s.5(3))']],
    );
    assert.deepEqual(
      results.seizures.map((s) => [s.id, s.arrestId, s.items.map((i) => i.label)]),
      [
        [atArrest.id, arrestId, ['Cash £1200.00']],
        [underWarrant.id, null, ['Crack cocaine (class A), rock, 14 wraps']],
      ],
    );
    const nothing = await warrants().ledTo(analyst, unused);
    assert.deepEqual([nothing.warrants, nothing.arrests, nothing.seizures], [[], [], []]);
  });

  test('a report is closed with its result once; “actioned” needs something it led to', async () => {
    await assert.rejects(
      warrants().closeIntelligence(analyst, unused, { result: 'actioned', note: 'Led to the Example Road warrant' }),
      isCode('validation_failed'),
    );
    await assert.rejects(
      warrants().closeIntelligence(officer, intel, { result: 'actioned', note: 'Officers may not close it' }),
      isCode('forbidden'),
    );
    const bad = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/intelligence/${intel}/result`,
      headers: { 'x-test-actor': 'analyst' },
      payload: { result: 'solved', note: 'x' },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal((await warrants().ledTo(analyst, intel)).closed, null);
    await warrants().closeIntelligence(analyst, intel, {
      result: 'actioned',
      note: 'Warrant executed; holder arrested; crack and cash seized',
    });
    await assert.rejects(
      warrants().closeIntelligence(analyst, intel, { result: 'no_further_action', note: 'Closing it again' }),
      isCode('conflict'),
    );
    const trace = await warrants().ledTo(analyst, intel);
    assert.equal(trace.closed?.result, 'actioned');
    const ledTo = trace.closed.ledTo as { warrants: string[]; arrests: string[]; seizures: string[] };
    assert.equal(ledTo.warrants.length, 3);
    assert.equal(ledTo.arrests.length, 1);
    assert.equal(ledTo.seizures.length, 2);
    await warrants().closeIntelligence(analyst, unused, {
      result: 'not_substantiated',
      note: 'Nothing further seen near the park',
    });
    const audit = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', 'in', ['operations.intelligence.close', 'operations.warrant.decline'])
      .execute();
    assert.equal(audit.filter((a) => a.action === 'operations.intelligence.close').length, 2);
    assert.equal(audit.filter((a) => a.action === 'operations.warrant.decline').length, 1);
  });

  test('a closed report is no longer graded or reviewed: 409', async () => {
    const workflow = staff.system.services.intelligenceWorkflow;
    const report = await staff.system.services.intelligence.get(analyst, unused);
    await assert.rejects(
      workflow.evaluate(analyst, unused, {
        grade: { source: '2', assessment: 'B', handling: 'P', conditions: null },
        sourceEvaluationReason: 'Regraded after closing',
        sanitisedText: 'A car seen twice near the park',
        assessment: 'Nothing further.',
        priority: 'low',
        actionDecision: 'develop',
        researchedSystems: [],
        expectedVersion: report.version,
      }),
      isCode('conflict'),
    );
    await assert.rejects(workflow.submitForReview(analyst, unused), isCode('conflict'));
    assert.equal(
      (await staff.system.services.intelligence.get(analyst, unused)).version,
      report.version,
      'nothing written',
    );
  });
});
