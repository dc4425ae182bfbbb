import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, testAdminActor, useStaffAppByHeader } from '../support/staff.ts';

// Issue 15 part B: cases opened from operations (a warrant executed with children or vulnerable
// adults present; the arrest of a child), joining the case already open for the person, in
// the same transaction as the operational record; the victim flag an officer sees without the
// case; drug treatment referral (consent first) and diversion with outcome 22 on the arrest.
// The test clock starts on Thursday 26 November 2026, 10:00 UTC.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const inspector = testActor('inspector-1', ['intelligence_supervisor']);
const officer = testActor('officer-1', ['officer']);
const lead = testActor('lead-1', ['safeguarding_lead']);
const partner = testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' });
const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe('casework opened from operations, treatment and diversion', () => {
  const staff = useStaffAppByHeader({ analyst, officer, lead, partner });
  let world: NetworkWorld;
  let treatmentOrg = '';
  let housingOrg = '';

  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
    treatmentOrg = (
      await staff.system.services.teams.createPartnerOrganisation(testAdminActor, {
        name: 'Example Recovery Service',
        kind: 'drug_treatment',
      })
    ).id;
    housingOrg = (
      await staff.system.services.teams.createPartnerOrganisation(testAdminActor, {
        name: 'Example Homes',
        kind: 'housing',
      })
    ).id;
  });

  const call = (actor: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    staff.app.inject({
      method,
      url,
      headers: { 'x-test-actor': actor },
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });
  const count = async (
    table:
      'casework_cases' | 'casework_concerns' | 'casework_treatment_referrals' | 'casework_diversions' | 'ops_charges',
  ) =>
    Number(
      (
        await staff.system.services.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const casesAbout = async (personEntityId: string) =>
    staff.system.services.db
      .selectFrom('casework_cases')
      .select(['id', 'subject_kind', 'status'])
      .where('person_entity_id', '=', personEntityId)
      .execute();
  const concernsOf = async (caseId: string) =>
    staff.system.services.db
      .selectFrom('casework_concerns')
      .select(['source', 'source_id'])
      .where('case_id', '=', caseId)
      .orderBy('recorded_at')
      .execute();

  async function issuedWarrant(): Promise<string> {
    const intel = await staff.system.services.intelligence.create(analyst, {
      submissionId: null,
      sourceType: 'officer',
      originalText: 'Dealing from the flat',
      priority: 'high',
    });
    await staff.system.services.intelligenceWorkflow.evaluate(analyst, intel.id, {
      grade: { source: '1', assessment: 'A', handling: 'P', conditions: null },
      sourceEvaluationReason: 'Officer observation',
      sanitisedText: 'Dealing from Flat 2, 9 Example Road.',
      assessment: 'Supply from the address.',
      priority: 'high',
      actionDecision: 'develop',
      researchedSystems: [],
      expectedVersion: 1,
    });
    const warrants = staff.system.services.operations.warrants;
    const { id } = await warrants.apply(analyst, {
      intelligenceIds: [intel.id],
      premises: 'Flat 2, 9 Example Road, St Albans AL1 2AA',
      personEntityIds: [],
      searchPersonsFound: true,
      drugsSought: ['crack_cocaine'],
      entriesSought: 1,
      grounds: 'Graded officer intelligence of class A supply from the flat.',
      undermining: 'The tenant may be cuckooed rather than dealing.',
      plannedExecutionOn: '2026-11-26',
    });
    await warrants.authorise(inspector, id, { note: 'Authorised', expectedVersion: 1 });
    await warrants.decide(analyst, id, {
      decision: 'issued',
      court: 'St Albans',
      decidedOn: '2026-11-26',
      expectedVersion: 2,
    });
    return id;
  }

  test('a warrant executed with a named child and unnamed vulnerable adults opens a case for each, with the entry', async () => {
    const blade = world.networks[0]!;
    const id = await issuedWarrant();
    const entry = {
      executedAt: '2026-11-26T06:00:00Z',
      entryMethod: 'key',
      officersPresent: 'PC 101, PC 102',
      personsPresent: 'A boy of about 15 and the tenant, an older man',
      childrenPresent: true,
      vulnerableAdultsPresent: true,
      articlesFound: true,
      itemsSeized: 'Wraps of crack cocaine',
      expectedVersion: 3,
    };
    // Naming a child while saying none was present is refused, and changes nothing.
    const before = await count('casework_cases');
    const wrong = await call('analyst', 'POST', `/api/operations/warrants/${id}/entries`, {
      ...entry,
      childrenPresent: false,
      personsToProtect: [{ kind: 'child', name: 'Child at the door', personEntityId: blade.childRunner }],
    });
    assert.equal(wrong.statusCode, 400, wrong.body);
    assert.match(wrong.body, /say that children were present/);
    assert.equal(await count('casework_cases'), before);

    const done = await call('analyst', 'POST', `/api/operations/warrants/${id}/entries`, {
      ...entry,
      personsToProtect: [{ kind: 'child', name: 'Runner Child', personEntityId: blade.childRunner }],
    });
    assert.equal(done.statusCode, 201, done.body);
    assert.deepEqual(done.json(), { safeguardingReferralNeeded: true, safeguardingCases: { opened: 2, joined: 0 } });
    assert.equal(await count('casework_cases'), before + 2);
    const [childCase] = await casesAbout(blade.childRunner);
    assert.equal(childCase?.subject_kind, 'child');
    assert.deepEqual(
      (await concernsOf(childCase.id)).map((c) => c.source),
      ['warrant'],
    );
    // The lead sees both cases on the list, the unnamed adults "not yet identified".
    const list = await call('lead', 'GET', '/api/casework/cases');
    const names = list
      .json<{ items: { subjectName: string; subjectKind: string }[] }>()
      .items.map((i) => i.subjectName);
    assert.ok(names.includes('Runner Child'));
    assert.ok(
      names.some(
        (n) => n.startsWith('Vulnerable adults at Flat 2, 9 Example Road') && n.endsWith('(not yet identified)'),
      ),
    );
  });

  test('the arrest of a child joins the case already open for them; a second arrest joins it too', async () => {
    const blade = world.networks[0]!;
    const [open] = await casesAbout(blade.childRunner);
    assert.ok(open, 'opened by the warrant');
    const arrests = staff.system.services.operations.arrests;
    const first = await arrests.create(officer, {
      personEntityId: blade.childRunner,
      arrestedAt: '2026-11-26T07:00:00Z',
      place: 'Flat 2, 9 Example Road',
      suspectedOffence: 'mda_s5_3',
      childAtArrest: false,
    });
    assert.equal((await casesAbout(blade.childRunner)).length, 1, 'one case per person');
    assert.deepEqual(
      (await concernsOf(open.id)).map((c) => [c.source, c.source_id]),
      [
        ['warrant', (await concernsOf(open.id))[0]?.source_id],
        ['arrest', first.id],
      ],
    );
    const events = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('subject_id', '=', open.id)
      .execute();
    assert.ok(events.some((e) => e.action === 'casework.concern.join' && e.actor_id === 'officer-1'));

    // A child with no case yet: the arrest opens one.
    const other = world.networks[1]!;
    assert.equal((await casesAbout(other.childRunner)).length, 0);
    const before = await count('casework_cases');
    await arrests.create(officer, {
      personEntityId: other.childRunner,
      arrestedAt: '2026-11-26T08:00:00Z',
      place: 'Bus station, St Albans',
      suspectedOffence: 'mda_s5_2',
      childAtArrest: true,
    });
    assert.equal(await count('casework_cases'), before + 1);
    const [opened] = await casesAbout(other.childRunner);
    assert.equal(opened?.subject_kind, 'child');
    // An adult's arrest opens nothing.
    await arrests.create(officer, {
      personEntityId: other.adultRunner,
      arrestedAt: '2026-11-26T08:00:00Z',
      place: 'Bus station, St Albans',
      suspectedOffence: 'mda_s5_2',
      childAtArrest: false,
    });
    assert.equal(await count('casework_cases'), before + 1);
  });

  test('an officer sees the victim flag but cannot open the case; partners see neither', async () => {
    const blade = world.networks[0]!;
    const flag = await call('officer', 'GET', `/api/casework/persons/${blade.childRunner}/victim-flag`);
    assert.equal(flag.statusCode, 200);
    assert.equal(flag.json<{ victimOfExploitation: boolean }>().victimOfExploitation, true);
    const noFlag = await call('officer', 'GET', `/api/casework/persons/${blade.holder}/victim-flag`);
    assert.equal(noFlag.json<{ victimOfExploitation: boolean }>().victimOfExploitation, false);
    const [open] = await casesAbout(blade.childRunner);
    const refused = await call('officer', 'GET', `/api/casework/cases/${open?.id ?? ''}`);
    assert.equal(refused.statusCode, 403);
    assert.match(refused.headers['content-type'] ?? '', /problem\+json/);
    assert.equal(
      (await call('partner', 'GET', `/api/casework/persons/${blade.childRunner}/victim-flag`)).statusCode,
      403,
    );
  });

  test('a treatment referral needs consent and a treatment service; outcomes follow in date order', async () => {
    const person = world.networks[2]!.adultRunner;
    const referral = {
      name: 'Adult Example',
      dateOfBirth: '1990-05-01',
      personEntityId: person,
      organisationId: treatmentOrg,
      consent: true,
      consentOn: '2026-11-26',
    };
    const noConsent = await call('officer', 'POST', '/api/casework/treatment-referrals', {
      ...referral,
      consent: false,
    });
    assert.equal(noConsent.statusCode, 400);
    assert.match(noConsent.body, /cannot be made without their consent/);
    const notTreatment = await call('officer', 'POST', '/api/casework/treatment-referrals', {
      ...referral,
      organisationId: housingOrg,
    });
    assert.equal(notTreatment.statusCode, 400);
    assert.match(notTreatment.body, /drug treatment service/);
    assert.equal(await count('casework_treatment_referrals'), 0);
    assert.equal((await call('partner', 'POST', '/api/casework/treatment-referrals', referral)).statusCode, 403);

    const made = await call('officer', 'POST', '/api/casework/treatment-referrals', referral);
    assert.equal(made.statusCode, 201, made.body);
    const { id } = made.json<{ id: string }>();
    const outcome = (body: Record<string, unknown>) =>
      call('officer', 'POST', `/api/casework/treatment-referrals/${id}/outcomes`, body);
    assert.equal((await outcome({ outcome: 'assessed', on: '2026-11-26', expectedVersion: 1 })).statusCode, 204);
    staff.system.clock.advance(7 * 86_400_000);
    const stale = await outcome({ outcome: 'engaged', on: '2026-12-02', expectedVersion: 1 });
    assert.equal(stale.statusCode, 409);
    const backwards = await outcome({ outcome: 'engaged', on: '2026-11-25', expectedVersion: 2 });
    assert.equal(backwards.statusCode, 400);
    assert.equal(
      (await outcome({ outcome: 'engaged', on: '2026-12-02', note: 'Attending weekly', expectedVersion: 2 }))
        .statusCode,
      204,
    );
    const list = await call('officer', 'GET', '/api/casework/treatment-referrals');
    const [item] = list.json<{
      items: { status: string; organisationName: string; outcomes: { outcome: string; note: string | null }[] }[];
    }>().items;
    assert.equal(item?.status, 'engaged');
    assert.equal(item.organisationName, 'Example Recovery Service');
    assert.deepEqual(
      item.outcomes.map((o) => [o.outcome, o.note]),
      [
        ['assessed', null],
        ['engaged', 'Attending weekly'],
      ],
    );
    const services = await call('officer', 'GET', '/api/casework/treatment-services');
    assert.deepEqual(
      services.json<{ items: { name: string }[] }>().items.map((s) => s.name),
      ['Example Recovery Service'],
    );
  });

  test('diversion follows the configured rules; completing it records outcome 22 on the arrest', async () => {
    const arrests = staff.system.services.operations.arrests;
    const adult = world.networks[2]!.holder;
    const arrestFor = async (
      personEntityId: string,
      offence: 'mda_s5_2' | 'mda_s5_3',
      drug: 'cannabis' | 'cocaine',
    ) => {
      const { id } = await arrests.create(officer, {
        personEntityId,
        arrestedAt: '2026-12-03T09:00:00Z',
        place: 'Verulamium Park, St Albans',
        suspectedOffence: offence,
        childAtArrest: false,
      });
      await arrests.seize(officer, {
        arrestId: id,
        seizedAt: '2026-12-03T09:05:00Z',
        place: 'Verulamium Park, St Albans',
        items: [{ kind: 'drug', drug, form: drug === 'cannabis' ? 'herbal' : 'powder', quantity: 3, unit: 'g' }],
      });
      return id;
    };
    const classA = await arrestFor(adult, 'mda_s5_2', 'cocaine');
    const refusedA = await call('officer', 'POST', '/api/casework/diversions', {
      arrestId: classA,
      dateOfBirth: '1995-01-01',
    });
    assert.equal(refusedA.statusCode, 400);
    assert.match(refusedA.body, /Class A is outside the scheme/);
    const supply = await arrestFor(world.networks[1]!.holder, 'mda_s5_3', 'cannabis');
    const refusedSupply = await call('officer', 'POST', '/api/casework/diversions', {
      arrestId: supply,
      dateOfBirth: '1995-01-01',
    });
    assert.match(refusedSupply.body, /Supply, or intent to supply, is never diverted/);
    // The adult runner of network 2 was arrested for possession earlier: not a first offence.
    const repeat = await arrestFor(world.networks[1]!.adultRunner, 'mda_s5_2', 'cannabis');
    const refusedRepeat = await call('officer', 'POST', '/api/casework/diversions', {
      arrestId: repeat,
      dateOfBirth: '1995-01-01',
    });
    assert.match(refusedRepeat.body, /first possession offence/);
    assert.equal(await count('casework_diversions'), 0);

    const eligible = await arrestFor(world.networks[0]!.holder, 'mda_s5_2', 'cannabis');
    const offered = await call('officer', 'POST', '/api/casework/diversions', {
      arrestId: eligible,
      dateOfBirth: '1995-01-01',
    });
    assert.equal(offered.statusCode, 201, offered.body);
    const { id } = offered.json<{ id: string }>();
    const again = await call('officer', 'POST', '/api/casework/diversions', {
      arrestId: eligible,
      dateOfBirth: '1995-01-01',
    });
    assert.equal(again.statusCode, 409);
    const charges = await count('ops_charges');
    const stale = await call('officer', 'POST', `/api/casework/diversions/${id}/completion`, {
      completed: true,
      on: '2026-12-03',
      expectedVersion: 7,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(await count('ops_charges'), charges, 'nothing half-written');
    const done = await call('officer', 'POST', `/api/casework/diversions/${id}/completion`, {
      completed: true,
      on: '2026-12-03',
      expectedVersion: 1,
    });
    assert.equal(done.statusCode, 204, done.body);
    const arrest = await arrests.get(officer, eligible);
    assert.deepEqual(
      arrest.charges.map((c) => [c.offence, c.outcomeType, c.decidedOn]),
      [['mda_s5_2', 22, '2026-12-03']],
    );
    const list = await call('officer', 'GET', '/api/casework/diversions');
    const body = list.json<{
      rules: { drugClasses: string[] };
      items: { id: string; status: string; outcome22Recorded: boolean; personName: string }[];
    }>();
    assert.deepEqual(body.rules.drugClasses, ['B', 'C']);
    const finished = body.items.find((i) => i.id === id);
    assert.equal(finished?.status, 'completed');
    assert.equal(finished.outcome22Recorded, true);
    assert.equal(finished.personName, 'Marcus Vane');

    // At a stop, with no arrest: the officer records the facts; no outcome to record.
    const child = await call('officer', 'POST', '/api/casework/diversions', {
      stopReference: 'STOP-2026-0042',
      stopOn: '2026-12-03',
      name: 'Stop Example',
      dateOfBirth: '2010-01-01',
      drugClass: 'C',
    });
    assert.match(child.body, /aged 18 or over/);
    const stop = await call('officer', 'POST', '/api/casework/diversions', {
      stopReference: 'STOP-2026-0043',
      stopOn: '2026-12-03',
      name: 'Stop Example',
      dateOfBirth: '1999-01-01',
      drugClass: 'C',
    });
    assert.equal(stop.statusCode, 201, stop.body);
    const none = await call('officer', 'POST', '/api/casework/diversions', { name: 'No Link' });
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /Link the diversion to an arrest/);
    const actions = await staff.system.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', 'in', [id, eligible])
      .execute();
    for (const action of ['casework.diversion.offer', 'casework.diversion.finish', 'operations.arrest.charge']) {
      assert.ok(
        actions.some((a) => a.action === action),
        action,
      );
    }
    await assert.rejects(staff.system.services.casework.treatment.listDiversions(partner), isCode('forbidden'));
  });
});
