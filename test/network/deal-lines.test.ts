import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { signInTestActorsByHeader, testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const officer = testActor('officer-1', ['officer']);
const partner = testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' });

const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe('deal lines', () => {
  let system: TestSystem;
  let world: NetworkWorld;
  let bladeId: string;
  before(async () => {
    system = await createTestSystem();
    world = await buildNetworkWorld(system.services);
  });
  after(async () => {
    await system.close();
  });

  test('a line is recorded from a deal-line alert’s phone, with sealed menu texts', async () => {
    const blade = world.networks[0]!;
    const alert = await system.services.db
      .selectFrom('correlation_alerts')
      .select('id')
      .where('entity_id', '=', blade.linePhone)
      .where('kind', '=', 'possible_deal_line')
      .executeTakeFirstOrThrow();
    const { id } = await system.services.dealLines.create(analyst, {
      phoneEntityId: blade.linePhone,
      brandName: 'the Blade line',
      urbanHub: 'London (Lambeth)',
      status: 'suspected',
      sourceAlertId: alert.id,
      samples: [{ text: 'BLADE back on 24/7 white n dark 2 for 15', observedOn: '2026-10-01' }],
    });
    bladeId = id;
    const profile = await system.services.dealLineProfiles.profile(analyst, id);
    assert.equal(profile.brandName, 'the Blade line');
    assert.equal(profile.status, 'suspected');
    assert.equal(profile.sourceAlertId, alert.id);
    assert.deepEqual(
      profile.numbers.map((n) => [n.number, n.current]),
      [['+447700900001', true]],
    );
    assert.equal(profile.samples[0]?.text, 'BLADE back on 24/7 white n dark 2 for 15');
    assert.deepEqual(
      new Set(profile.timeline.map((t) => t.reportId)),
      new Set([0, 1, 4, 8, 9].map((i) => blade.reportIds[i])),
    );
    const trap = profile.addresses.find((a) => a.id === blade.trapHouse)!;
    assert.equal(trap.label, '10 Hatfield Road');
    assert.equal(trap.coordinates?.source, 'gazetteer_street');
    assert.ok(trap.reportIds.length === 2);
    assert.deepEqual(
      new Set(profile.linkedPeopleWithoutRole.map((p) => p.id)),
      new Set([blade.holder, blade.childRunner]),
    );
    const dump = await sql<{
      t: string;
    }>`select string_agg(text_sealed::text, ' ') as t from deal_line_samples`.execute(system.services.db);
    assert.ok(
      !Buffer.from(dump.rows[0]?.t ?? '')
        .toString()
        .includes('BLADE'),
    );
    await assert.rejects(
      system.services.dealLines.create(analyst, {
        phoneEntityId: blade.linePhone,
        brandName: 'again',
        urbanHub: null,
        status: 'suspected',
        samples: [],
      }),
      isCode('conflict'),
    );
    await assert.rejects(
      system.services.dealLines.create(analyst, {
        phoneEntityId: blade.holder,
        brandName: 'x',
        urbanHub: null,
        status: 'suspected',
        samples: [],
      }),
      isCode('validation_failed'),
    );
  });

  test('people hold roles, one can be victim and suspect at once; roles are removed with history kept', async () => {
    const blade = world.networks[0]!;
    const members = system.services.dealLineMembers;
    await members.addPerson(analyst, bladeId, { personEntityId: blade.holder, role: 'line_holder', victim: false });
    await members.addPerson(analyst, bladeId, { personEntityId: blade.childRunner, role: 'runner', victim: true });
    const stash = await members.addPerson(analyst, bladeId, {
      personEntityId: blade.adultRunner,
      role: 'stash_holder',
      victim: true,
    });
    await members.addPerson(analyst, bladeId, { personEntityId: blade.adultRunner, role: 'runner', victim: false });
    await assert.rejects(
      members.addPerson(analyst, bladeId, { personEntityId: blade.holder, role: 'line_holder', victim: false }),
      isCode('conflict'),
    );
    await members.removePerson(analyst, bladeId, stash.id, 'No longer storing for the line');
    const profile = await system.services.dealLineProfiles.profile(analyst, bladeId);
    const child = profile.people.find((p) => p.personEntityId === blade.childRunner)!;
    assert.equal(child.victim, true);
    assert.equal(child.recordedAsChild, true);
    const adultRoles = profile.people.filter((p) => p.personEntityId === blade.adultRunner);
    assert.deepEqual(adultRoles.map((p) => [p.role, p.victim, p.removedAt !== null]).sort(), [
      ['runner', false, false],
      ['stash_holder', true, true],
    ]);
    assert.deepEqual(profile.linkedPeopleWithoutRole, []);
    assert.ok(
      profile.vehicles.some((v) => v.id === blade.vehicle),
      'the holder’s car',
    );
    assert.ok(profile.otherPhonesOfItsPeople.some((p) => p.id === blade.holderPhone));
  });

  test('status moves on; a rebrand links the successor and cannot loop; updates check the version', async () => {
    const spice = world.networks[1]!;
    const lines = system.services.dealLines;
    await lines.setStatus(analyst, bladeId, { status: 'confirmed', note: 'Test purchase by UC' });
    await assert.rejects(lines.setStatus(analyst, bladeId, { status: 'suspected', note: 'oops' }), isCode('conflict'));
    // Disrupted or closed only with evidence, through operations: the plain change refuses both.
    for (const status of ['disrupted', 'closed'] as const) {
      await assert.rejects(
        lines.setStatus(analyst, bladeId, { status, note: 'Gone quiet after the arrests' }),
        (e: unknown) =>
          e instanceof AppError &&
          e.code === 'validation_failed' &&
          e.fieldErrors[0]?.field === 'status' &&
          e.fieldErrors[0].message.includes(`becomes ${status} only with the arrests, seizures, charges or warrants`),
      );
    }
    assert.equal((await system.services.dealLineProfiles.profile(analyst, bladeId)).status, 'confirmed');
    await assert.rejects(
      lines.setStatus(analyst, bladeId, { status: 'rebranded', note: 'new brand' }),
      isCode('validation_failed'),
    );
    const { id: spiceId } = await lines.create(analyst, {
      phoneEntityId: spice.linePhone,
      brandName: 'Spice',
      urbanHub: null,
      status: 'suspected',
      samples: [],
    });
    await lines.setStatus(analyst, bladeId, {
      status: 'rebranded',
      successorLineId: spiceId,
      note: 'Same customers texted from Spice',
    });
    await assert.rejects(
      lines.setStatus(analyst, spiceId, { status: 'rebranded', successorLineId: bladeId, note: 'loop' }),
      isCode('validation_failed'),
    );
    const blade = await system.services.dealLineProfiles.profile(analyst, bladeId);
    assert.equal(blade.status, 'rebranded');
    assert.equal(blade.successor?.id, spiceId);
    assert.deepEqual(
      blade.statusHistory.map((h) => [h.from, h.to]),
      [
        [null, 'suspected'],
        ['suspected', 'confirmed'],
        ['confirmed', 'rebranded'],
      ],
    );
    const spiceProfile = await system.services.dealLineProfiles.profile(analyst, spiceId);
    assert.deepEqual(
      spiceProfile.predecessors.map((p) => p.id),
      [bladeId],
    );
    await lines.update(analyst, spiceId, { urbanHub: 'Luton', expectedVersion: spiceProfile.version });
    await assert.rejects(
      lines.update(analyst, spiceId, { brandName: 'x', expectedVersion: spiceProfile.version }),
      isCode('conflict'),
    );
    const listed = await lines.list(analyst, { statuses: ['suspected'], limit: 10 });
    assert.deepEqual(
      listed.map((l) => [l.brandName, l.urbanHub]),
      [['Spice', 'Luton']],
    );
  });

  test('numbers come and go by date; a number is on one line at a time', async () => {
    const [blade, spice] = world.networks as [NetworkWorld['networks'][number], NetworkWorld['networks'][number]];
    const members = system.services.dealLineMembers;
    await assert.rejects(
      members.addNumber(analyst, bladeId, { phoneEntityId: spice.linePhone, fromDate: '2026-10-20' }),
      isCode('conflict'),
    );
    const added = await members.addNumber(analyst, bladeId, {
      phoneEntityId: blade.holderPhone,
      fromDate: '2026-10-05',
    });
    await assert.rejects(members.endNumber(analyst, bladeId, added.id, '2026-10-01'), isCode('validation_failed'));
    await members.endNumber(analyst, bladeId, added.id, '2026-10-25');
    const profile = await system.services.dealLineProfiles.profile(analyst, bladeId);
    assert.deepEqual(profile.numbers.find((n) => n.id === added.id)?.to, '2026-10-25');
  });

  test('officers read, only the intelligence unit records; partners get nothing; all audited', async () => {
    const profile = await system.services.dealLineProfiles.profile(officer, bladeId);
    assert.equal(profile.id, bladeId);
    await assert.rejects(
      system.services.dealLines.setStatus(officer, bladeId, { status: 'disrupted', note: 'x' }),
      isCode('forbidden'),
    );
    await assert.rejects(system.services.dealLineProfiles.profile(partner, bladeId), isCode('forbidden'));
    await assert.rejects(system.services.dealLines.list(partner, { statuses: [], limit: 5 }), isCode('forbidden'));
    const actions = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where((eb) => eb.or([eb('action', 'like', 'deal_line.%'), eb('action', '=', 'access.denied')]))
      .execute();
    const seen = new Set(actions.map((a) => `${a.actor_id ?? ''}:${a.action}`));
    for (const expected of [
      'analyst-1:deal_line.create',
      'analyst-1:deal_line.read',
      'analyst-1:deal_line.add_person',
      'analyst-1:deal_line.remove_person',
      'analyst-1:deal_line.set_status',
      'analyst-1:deal_line.end_number',
      'officer-1:deal_line.read',
      'officer-1:access.denied',
      'partner-1:access.denied',
    ]) {
      assert.ok(seen.has(expected), expected);
    }
  });

  test('HTTP: create answers 201 with the profile; bad input names each field', async () => {
    const app: FastifyInstance = await createStaffApp(system.services);
    signInTestActorsByHeader(app, { analyst, partner });
    try {
      const ghost = world.networks[2]!;
      const created = await app.inject({
        method: 'POST',
        url: '/api/deal-lines',
        headers: { 'x-test-actor': 'analyst' },
        payload: {
          phoneEntityId: ghost.linePhone,
          brandName: 'Ghost',
          samples: [{ text: 'Ghost open', observedOn: '2026-10-07' }],
        },
      });
      assert.equal(created.statusCode, 201);
      const body = created.json<{ id: string; numbers: { number: string }[] }>();
      assert.equal(body.numbers[0]?.number, '+447700920001');
      const person = await app.inject({
        method: 'POST',
        url: `/api/deal-lines/${body.id}/people`,
        headers: { 'x-test-actor': 'analyst' },
        payload: { personEntityId: ghost.holder, role: 'line_holder' },
      });
      assert.equal(person.statusCode, 201);
      const bad = await app.inject({
        method: 'POST',
        url: '/api/deal-lines',
        headers: { 'x-test-actor': 'analyst' },
        payload: { phoneEntityId: 'x', brandName: '', status: 'gone' },
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        bad
          .json<{ errors: { field: string }[] }>()
          .errors.map((e) => e.field)
          .sort(),
        ['brandName', 'phoneEntityId', 'status'],
      );
      const denied = await app.inject({
        method: 'GET',
        url: `/api/deal-lines/${body.id}`,
        headers: { 'x-test-actor': 'partner' },
      });
      assert.equal(denied.statusCode, 403);
    } finally {
      await app.close();
    }
  });
});
