import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { recordWebReport } from '../support/reports.ts';
import { signInTestActorsByHeader, testActor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Safeguarding casework (issue 15, items 1 and 2) through the staff API: a case opened from a
// report, a second concern joining it, need-to-know by team, stale versions refused, bad
// input changing nothing, every read audited, and the clocks moving with an injected clock
// across a weekend. The test clock starts on Thursday 26 November 2026, 10:00 UTC.

type CaseAnswer = {
  id: string;
  version: number;
  joined?: boolean;
  subjectName: string;
  concerns: { source: string; summary: string }[];
  clocks: { key: string; dueOn: string; state: string }[];
  overdueClocks: string[];
  actions: { id: string; ownerAgency: string; dueOn: string; status: string; overdue: boolean }[];
  discussions: { attendees: { name: string }[]; decisions: string }[];
};

describe('safeguarding casework', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let reportId = '';
  let teamA = '';
  let teamB = '';
  const hour = 60 * 60 * 1000;

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    teamA = (await system.services.teams.createTeam(testAdminActor, { name: 'Halo (north)' })).id;
    teamB = (await system.services.teams.createTeam(testAdminActor, { name: 'Halo (south)' })).id;
    signInTestActorsByHeader(app, {
      lead: testActor('lead-1', ['safeguarding_lead'], { teamIds: [teamA] }),
      otherLead: testActor('lead-2', ['safeguarding_lead'], { teamIds: [teamB] }),
      officer: testActor('officer-1', ['officer']),
      analyst: testActor('analyst-1', ['intelligence_analyst']),
      partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
    });
    reportId = await recordWebReport(system.services, {
      about: { categories: ['young_person'] },
      who: { childInvolved: 'yes', vulnerableAdultInvolved: 'no', people: [] },
      'anything-else': { details: 'A boy of about 14 is sent to a flat with bags' },
    } as never);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  const call = (actor: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { 'x-test-actor': actor },
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });
  const read = async (actor: string, id: string) => {
    const response = await call(actor, 'GET', `/api/casework/cases/${id}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<CaseAnswer>();
  };
  const count = async (table: 'casework_cases' | 'casework_concerns' | 'casework_actions') =>
    Number(
      (
        await system.services.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  let caseId = '';

  test('a case opens from a report about a child; a later concern about the same child joins it', async () => {
    const opened = await call('lead', 'POST', '/api/casework/cases', {
      subjectKind: 'child',
      subject: { name: 'Child A Example', dateOfBirth: '2012-05-01' },
      source: 'report',
      sourceId: reportId,
      summary: 'Seen carrying bags to a flat on Hatfield Road',
      teamId: teamA,
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const created = opened.json<CaseAnswer>();
    caseId = created.id;
    assert.equal(created.joined, false);
    assert.equal(created.subjectName, 'Child A Example');
    // Received Thursday 26 November: the decision is due Friday 27th.
    assert.deepEqual(
      created.clocks.map((c) => [c.key, c.dueOn, c.state]),
      [['referral_decision', '2026-11-27', 'running']],
    );

    const again = await call('lead', 'POST', '/api/casework/cases', {
      subjectKind: 'child',
      subject: { name: '  child a   EXAMPLE ', dateOfBirth: '2012-05-01' },
      source: 'manual',
      summary: 'School reports him missing twice this week',
    });
    assert.equal(again.statusCode, 200, again.body);
    const joined = again.json<CaseAnswer>();
    assert.equal(joined.id, caseId);
    assert.equal(joined.joined, true);
    assert.deepEqual(
      joined.concerns.map((c) => c.source),
      ['report', 'manual'],
    );
    assert.equal(await count('casework_cases'), 1);

    // The name is sealed at rest: it is not in the table in clear.
    const raw = await system.services.db
      .selectFrom('casework_cases')
      .select('subject_sealed')
      .executeTakeFirstOrThrow();
    assert.ok(!Buffer.from(raw.subject_sealed).toString('utf8').includes('Example'));
  });

  test('bad input is refused with the field named, and nothing is written', async () => {
    const before = await count('casework_cases');
    const notAConcern = await recordWebReport(system.services, { about: { categories: ['dealing_place'] } } as never);
    const cases = [
      { source: 'report', sourceId: notAConcern, field: 'sourceId' },
      { source: 'alert', sourceId: '00000000-0000-4000-8000-000000000009', field: 'sourceId' },
      { source: 'manual', receivedAt: '2027-01-01T00:00:00Z', field: 'receivedAt' },
      { source: 'manual', teamId: teamB, field: 'teamId' },
    ];
    for (const { field, ...extra } of cases) {
      const response = await call('lead', 'POST', '/api/casework/cases', {
        subjectKind: 'child',
        subject: { name: 'Child B Example' },
        summary: 'Concern from the test',
        ...extra,
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.deepEqual(
        response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field),
        [field],
      );
    }
    assert.equal(await count('casework_cases'), before);
  });

  test('need-to-know: another team’s lead, officers, analysts and partners cannot read the case', async () => {
    assert.equal((await call('otherLead', 'GET', `/api/casework/cases/${caseId}`)).statusCode, 404);
    const list = (await call('otherLead', 'GET', '/api/casework/cases')).json<{ items: { id: string }[] }>();
    assert.ok(!list.items.some((item) => item.id === caseId));
    for (const actor of ['officer', 'analyst', 'partner']) {
      assert.equal((await call(actor, 'GET', `/api/casework/cases/${caseId}`)).statusCode, 403, actor);
    }
    // The other team's lead cannot open a second case for the same child either.
    const clash = await call('otherLead', 'POST', '/api/casework/cases', {
      subjectKind: 'child',
      subject: { name: 'Child A Example', dateOfBirth: '2012-05-01' },
      source: 'manual',
      summary: 'A concern from the south',
    });
    assert.equal(clash.statusCode, 409);
  });

  test('the decision clock goes overdue over the weekend and is escalated on the list', async () => {
    system.clock.advance(4 * 24 * hour); // Monday 30 November
    const list = (await call('lead', 'GET', '/api/casework/cases')).json<{
      items: { id: string; overdueClocks: string[] }[];
    }>();
    assert.deepEqual(list.items.find((item) => item.id === caseId)?.overdueClocks, [
      'Decide on the referral (1 working day)',
    ]);
  });

  test('a stale version is refused with 409 and changes nothing; the current one records the decision', async () => {
    const current = await read('lead', caseId);
    const stale = await call('lead', 'POST', `/api/casework/cases/${caseId}/decision`, {
      decision: 's47',
      strategyDiscussion: true,
      expectedVersion: current.version - 1,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal((await read('lead', caseId)).version, current.version);

    const decided = await call('lead', 'POST', `/api/casework/cases/${caseId}/decision`, {
      decision: 's47',
      strategyDiscussion: true,
      expectedVersion: current.version,
    });
    assert.equal(decided.statusCode, 204, decided.body);
    const after = await read('lead', caseId);
    assert.deepEqual(
      after.clocks.map((c) => [c.key, c.state]),
      [
        ['referral_decision', 'met_late'],
        ['strategy_discussion', 'running'],
        ['assessment', 'running'],
      ],
    );
  });

  test('a strategy discussion with an action due before the referral is refused whole', async () => {
    const actionsBefore = await count('casework_actions');
    const discussion = {
      heldAt: '2026-11-30T09:00:00Z',
      conferenceNeeded: true,
      attendees: [
        { name: 'Social worker A', agency: 'childrens_social_care', role: 'Social worker' },
        { name: 'DC B', agency: 'police', role: 'Halo team' },
      ],
      informationShared: 'Missing episodes; seen at a known address',
      decisions: 'Section 47 enquiry; disruption of the address',
    };
    const bad = await call('lead', 'POST', `/api/casework/cases/${caseId}/discussions`, {
      ...discussion,
      actions: [
        { ownerAgency: 'police', description: 'Visit the address', dueOn: '2026-12-02' },
        { ownerAgency: 'education', description: 'Check attendance', dueOn: '2026-11-20' },
      ],
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json<{ errors: { field: string; message: string }[] }>().errors, [
      { field: 'actions.1.dueOn', message: 'The due date cannot be before the referral arrived' },
    ]);
    const unknownAgency = await call('lead', 'POST', `/api/casework/cases/${caseId}/discussions`, {
      ...discussion,
      actions: [{ ownerAgency: 'mi5', description: 'Visit the address', dueOn: '2026-12-02' }],
    });
    assert.equal(unknownAgency.statusCode, 400);
    assert.equal(await count('casework_actions'), actionsBefore);
    assert.equal((await read('lead', caseId)).discussions.length, 0);

    const good = await call('lead', 'POST', `/api/casework/cases/${caseId}/discussions`, {
      ...discussion,
      actions: [{ ownerAgency: 'police', description: 'Visit the address', dueOn: '2026-12-02' }],
    });
    assert.equal(good.statusCode, 201, good.body);
    const after = await read('lead', caseId);
    assert.equal(after.discussions[0]?.decisions, 'Section 47 enquiry; disruption of the address');
    assert.deepEqual(
      after.clocks.map((c) => [c.key, c.dueOn, c.state]),
      [
        ['referral_decision', '2026-11-27', 'met_late'],
        ['strategy_discussion', '2026-12-01', 'met'],
        ['conference', '2026-12-21', 'running'],
        ['assessment', '2027-02-02', 'running'],
      ],
    );
    system.clock.advance(3 * 24 * hour); // Thursday 3 December
    const later = await read('lead', caseId);
    const action = later.actions[0];
    assert.equal(action?.overdue, true);
    const done = await call('lead', 'POST', `/api/casework/cases/${caseId}/actions/${action.id}/done`, {
      doneOn: '2026-12-03',
    });
    assert.equal(done.statusCode, 204, done.body);
    assert.equal((await read('lead', caseId)).actions[0]?.status, 'done');
  });

  test('officers see a victim-of-exploitation flag on a person, never the case', async () => {
    const flag = await call('officer', 'GET', '/api/casework/persons/00000000-0000-4000-8000-000000000001/victim-flag');
    assert.equal(flag.statusCode, 200);
    assert.deepEqual(flag.json(), {
      personEntityId: '00000000-0000-4000-8000-000000000001',
      victimOfExploitation: false,
    });
    assert.equal(
      (await call('partner', 'GET', '/api/casework/persons/00000000-0000-4000-8000-000000000001/victim-flag'))
        .statusCode,
      403,
    );
  });

  test('every read of a case, and every refusal, is in the audit trail', async () => {
    const events = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'subject_id'])
      .where('action', 'like', 'casework.%')
      .execute();
    const reads = events.filter((e) => e.action === 'casework.case.read' && e.subject_id === caseId);
    assert.ok(reads.length >= 5);
    assert.ok(events.some((e) => e.action === 'casework.case.open'));
    assert.ok(events.some((e) => e.action === 'casework.concern.join'));
    assert.ok(events.some((e) => e.action === 'casework.case.decide'));
    assert.ok(events.some((e) => e.action === 'casework.discussion.create'));
    const denied = await system.services.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('action', '=', 'access.denied')
      .where('actor_id', 'in', ['officer-1', 'analyst-1', 'partner-1'])
      .execute();
    assert.ok(denied.length >= 3);
  });
});
