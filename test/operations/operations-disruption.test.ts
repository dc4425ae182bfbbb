import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Disruption per line (issue 14): the NCLCC measures come from operational records (arrests of
// the line's people, its phones, cash and drugs seized with them) and from casework (cases and
// cuckooed addresses linked to the line, NRM referrals submitted on those cases); the line moves to disrupted or closed only with a reason and records that exist, at the
// version read; a successor number re-opens it and links the old number to the new.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const officer = testActor('officer-1', ['officer']);
const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;
const measure = (measures: { key: string; value: number | null; shown?: string; detail: string }[], key: string) =>
  measures.find((m) => m.key === key);

describe('operations: disruption per deal line', () => {
  const staff = useStaffAppByHeader({ analyst, officer });
  let world: NetworkWorld;
  let lineId = '';
  let arrestId = '';

  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
    const blade = world.networks[0]!;
    ({ id: lineId } = await staff.system.services.dealLines.create(analyst, {
      phoneEntityId: blade.linePhone,
      brandName: 'the Blade line',
      urbanHub: null,
      status: 'confirmed',
      samples: [],
    }));
    await staff.system.services.dealLineMembers.addPerson(analyst, lineId, {
      personEntityId: blade.holder,
      role: 'line_holder',
      victim: false,
    });
  });

  const disruption = () => staff.system.services.operations.disruption;

  test('the measures count operational records', async () => {
    const before = await disruption().measures(officer, lineId);
    assert.equal(measure(before.measures, 'arrests')?.value, 0);
    assert.equal(measure(before.measures, 'phones')?.value, 0);
    assert.equal(measure(before.measures, 'safeguarded')?.value, 0);
    assert.equal(measure(before.measures, 'cuckooed')?.value, 0);
    const arrests = staff.system.services.operations.arrests;
    ({ id: arrestId } = await arrests.create(officer, {
      personEntityId: world.networks[0]!.holder,
      arrestedAt: '2026-11-25T18:00:00Z',
      place: 'Hatfield Road, St Albans',
      suspectedOffence: 'mda_s5_3',
      childAtArrest: false,
    }));
    await arrests.seize(officer, {
      arrestId,
      seizedAt: '2026-11-25T18:10:00Z',
      place: 'Hatfield Road, St Albans',
      items: [
        { kind: 'cash', amountPence: 50_000 },
        { kind: 'drug', drug: 'crack_cocaine', form: 'rock', quantity: 10, unit: 'wraps' },
      ],
    });
    // A seizure elsewhere with the line's phone and cash in it counts too; one with neither does not.
    await arrests.seize(officer, {
      seizedAt: '2026-11-25T20:00:00Z',
      place: 'A car on London Road',
      items: [
        { kind: 'phone', number: '+447700900001' },
        { kind: 'cash', amountPence: 2_500 },
      ],
    });
    await arrests.seize(officer, {
      seizedAt: '2026-11-25T21:00:00Z',
      place: 'Elsewhere',
      items: [{ kind: 'cash', amountPence: 99_999 }],
    });
    const after = await disruption().measures(officer, lineId);
    assert.equal(measure(after.measures, 'arrests')?.value, 1);
    assert.equal(measure(after.measures, 'phones')?.value, 1);
    assert.equal(measure(after.measures, 'cash')?.value, 52_500);
    assert.equal(measure(after.measures, 'drugs')?.value, 10);
    assert.match(measure(after.measures, 'drugs')?.detail ?? '', /^Crack cocaine \(class A\), rock: 10 wraps$/);
    assert.equal(measure(after.measures, 'drugs')?.shown, '10 wraps');
  });

  test('drugs seized in different units are totalled per unit, never added across units', async () => {
    await staff.system.services.operations.arrests.seize(officer, {
      arrestId,
      seizedAt: '2026-11-25T18:20:00Z',
      place: 'Hatfield Road, St Albans',
      items: [
        { kind: 'drug', drug: 'heroin', form: 'powder', quantity: 100, unit: 'g' },
        { kind: 'drug', drug: 'crack_cocaine', form: 'rock', quantity: 20, unit: 'g' },
        { kind: 'drug', drug: 'crack_cocaine', form: 'rock', quantity: 20, unit: 'wraps' },
      ],
    });
    const drugs = measure((await disruption().measures(officer, lineId)).measures, 'drugs');
    assert.ok(drugs);
    assert.equal(drugs.value, null, 'no single number adds grams to wraps');
    assert.equal(drugs.shown, '30 wraps; 120 g');
    assert.match(drugs.detail, /Crack cocaine \(class A\), rock: 30 wraps/);
    assert.match(drugs.detail, /Crack cocaine \(class A\), rock: 20 g/);
    assert.match(drugs.detail, /Heroin \(class A\), powder: 100 g/);
  });

  test('people safeguarded, cuckooed addresses and NRM referrals come from casework links to the line', async () => {
    const lead = testActor('lead-1', ['safeguarding_lead']);
    const { cases, screeningNrm, cuckooed, caseLines } = staff.system.services.casework;
    const opened = await cases.open(lead, {
      subjectKind: 'child',
      subject: { name: 'Child R Example', dateOfBirth: null, personEntityId: null },
      source: 'manual',
      summary: 'Found running drugs for the line',
    });
    // A second case on another line, and a draft referral, are not counted.
    const other = await cases.open(lead, {
      subjectKind: 'child',
      subject: { name: 'Child S Example', dateOfBirth: null, personEntityId: null },
      source: 'manual',
      summary: 'Not linked to any line',
    });
    await caseLines.linkCaseToLine(lead, opened.id, lineId);
    await assert.rejects(caseLines.linkCaseToLine(lead, opened.id, lineId), isCode('conflict'));
    await assert.rejects(
      caseLines.linkCaseToLine(lead, opened.id, '00000000-0000-4000-8000-000000000009'),
      isCode('validation_failed'),
    );
    const referral = await screeningNrm.startReferral(lead, opened.id, {
      firstResponder: 'Hertfordshire Constabulary',
      exploitationTypes: ['criminal'],
      countyLines: true,
    });
    await screeningNrm.startReferral(lead, other.id, {
      firstResponder: 'Hertfordshire Constabulary',
      exploitationTypes: ['criminal'],
      countyLines: true,
    });
    await screeningNrm.moveReferral(lead, opened.id, referral.id, {
      status: 'submitted',
      on: '2026-11-26',
      expectedVersion: 1,
    });
    await cuckooed.create(lead, {
      address: 'Flat 3, 12 Example Court, St Albans',
      locationEntityId: null,
      uprn: null,
      dealLineId: lineId,
      cuckooTypes: ['drug_dealing'],
      reviewOn: '2026-12-10',
    });
    const after = await disruption().measures(officer, lineId);
    assert.equal(measure(after.measures, 'safeguarded')?.value, 1);
    assert.equal(measure(after.measures, 'cuckooed')?.value, 1);
    assert.equal(measure(after.measures, 'nrm')?.value, 1);
  });

  test('disrupted and closed need a reason and records that exist; bad input changes nothing', async () => {
    const line = await disruption().measures(analyst, lineId);
    const bad = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/deal-lines/${lineId}/disruption`,
      headers: { 'x-test-actor': 'analyst' },
      payload: { status: 'disrupted', reason: 'Holder arrested', evidence: [], expectedVersion: line.version },
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Link at least one arrest/);
    await assert.rejects(
      disruption().setStatus(analyst, lineId, {
        status: 'disrupted',
        reason: 'Holder arrested and phone seized',
        evidence: [{ kind: 'arrest', id: '00000000-0000-4000-8000-000000000009' }],
        expectedVersion: line.version,
      }),
      isCode('validation_failed'),
    );
    const good = {
      status: 'disrupted' as const,
      reason: 'Holder arrested and the line phone seized',
      evidence: [{ kind: 'arrest' as const, id: arrestId }],
    };
    await assert.rejects(
      disruption().setStatus(analyst, lineId, { ...good, expectedVersion: line.version + 5 }),
      isCode('conflict'),
    );
    await assert.rejects(
      disruption().setStatus(officer, lineId, { ...good, expectedVersion: line.version }),
      isCode('forbidden'),
    );
    assert.equal((await disruption().measures(analyst, lineId)).status, 'confirmed');
    await disruption().setStatus(analyst, lineId, { ...good, expectedVersion: line.version });
    const disrupted = await disruption().measures(analyst, lineId);
    assert.equal(disrupted.status, 'disrupted');
    assert.deepEqual(disrupted.history.at(-1)?.evidence, [{ kind: 'arrest', id: arrestId }]);
    await assert.rejects(
      disruption().setStatus(analyst, lineId, { ...good, expectedVersion: disrupted.version }),
      isCode('conflict'),
      'disrupted cannot become disrupted again',
    );
    await disruption().setStatus(analyst, lineId, {
      status: 'closed',
      reason: 'No sign of the line for a month after the arrests',
      evidence: [{ kind: 'arrest', id: arrestId }],
      expectedVersion: disrupted.version,
    });
    assert.equal((await disruption().measures(analyst, lineId)).status, 'closed');
  });

  test('a successor number re-opens the closed line and links the old number to the new', async () => {
    const profile = await staff.system.services.dealLineProfiles.profile(analyst, lineId);
    const old = profile.numbers[0]!;
    await staff.system.services.dealLineMembers.addNumber(analyst, lineId, {
      phoneEntityId: world.networks[1]!.linePhone,
      fromDate: '2026-11-26',
      replacesNumberId: old.id,
    });
    const reopened = await disruption().measures(analyst, lineId);
    assert.equal(reopened.status, 'confirmed');
    assert.match(reopened.history.at(-1)?.note ?? '', /successor number/);
    const numbers = await staff.system.services.db
      .selectFrom('deal_line_numbers')
      .select(['id', 'to_date', 'replaces_number_id'])
      .where('deal_line_id', '=', lineId)
      .execute();
    const successor = numbers.find((n) => n.replaces_number_id === old.id);
    assert.ok(successor, 'the new number names the one it replaced');
    const ended = numbers.find((n) => n.id === old.id);
    assert.ok(ended?.to_date !== null, 'the old number is ended');
  });
});
