import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { signInTestActorsByHeader, testActor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Partner tasks (issue 15): the lead refers a task to a partner organisation; that
// organisation's users see it, with only the case fields its information-sharing agreement
// names, and record action notes and the outcome; another organisation's users never see it;
// the referring lead sees the outcome. Bad input and stale versions change nothing.

type PartnerView = {
  id: string;
  status: string;
  outcome: string | null;
  notes: { note: string }[];
  sharedFields: string[];
  shared: Record<string, unknown>;
  version: number;
  caseId?: string;
};

describe('casework: partner tasks and information-sharing agreements', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let caseId = '';
  let taskId = '';
  let orgA = '';
  let orgB = '';

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    orgA = (
      await system.services.teams.createPartnerOrganisation(testAdminActor, {
        name: 'Example Youth Service',
        kind: 'youth_justice',
      })
    ).id;
    orgB = (
      await system.services.teams.createPartnerOrganisation(testAdminActor, {
        name: 'Example Housing',
        kind: 'housing',
      })
    ).id;
    signInTestActorsByHeader(app, {
      lead: testActor('lead-1', ['safeguarding_lead']),
      admin: testActor('admin-1', ['administrator']),
      partnerA: testActor('partner-a', ['partner_agency'], { partnerOrganisationId: orgA }),
      partnerB: testActor('partner-b', ['partner_agency'], { partnerOrganisationId: orgB }),
      officer: testActor('officer-1', ['officer']),
    });
    const opened = await app.inject({
      method: 'POST',
      url: '/api/casework/cases',
      headers: { 'x-test-actor': 'lead' },
      payload: {
        subjectKind: 'child',
        subject: { name: 'Child V Example', dateOfBirth: '2011-04-02' },
        source: 'manual',
        summary: 'Seen carrying for an older group at the station',
      },
    });
    caseId = opened.json<{ id: string }>().id;
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  const call = (actor: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    app.inject({ method, url, headers: { 'x-test-actor': actor }, ...(payload ? { payload } : {}) });
  const taskCount = async () =>
    Number(
      (
        await system.services.db
          .selectFrom('casework_partner_tasks')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('a referral refuses a due date before it and an unknown organisation, and changes nothing', async () => {
    const early = await call('lead', 'POST', `/api/casework/cases/${caseId}/partner-tasks`, {
      organisationId: orgA,
      description: 'Youth worker to visit and offer diversionary activity',
      dueOn: '2026-11-20',
    });
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /The due date cannot be before the referral/);
    const unknown = await call('lead', 'POST', `/api/casework/cases/${caseId}/partner-tasks`, {
      organisationId: '00000000-0000-4000-8000-000000000009',
      description: 'Youth worker to visit',
      dueOn: '2026-12-03',
    });
    assert.equal(unknown.statusCode, 400);
    assert.equal(await taskCount(), 0);
    const made = await call('lead', 'POST', `/api/casework/cases/${caseId}/partner-tasks`, {
      organisationId: orgA,
      description: 'Youth worker to visit and offer diversionary activity',
      dueOn: '2026-12-03',
    });
    assert.equal(made.statusCode, 201, made.body);
    taskId = made.json<{ id: string }>().id;
    assert.equal(
      (
        await call('officer', 'POST', `/api/casework/cases/${caseId}/partner-tasks`, {
          organisationId: orgA,
          description: 'Not the officer’s to send',
          dueOn: '2026-12-03',
        })
      ).statusCode,
      403,
    );
  });

  test('only the assigned organisation sees the task, with only the agreed case fields', async () => {
    const listA = (await call('partnerA', 'GET', '/api/casework/partner-tasks')).json<{ items: PartnerView[] }>();
    assert.deepEqual(
      listA.items.map((i) => i.id),
      [taskId],
    );
    assert.equal(listA.items[0]?.caseId, undefined);
    const listB = (await call('partnerB', 'GET', '/api/casework/partner-tasks')).json<{ items: PartnerView[] }>();
    assert.deepEqual(listB.items, []);
    assert.equal((await call('partnerB', 'GET', `/api/casework/partner-tasks/${taskId}`)).statusCode, 404);
    const actB = await call('partnerB', 'POST', `/api/casework/partner-tasks/${taskId}/actions`, {
      note: 'Trying another organisation’s task',
      expectedVersion: 1,
    });
    assert.equal(actB.statusCode, 404);

    // No agreement yet: the task alone.
    const bare = (await call('partnerA', 'GET', `/api/casework/partner-tasks/${taskId}`)).json<PartnerView>();
    assert.deepEqual(bare.shared, {});
    assert.doesNotMatch(JSON.stringify(bare), /Child V Example|2011-04-02|older group/);

    // The lead may not be the only one: an administrator records the agreement too; a partner may not.
    assert.equal(
      (
        await call('partnerA', 'POST', `/api/casework/sharing-agreements/${orgA}`, {
          reference: 'HSCP ISA October 2024',
          fields: ['subject_name', 'concerns', 'date_of_birth'],
          expectedVersion: 0,
        })
      ).statusCode,
      403,
    );
    const agreed = await call('admin', 'POST', `/api/casework/sharing-agreements/${orgA}`, {
      reference: 'HSCP ISA October 2024',
      fields: ['subject_name', 'risk_level'],
      expectedVersion: 0,
    });
    assert.equal(agreed.statusCode, 204, agreed.body);
    const stale = await call('lead', 'POST', `/api/casework/sharing-agreements/${orgA}`, {
      reference: 'HSCP ISA October 2024',
      fields: ['subject_name', 'risk_level', 'concerns'],
      expectedVersion: 0,
    });
    assert.equal(stale.statusCode, 409);
    const view = (await call('partnerA', 'GET', `/api/casework/partner-tasks/${taskId}`)).json<PartnerView>();
    assert.deepEqual(view.shared, { subjectName: 'Child V Example', riskLevel: null });
    assert.doesNotMatch(JSON.stringify(view), /2011-04-02|older group/);
  });

  test('the partner records actions and the outcome; the referring lead sees it', async () => {
    const accepted = await call('partnerA', 'POST', `/api/casework/partner-tasks/${taskId}/actions`, {
      note: 'Called the family; visit booked',
      status: 'accepted',
      expectedVersion: 1,
    });
    assert.equal(accepted.statusCode, 204, accepted.body);
    const stale = await call('partnerA', 'POST', `/api/casework/partner-tasks/${taskId}/actions`, {
      note: 'A stale note',
      expectedVersion: 1,
    });
    assert.equal(stale.statusCode, 409);
    const noOutcome = await call('partnerA', 'POST', `/api/casework/partner-tasks/${taskId}/actions`, {
      status: 'done',
      expectedVersion: 2,
    });
    assert.equal(noOutcome.statusCode, 400);
    assert.match(noOutcome.body, /Record the outcome/);
    const done = await call('partnerA', 'POST', `/api/casework/partner-tasks/${taskId}/actions`, {
      note: 'Visited; joined the boxing club',
      status: 'done',
      outcome: 'Engaged with the youth service weekly',
      expectedVersion: 2,
    });
    assert.equal(done.statusCode, 204, done.body);
    const again = await call('partnerA', 'POST', `/api/casework/partner-tasks/${taskId}/actions`, {
      note: 'After the end',
      expectedVersion: 3,
    });
    assert.equal(again.statusCode, 409);

    const referred = (await call('lead', 'GET', '/api/casework/partner-tasks/referred')).json<{
      items: PartnerView[];
    }>();
    const first = referred.items[0];
    assert.ok(first);
    assert.equal(first.outcome, 'Engaged with the youth service weekly');
    assert.equal(first.status, 'done');
    const onCase = (await call('lead', 'GET', `/api/casework/cases/${caseId}/partner-tasks`)).json<{
      items: PartnerView[];
    }>();
    assert.deepEqual(
      onCase.items[0]?.notes.map((n) => n.note),
      ['Called the family; visit booked', 'Visited; joined the boxing club'],
    );
    const events = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('action', 'like', 'casework.partner_task.%')
      .execute();
    assert.ok(events.some((e) => e.action === 'casework.partner_task.read' && e.actor_id === 'partner-a'));
    assert.ok(events.some((e) => e.action === 'casework.partner_task.refused' && e.actor_id === 'partner-b'));
  });
});
