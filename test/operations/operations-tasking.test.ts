import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, testAdminActor, useStaffAppByHeader } from '../support/staff.ts';

// Tasking (issue 14): an operation groups targets, lines and addresses; tasks go to a team or an
// officer with a due date and come back with a result; the TT&CG agenda orders operations by
// their highest target priority and sorts tasks into overdue, due and reported back. Stale
// versions are refused with 409 and change nothing; partners see none of it.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const officer = testActor('officer-1', ['officer']);
const partner = testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' });
const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe('operations: tasking for the TT&CG', () => {
  const staff = useStaffAppByHeader({ analyst, officer, partner });
  let world: NetworkWorld;
  let lineId = '';
  let holderTarget = '';
  let runnerTarget = '';
  let teamId = '';
  let officerId = '';
  let partnerUserId = '';

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
    const targets = staff.system.services.operations.targets;
    ({ id: holderTarget } = await targets.create(analyst, {
      personEntityId: blade.holder,
      rationale: 'Holds the Blade line',
      reviewOn: '2026-12-24',
    }));
    ({ id: runnerTarget } = await targets.create(analyst, {
      personEntityId: blade.adultRunner,
      rationale: 'Runs for the Blade line',
      reviewOn: '2026-12-24',
    }));
    teamId = (await staff.system.services.teams.createTeam(testAdminActor, { name: 'Proactive team 2' })).id;
    const user = async (roles: ('officer' | 'partner_agency')[], partnerOrganisationId: string | null) =>
      (
        await staff.system.services.users.createUser(testAdminActor, {
          email: `${roles[0]!}-${String(Math.random()).slice(2, 8)}@example.police.uk`,
          displayName: roles[0] === 'officer' ? 'PC Example One' : 'Partner Example',
          roles,
          teamIds: [],
          partnerOrganisationId,
        })
      ).user.id;
    officerId = await user(['officer'], null);
    const org = await staff.system.services.teams.createPartnerOrganisation(testAdminActor, {
      name: 'Example Council',
      kind: 'childrens_social_care',
    });
    partnerUserId = await user(['partner_agency'], org.id);
  });

  const tasking = () => staff.system.services.operations.tasking;
  const taskCount = async () =>
    (
      await staff.system.database.db
        .selectFrom('ops_tasks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  test('an operation groups targets, a line and an address; tasks are recorded and reported back', async () => {
    const { id } = await tasking().create(analyst, {
      name: 'Operation Kestrel',
      objective: 'Disrupt the Blade line and safeguard its runners',
    });
    await tasking().addMember(analyst, id, { kind: 'target', targetId: runnerTarget, expectedVersion: 1 });
    await tasking().addMember(analyst, id, { kind: 'target', targetId: holderTarget, expectedVersion: 2 });
    await tasking().addMember(analyst, id, { kind: 'deal_line', dealLineId: lineId, expectedVersion: 3 });
    await tasking().addMember(analyst, id, {
      kind: 'address',
      address: 'Flat 1, 12 Example Road, St Albans',
      expectedVersion: 4,
    });
    // The same address again (any case) is refused; nothing changes.
    await assert.rejects(
      tasking().addMember(analyst, id, {
        kind: 'address',
        address: 'flat 1, 12 example road, st albans',
        expectedVersion: 5,
      }),
      isCode('conflict'),
    );
    const { id: taskId } = await tasking().addTask(analyst, id, {
      title: 'Observations on the flat',
      detail: 'Two evenings of observations on the flat before the warrant',
      assigneeKind: 'team',
      assigneeId: teamId,
      dueOn: '2026-12-01',
      expectedVersion: 5,
    });
    await tasking().addTask(analyst, id, {
      title: 'Check the runner’s school attendance',
      detail: 'Ask the school liaison officer',
      assigneeKind: 'officer',
      assigneeId: officerId,
      dueOn: '2026-12-20',
      expectedVersion: 6,
    });
    const view = await tasking().get(officer, id);
    assert.deepEqual(
      view.targets.map((t) => t.id),
      [holderTarget, runnerTarget],
      'targets in priority order, the line holder first',
    );
    assert.ok(view.targets[0]!.score > view.targets[1]!.score);
    assert.deepEqual(view.dealLines, [{ id: lineId, brandName: 'the Blade line', status: 'confirmed' }]);
    assert.deepEqual(view.addresses, ['Flat 1, 12 Example Road, St Albans']);
    assert.deepEqual(
      view.tasks.map((t) => [t.title, t.assignee.name]),
      [
        ['Observations on the flat', 'Proactive team 2'],
        ['Check the runner’s school attendance', 'PC Example One'],
      ],
    );
    assert.equal(view.version, 7);

    // An officer records the result; a second result at the old version is refused.
    await tasking().recordResult(officer, taskId, {
      status: 'done',
      result: 'Callers seen at the flat on both evenings',
      expectedVersion: 1,
    });
    await assert.rejects(
      tasking().recordResult(officer, taskId, { status: 'cancelled', result: 'Again', expectedVersion: 1 }),
      isCode('conflict'),
    );
    const after = await tasking().get(analyst, id);
    assert.equal(after.tasks[0]!.status, 'done');
    assert.equal(after.tasks[0]!.result, 'Callers seen at the flat on both evenings');
  });

  test('the agenda orders operations by their top target and sorts tasks for the meeting', async () => {
    const { id: quiet } = await tasking().create(analyst, {
      name: 'Operation Heron',
      objective: 'Watch a runner who may be exploited',
    });
    await tasking().addMember(analyst, quiet, { kind: 'target', targetId: runnerTarget, expectedVersion: 1 });
    const agenda = await tasking().agenda(officer, '2026-12-10');
    assert.deepEqual(
      agenda.operations.map((o) => o.name),
      ['Operation Kestrel', 'Operation Heron'],
    );
    assert.equal(agenda.since, '2026-11-26');
    assert.equal(agenda.nextMeetingOn, '2026-12-24');
    assert.equal(agenda.marking.handlingCode, 'C');
    const kestrel = agenda.operations[0]!;
    assert.deepEqual(
      kestrel.tasks.map((t) => [t.title, t.section]),
      [
        ['Observations on the flat', 'reported'],
        ['Check the runner’s school attendance', 'due'],
      ],
    );
    const later = await tasking().agenda(officer, '2026-12-22');
    assert.deepEqual(
      later.operations[0]!.tasks.map((t) => [t.title, t.section]),
      [['Check the runner’s school attendance', 'overdue']],
    );
  });

  test('bad input changes nothing: stale version, unknown or partner assignee, past due date', async () => {
    const [kestrel] = (await tasking().list(analyst)).filter((o) => o.name === 'Operation Kestrel');
    assert.ok(kestrel);
    const before = await taskCount();
    const task = {
      title: 'Arrest enquiries',
      detail: 'Locate and arrest the line holder',
      assigneeKind: 'officer' as const,
      assigneeId: officerId,
      dueOn: '2026-12-05',
      expectedVersion: kestrel.version,
    };
    await assert.rejects(tasking().addTask(analyst, kestrel.id, { ...task, expectedVersion: 1 }), isCode('conflict'));
    await assert.rejects(
      tasking().addTask(analyst, kestrel.id, { ...task, assigneeId: partnerUserId }),
      isCode('validation_failed'),
    );
    await assert.rejects(
      tasking().addTask(analyst, kestrel.id, { ...task, assigneeKind: 'team', assigneeId: officerId }),
      isCode('validation_failed'),
    );
    await assert.rejects(
      tasking().addTask(analyst, kestrel.id, { ...task, dueOn: '2026-11-01' }),
      isCode('validation_failed'),
    );
    await assert.rejects(
      tasking().create(analyst, { name: 'operation kestrel', objective: 'A duplicate name' }),
      isCode('validation_failed'),
    );
    assert.equal(await taskCount(), before);
    assert.equal((await tasking().get(analyst, kestrel.id)).version, kestrel.version);
  });

  test('over HTTP: 409 problem+json for a stale version, 400 for bad input, partners refused', async () => {
    const [kestrel] = (await tasking().list(analyst)).filter((o) => o.name === 'Operation Kestrel');
    assert.ok(kestrel);
    const stale = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/operations/${kestrel.id}/members`,
      headers: { 'x-test-actor': 'analyst' },
      payload: { kind: 'address', address: '3 Other Street, Hatfield', expectedVersion: 1 },
    });
    assert.equal(stale.statusCode, 409);
    assert.match(String(stale.headers['content-type']), /application\/problem\+json/);
    const bad = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/operations/${kestrel.id}/tasks`,
      headers: { 'x-test-actor': 'analyst' },
      payload: { title: 'x', assigneeKind: 'nobody', expectedVersion: kestrel.version },
    });
    assert.equal(bad.statusCode, 400);
    const body = bad.json<{ errors?: { field: string }[] }>();
    assert.ok(body.errors?.some((e) => e.field === 'assigneeKind'));
    for (const url of [
      '/api/operations/operations',
      '/api/operations/tasking/agenda',
      `/api/operations/operations/${kestrel.id}`,
    ]) {
      const refused = await staff.app.inject({ method: 'GET', url, headers: { 'x-test-actor': 'partner' } });
      assert.equal(refused.statusCode, 403, url);
    }
    const officerCreates = await staff.app.inject({
      method: 'POST',
      url: '/api/operations/operations',
      headers: { 'x-test-actor': 'officer' },
      payload: { name: 'Operation Wren', objective: 'Not for officers to open' },
    });
    assert.equal(officerCreates.statusCode, 403);
    const agenda = await staff.app.inject({
      method: 'GET',
      url: '/api/operations/tasking/agenda?meetingOn=2026-12-10',
      headers: { 'x-test-actor': 'officer' },
    });
    assert.equal(agenda.statusCode, 200);
    assert.equal(agenda.json<{ operations: unknown[] }>().operations.length, 2);
  });

  test('every read and change is audited', async () => {
    const actions = (
      await staff.system.database.db
        .selectFrom('audit_events')
        .select('action')
        .where('action', 'like', 'operations.%')
        .execute()
    ).map((r) => r.action);
    for (const action of [
      'operations.operation.create',
      'operations.operation.add_member',
      'operations.operation.read',
      'operations.task.create',
      'operations.task.result',
      'operations.tasking.agenda',
    ]) {
      assert.ok(actions.includes(action), action);
    }
  });
});
