import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import type { Role } from '../../src/modules/access/index.ts';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { signInTestActorsByHeader, testActor, testAdminActor } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 12, the desk: assignment (to me, to a named analyst, unassign) with an "assigned to"
// filter, "being looked at by" claims that expire, bulk actions that are all-or-nothing and
// audited, and the ward filter (streets and sectors filed under 2013 wards at build time).

type Person = { id: string; name: string; isMe?: boolean };
type Item = { id: string; status: string; assignee: Person | null; duplicateOf: string | null; viewers: Person[] };
type Page = { total: number; items: Item[] };

describe('the desk: assignment, viewers, bulk actions and the ward filter', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  const ids: string[] = [];
  const staff: Record<string, string> = {};

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    const make = async (name: string, roles: Role[]) => {
      const { user } = await system.services.users.createUser(testAdminActor, {
        email: `${name}@example.police.uk`,
        displayName: `Analyst ${name}`,
        roles,
        teamIds: [],
        partnerOrganisationId: null,
      });
      staff[name] = user.id;
    };
    await make('ash', ['intelligence_analyst']);
    await make('bay', ['intelligence_analyst']);
    await make('sup', ['intelligence_supervisor']);
    await make('cop', ['officer']);
    signInTestActorsByHeader(app, {
      ash: testActor(staff.ash ?? '', ['intelligence_analyst'], { displayName: 'Analyst ash' }),
      bay: testActor(staff.bay ?? '', ['intelligence_analyst'], { displayName: 'Analyst bay' }),
      cop: testActor(staff.cop ?? '', ['officer']),
    });
    // Hatfield Road is filed under St Peters; Marshalswick Lane under a Marshalswick ward;
    // AL3 6's centroid lies in Redbourn.
    const reports = [
      { street: 'Hatfield Road', details: 'Cars stop outside every evening for a minute' },
      { street: 'Marshalswick Lane', details: 'Young lads collecting parcels from a car' },
      { street: undefined, details: 'A flat where people come and go at all hours', postcode: 'AL3 6' },
      { street: undefined, details: 'Runners on bikes near the station' },
    ];
    for (const report of reports) {
      ids.push(
        await recordWebReport(system.services, {
          about: { categories: ['dealing_place'] },
          where: {
            notAboutAPlace: false,
            ...(report.street ? { street: report.street } : {}),
            ...(report.postcode ? { postcode: `${report.postcode}AB` } : {}),
          },
          'anything-else': { details: report.details },
        }),
      );
      system.clock.advance(86_400_000);
    }
    await processWaitingReports({ ...system.services, thresholds: defaultThresholds });
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, actor = 'ash', payload?: unknown) =>
    app.inject({ method, url, headers: { 'x-test-actor': actor }, ...(payload ? { payload } : {}) });
  const page = async (query: string, actor = 'ash') => {
    const response = await call('GET', `/api/inbox${query}`, actor);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<Page>();
  };
  const bulk = (payload: unknown, actor = 'ash') => call('POST', '/api/inbox/bulk', actor, payload);
  const at = (i: number) => ids[i] ?? '';

  test('the analysts to assign to are the active staff who may triage, by name', async () => {
    const response = await call('GET', '/api/inbox/assignees');
    assert.equal(response.statusCode, 200);
    const assignees = response.json<{ assignees: Person[] }>().assignees;
    assert.deepEqual(
      assignees.map((a) => [a.name, a.isMe]),
      [
        ['Analyst ash', true],
        ['Analyst bay', false],
        ['Analyst sup', false],
      ],
    );
  });

  test('assign to me and to a named analyst, filter by assignee, then unassign', async () => {
    assert.equal((await bulk({ action: 'assign', reportIds: [at(0)], assigneeId: staff.ash })).statusCode, 200);
    assert.equal((await bulk({ action: 'assign', reportIds: [at(1), at(2)], assigneeId: staff.bay })).statusCode, 200);
    const mine = await page('?assigned=me');
    assert.deepEqual(
      mine.items.map((i) => i.id),
      [at(0)],
    );
    assert.deepEqual(mine.items[0]?.assignee, { id: staff.ash, name: 'Analyst ash', isMe: true });
    assert.equal((await page(`?assigned=${staff.bay ?? ''}`)).total, 2);
    assert.deepEqual(
      (await page('?assigned=unassigned')).items.map((i) => i.id),
      [at(3)],
    );
    assert.equal((await bulk({ action: 'unassign', reportIds: [at(2)] }, 'bay')).statusCode, 200);
    assert.equal((await page('?assigned=unassigned')).total, 2);
    const desk = await call('GET', `/api/reports/${at(1)}/desk`);
    assert.equal(desk.json<{ assignee: Person }>().assignee.name, 'Analyst bay');
  });

  test('assigning to someone who may not triage, or a bad assignee filter, is refused with a field error', async () => {
    const refused = await bulk({ action: 'assign', reportIds: [at(3)], assigneeId: staff.cop });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(
      refused.json<{ errors: { field: string }[] }>().errors.map((e) => e.field),
      ['assigneeId'],
    );
    assert.equal((await call('GET', '/api/inbox?assigned=someone')).statusCode, 400);
    assert.equal((await page('?assigned=unassigned')).total, 2, 'nothing was assigned');
  });

  test('a bulk action naming a missing report changes nothing at all', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const response = await bulk({ action: 'archive', reportIds: [at(3), missing], reason: 'No drugs involved' });
    assert.equal(response.statusCode, 404);
    const still = await page('?assigned=unassigned');
    assert.ok(
      still.items.some((i) => i.id === at(3)),
      'the real report was not archived',
    );
    assert.equal((await bulk({ action: 'archive', reportIds: [at(3)], reason: 'no' })).statusCode, 400);
    assert.equal((await bulk({ action: 'explode', reportIds: [at(3)] })).statusCode, 400);
    assert.equal((await bulk({ action: 'unassign', reportIds: [] })).statusCode, 400);
    assert.equal((await bulk({ action: 'unassign', reportIds: [at(3)] }, 'cop')).statusCode, 403);
  });

  test('mark duplicates of a chosen report and archive with a reason: closed, recorded, audited', async () => {
    const self = await bulk({ action: 'duplicate', reportIds: [at(2), at(3)], duplicateOf: at(2) });
    assert.equal(self.statusCode, 400);
    const duplicate = await bulk({ action: 'duplicate', reportIds: [at(3)], duplicateOf: at(2) });
    assert.equal(duplicate.statusCode, 200, duplicate.body);
    const closed = await page('?status=closed');
    assert.deepEqual(
      closed.items.map((i) => [i.id, i.duplicateOf]),
      [[at(3), at(2)]],
    );
    assert.equal(
      (await bulk({ action: 'archive', reportIds: [at(1)], reason: 'Already known to the team' })).statusCode,
      200,
    );
    assert.equal((await page('?status=closed')).total, 2);
    const events = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'reason'])
      .where('action', 'in', ['report.assign', 'report.duplicate', 'report.archive', 'report.unassign'])
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((e) => [e.action, e.subject_id]),
      [
        ['report.assign', at(0)],
        ['report.assign', at(1)],
        ['report.assign', at(2)],
        ['report.unassign', at(2)],
        ['report.duplicate', at(3)],
        ['report.archive', at(1)],
      ],
    );
    assert.equal(events.at(-1)?.reason, 'Already known to the team');
  });

  test('"being looked at by": a claim shows to others, in the inbox, until released or stale', async () => {
    assert.deepEqual((await call('POST', `/api/reports/${at(0)}/viewing`, 'bay')).json(), { viewers: [] });
    const seen = await call('POST', `/api/reports/${at(0)}/viewing`, 'ash');
    assert.deepEqual(seen.json(), { viewers: [{ id: staff.bay, name: 'Analyst bay' }] });
    const row = (await page('')).items.find((i) => i.id === at(0));
    assert.deepEqual(
      row?.viewers.map((v) => v.name),
      ['Analyst bay', 'Analyst ash'],
    );
    assert.equal((await call('DELETE', `/api/reports/${at(0)}/viewing`, 'bay')).statusCode, 204);
    assert.deepEqual((await call('POST', `/api/reports/${at(0)}/viewing`, 'ash')).json(), { viewers: [] });
    await call('POST', `/api/reports/${at(0)}/viewing`, 'bay');
    system.clock.advance(4 * 60_000);
    assert.deepEqual((await call('POST', `/api/reports/${at(0)}/viewing`, 'ash')).json(), { viewers: [] }, 'stale');
    assert.equal((await call('POST', `/api/reports/${at(0)}/viewing`, 'cop')).statusCode, 403);
  });

  test('the ward filter finds reports naming a street in the ward, or in a sector whose centre is in it', async () => {
    const wards = (await call('GET', '/api/inbox/wards')).json<{ wards: { code: string; name: string }[] }>().wards;
    assert.equal(wards.length, 20);
    const code = (name: string) => wards.find((w) => w.name === name)?.code ?? '';
    const stPeters = await page(`?ward=${code('St Peters')}`);
    assert.deepEqual(
      stPeters.items.map((i) => i.id),
      [at(0)],
    );
    const redbourn = await page(`?ward=${code('Redbourn')}&status=received,under_review,closed`);
    assert.deepEqual(
      redbourn.items.map((i) => i.id),
      [at(2)],
    );
    assert.equal((await page(`?ward=${code('Harpenden West')}`)).total, 0);
    assert.equal((await call('GET', '/api/inbox?ward=E05999999')).statusCode, 400);
    assert.equal((await call('GET', '/api/inbox?ward=nowhere')).statusCode, 400);
  });
});
