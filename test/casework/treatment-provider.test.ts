import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { signInTestActorsByHeader, testActor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The treatment service's own staff record outcomes (issue 15). A partner user whose organisation
// is a drug treatment service sees only the referrals made to it, without the police-only fields
// (the person's record, the arrest, police notes), and records progress with a date and a note;
// another treatment service, a school's user and police routes all refuse, and each refusal reads
// as "not found or no access" or 403. Police staff see who recorded each outcome. Every list,
// change and refusal is audited. The test clock starts on Thursday 26 November 2026, 10:00 UTC.

type ProviderItem = {
  id: string;
  personName: string;
  status: string;
  version: number;
  outcomes: { id: string; outcome: string; on: string; note: string | null; recordedBy: string }[];
};
type PoliceItem = {
  id: string;
  status: string;
  outcomes: { outcome: string; note: string | null; recordedBy: string; recordedByOrganisation: string | null }[];
};

describe('casework: a treatment service records its referrals’ outcomes', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let referralA = '';
  let referralB = '';
  let providerAId = '';

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    const { teams, users } = system.services;
    const orgA = await teams.createPartnerOrganisation(testAdminActor, {
      name: 'Example Recovery A',
      kind: 'drug_treatment',
    });
    const orgB = await teams.createPartnerOrganisation(testAdminActor, {
      name: 'Example Recovery B',
      kind: 'drug_treatment',
    });
    const school = await teams.createPartnerOrganisation(testAdminActor, { name: 'Example School', kind: 'education' });
    const create = async (email: string, displayName: string, partnerOrganisationId: string | null) =>
      (
        await users.createUser(testAdminActor, {
          email,
          displayName,
          roles: [partnerOrganisationId ? 'partner_agency' : 'officer'],
          partnerOrganisationId,
        })
      ).user.id;
    const officerId = await create('pc.example@herts.police.uk', 'PC Example', null);
    providerAId = await create('keyworker@recovery-a.example.org', 'Key Worker A', orgA.id);
    const providerBId = await create('keyworker@recovery-b.example.org', 'Key Worker B', orgB.id);
    const teacherId = await create('teacher@school.example.org', 'Teacher', school.id);
    signInTestActorsByHeader(app, {
      officer: testActor(officerId, ['officer']),
      providerA: testActor(providerAId, ['partner_agency'], { partnerOrganisationId: orgA.id }),
      providerB: testActor(providerBId, ['partner_agency'], { partnerOrganisationId: orgB.id }),
      teacher: testActor(teacherId, ['partner_agency'], { partnerOrganisationId: school.id }),
    });
    const refer = async (name: string, organisationId: string) => {
      const made = await call('officer', 'POST', '/api/casework/treatment-referrals', {
        name,
        dateOfBirth: '1990-05-01',
        organisationId,
        consent: true,
        consentOn: '2026-11-26',
      });
      assert.equal(made.statusCode, 201, made.body);
      return made.json<{ id: string }>().id;
    };
    referralA = await refer('Adult A Example', orgA.id);
    referralB = await refer('Adult B Example', orgB.id);
    const police = await call('officer', 'POST', `/api/casework/treatment-referrals/${referralA}/outcomes`, {
      outcome: 'assessed',
      on: '2026-11-26',
      note: 'Police note: seen in custody suite 2',
      expectedVersion: 1,
    });
    assert.equal(police.statusCode, 204, police.body);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  const call = (actor: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    app.inject({ method, url, headers: { 'x-test-actor': actor }, ...(payload ? { payload } : {}) });
  const listAs = async (actor: string) => {
    const response = await call(actor, 'GET', '/api/casework/treatment-provider/referrals');
    assert.equal(response.statusCode, 200, response.body);
    return response.json<{ items: ProviderItem[] }>().items;
  };
  const outcomeCount = async () =>
    Number(
      (
        await system.services.db
          .selectFrom('casework_treatment_outcomes')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('a service sees only referrals made to it, and none of the police-only fields', async () => {
    const items = await listAs('providerA');
    assert.deepEqual(
      items.map((i) => i.personName),
      ['Adult A Example'],
    );
    const [item] = items;
    assert.ok(item);
    assert.deepEqual(Object.keys(item).sort(), [
      'consentOn',
      'dateOfBirth',
      'id',
      'outcomes',
      'personName',
      'referredAt',
      'status',
      'statusLabel',
      'version',
    ]);
    const raw = (await call('providerA', 'GET', '/api/casework/treatment-provider/referrals')).body;
    for (const hidden of ['personEntityId', 'arrestId', 'organisationId', 'referredBy', 'Police note', 'PC Example']) {
      assert.ok(!raw.includes(hidden), `${hidden} is not shown to the service`);
    }
    assert.deepEqual(item.outcomes, [
      {
        id: item.outcomes[0]?.id,
        outcome: 'assessed',
        outcomeLabel: 'Assessed by the service',
        on: '2026-11-26',
        note: null,
        recordedBy: 'Police',
      },
    ]);
    assert.deepEqual(
      (await listAs('providerB')).map((i) => i.personName),
      ['Adult B Example'],
    );
    assert.deepEqual(await listAs('teacher'), [], 'a school’s user is no treatment service');
  });

  test('a service records progress with a date and a note; police staff see who recorded it', async () => {
    system.clock.advance(3 * 86_400_000);
    const [item] = await listAs('providerA');
    assert.ok(item);
    const record = (body: Record<string, unknown>) =>
      call('providerA', 'POST', `/api/casework/treatment-provider/referrals/${referralA}/outcomes`, body);
    const future = await record({ outcome: 'engaged', on: '2026-12-30', expectedVersion: item.version });
    assert.equal(future.statusCode, 400);
    assert.match(future.body, /cannot be in the future/);
    const stale = await record({ outcome: 'engaged', on: '2026-11-28', expectedVersion: item.version - 1 });
    assert.equal(stale.statusCode, 409);
    const done = await record({
      outcome: 'engaged',
      on: '2026-11-28',
      note: 'Came to the first group session',
      expectedVersion: item.version,
    });
    assert.equal(done.statusCode, 204, done.body);

    const [after] = await listAs('providerA');
    assert.ok(after);
    assert.equal(after.status, 'engaged');
    assert.deepEqual(
      after.outcomes.map((o) => [o.outcome, o.on, o.note, o.recordedBy]),
      [
        ['assessed', '2026-11-26', null, 'Police'],
        ['engaged', '2026-11-28', 'Came to the first group session', 'Key Worker A'],
      ],
    );

    const police = (await call('officer', 'GET', '/api/casework/treatment-referrals')).json<{ items: PoliceItem[] }>();
    const seen = police.items.find((i) => i.id === referralA);
    assert.ok(seen);
    assert.equal(seen.status, 'engaged');
    assert.deepEqual(
      seen.outcomes.map((o) => [o.outcome, o.note, o.recordedBy, o.recordedByOrganisation]),
      [
        ['assessed', 'Police note: seen in custody suite 2', 'PC Example', null],
        ['engaged', 'Came to the first group session', 'Key Worker A', 'Example Recovery A'],
      ],
    );

    const events = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'subject_id', 'details'])
      .where('actor_id', '=', providerAId)
      .orderBy('seq')
      .execute();
    const outcome = events.find((e) => e.action === 'casework.treatment.outcome');
    assert.equal(outcome?.subject_id, referralA);
    assert.equal(outcome.details.outcome, 'engaged');
    assert.ok(events.some((e) => e.action === 'casework.treatment.provider_list'));
  });

  test('another service’s referral, a school’s user and the police routes are refused, and changed nothing', async () => {
    const before = await outcomeCount();
    const body = { outcome: 'completed', on: '2026-11-29', note: 'Not ours', expectedVersion: 1 };
    for (const [actor, id] of [
      ['providerA', referralB],
      ['providerB', referralA],
      ['teacher', referralA],
      ['providerA', '00000000-0000-4000-8000-000000000009'],
    ] as const) {
      const refused = await call(actor, 'POST', `/api/casework/treatment-provider/referrals/${id}/outcomes`, body);
      assert.equal(refused.statusCode, 404, `${actor}: ${refused.body}`);
      assert.equal(refused.json<{ title: string }>().title, 'Not found or no access');
    }
    // The police routes: the referral list with its police-only fields, the police outcome route,
    // the diversions and the list of services.
    for (const [method, url] of [
      ['GET', '/api/casework/treatment-referrals'],
      ['POST', `/api/casework/treatment-referrals/${referralA}/outcomes`],
      ['GET', '/api/casework/diversions'],
      ['GET', '/api/casework/treatment-services'],
      ['GET', '/api/casework/cases'],
    ] as const) {
      const refused = await call('providerA', method, url, method === 'POST' ? body : undefined);
      assert.equal(refused.statusCode, 403, `${method} ${url}: ${refused.body}`);
    }
    // Police staff cannot use the service's route either.
    const officer = await call(
      'officer',
      'POST',
      `/api/casework/treatment-provider/referrals/${referralA}/outcomes`,
      body,
    );
    assert.equal(officer.statusCode, 403);
    assert.equal(await outcomeCount(), before);
    const [b] = await listAs('providerB');
    assert.equal(b?.status, 'referred');
    const refusals = await system.services.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('action', '=', 'casework.treatment.refused')
      .execute();
    assert.equal(refusals.length, 4);
  });
});
