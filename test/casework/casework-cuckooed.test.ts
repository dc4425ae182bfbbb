import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { actionDateProblem, reviewOverdue } from '../../src/modules/casework/cuckooed.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// The cuckooed-address register (issue 15): entries with their cuckooing types, actions whose
// dates must come in order (closure notice, then closure order, then its end), a review date
// that becomes overdue, paging, stale versions refused, bad input changing nothing, every read
// audited, and only the safeguarding lead may change it. The test clock starts on Thursday
// 26 November 2026.

type Entry = {
  id: string;
  address: string;
  status: string;
  reviewOn: string;
  reviewOverdue: boolean;
  closureNoticeOn: string | null;
  closureOrderOn: string | null;
  closureOrderUntil: string | null;
  actions: { kind: string; takenOn: string; note: string | null }[];
  version: number;
};

describe('casework: the cuckooed-address register', () => {
  const staff = useStaffAppByHeader({
    lead: testActor('lead-1', ['safeguarding_lead']),
    officer: testActor('officer-1', ['officer']),
  });

  const post = (url: string, payload: Record<string, unknown>, actor = 'lead') =>
    staff.app.inject({ method: 'POST', url, headers: { 'x-test-actor': actor }, payload });
  const get = (url: string, actor = 'lead') =>
    staff.app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor } });
  const entry = async (id: string) => (await get(`/api/casework/cuckooed-addresses/${id}`)).json<Entry>();
  const count = async () =>
    Number(
      (
        await staff.system.services.db
          .selectFrom('casework_cuckooed_actions')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('the date rules on their own', () => {
    const today = '2026-11-26';
    assert.equal(
      actionDateProblem({ kind: 'visit', takenOn: '2026-11-27' }, { today, recorded: [] })?.field,
      'takenOn',
    );
    assert.match(
      actionDateProblem(
        { kind: 'closure_order', takenOn: '2026-11-20', untilOn: '2027-02-20' },
        { today, recorded: [] },
      )?.message ?? '',
      /closure notice before/,
    );
    const notice = [{ kind: 'closure_notice' as const, takenOn: '2026-11-18' }];
    assert.match(
      actionDateProblem(
        { kind: 'closure_order', takenOn: '2026-11-17', untilOn: '2027-02-17' },
        { today, recorded: notice },
      )?.message ?? '',
      /before the notice was served \(2026-11-18\)/,
    );
    assert.equal(
      actionDateProblem(
        { kind: 'closure_order', takenOn: '2026-11-19', untilOn: '2026-11-19' },
        { today, recorded: notice },
      )?.field,
      'untilOn',
    );
    assert.equal(
      actionDateProblem(
        { kind: 'closure_order', takenOn: '2026-11-19', untilOn: '2027-06-19' },
        { today, recorded: notice },
      )?.field,
      'untilOn',
    );
    assert.equal(
      actionDateProblem(
        { kind: 'closure_order', takenOn: '2026-11-19', untilOn: '2027-02-19' },
        { today, recorded: notice },
      ),
      null,
    );
    assert.equal(reviewOverdue({ status: 'active', reviewOn: '2026-11-25' }, today), true);
    assert.equal(reviewOverdue({ status: 'active', reviewOn: '2026-11-26' }, today), false);
    assert.equal(reviewOverdue({ status: 'closed', reviewOn: '2026-11-01' }, today), false);
  });

  test('an entry, its actions in date order, a stale version refused, and bad input changing nothing', async () => {
    const refused = await post('/api/casework/cuckooed-addresses', {
      address: 'Flat 2, 4 Example House, Hatfield',
      cuckooTypes: ['drug_dealing', 'parties'],
      reviewOn: '2026-12-10',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.headers['content-type'] ?? '', /application\/problem\+json/);
    assert.match(refused.body, /Choose cuckooing types from the list/);
    const past = await post('/api/casework/cuckooed-addresses', {
      address: 'Flat 2, 4 Example House, Hatfield',
      cuckooTypes: ['drug_dealing'],
      reviewOn: '2026-11-01',
    });
    assert.equal(past.statusCode, 400);
    assert.match(past.body, /review date cannot be in the past/);
    const noLine = await post('/api/casework/cuckooed-addresses', {
      address: 'Flat 2, 4 Example House, Hatfield',
      cuckooTypes: ['drug_dealing'],
      dealLineId: '00000000-0000-4000-8000-000000000009',
      reviewOn: '2026-12-10',
    });
    assert.equal(noLine.statusCode, 400);
    assert.match(noLine.body, /deal line that exists/);
    const listed = await get('/api/casework/cuckooed-addresses');
    assert.equal(listed.json<{ total: number }>().total, 0);

    const created = await post('/api/casework/cuckooed-addresses', {
      address: 'Flat 2, 4 Example House, Hatfield',
      cuckooTypes: ['drug_dealing', 'financial_abuse'],
      reviewOn: '2026-12-10',
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json<{ id: string }>();

    const orderFirst = await post(`/api/casework/cuckooed-addresses/${id}/actions`, {
      kind: 'closure_order',
      takenOn: '2026-11-20',
      untilOn: '2027-02-20',
      note: 'Full closure order at St Albans Magistrates',
      expectedVersion: 1,
    });
    assert.equal(orderFirst.statusCode, 400);
    assert.match(orderFirst.body, /Record the closure notice before the closure order/);
    assert.equal(await count(), 0);

    const visit = await post(`/api/casework/cuckooed-addresses/${id}/actions`, {
      kind: 'visit',
      takenOn: '2026-11-16',
      note: 'Welfare visit; tenant accepted support',
      expectedVersion: 1,
    });
    assert.equal(visit.statusCode, 201, visit.body);
    const stale = await post(`/api/casework/cuckooed-addresses/${id}/actions`, {
      kind: 'closure_notice',
      takenOn: '2026-11-18',
      note: 'Closure notice served',
      expectedVersion: 1,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(await count(), 1);
    const notice = await post(`/api/casework/cuckooed-addresses/${id}/actions`, {
      kind: 'closure_notice',
      takenOn: '2026-11-18',
      note: 'Closure notice served',
      expectedVersion: 2,
    });
    assert.equal(notice.statusCode, 201, notice.body);
    const early = await post(`/api/casework/cuckooed-addresses/${id}/actions`, {
      kind: 'closure_order',
      takenOn: '2026-11-17',
      untilOn: '2027-02-17',
      note: 'Order',
      expectedVersion: 3,
    });
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /cannot be made before the notice was served/);
    const order = await post(`/api/casework/cuckooed-addresses/${id}/actions`, {
      kind: 'closure_order',
      takenOn: '2026-11-20',
      untilOn: '2027-02-20',
      note: 'Full closure order for 3 months',
      expectedVersion: 3,
    });
    assert.equal(order.statusCode, 201, order.body);

    const read = await entry(id);
    assert.equal(read.address, 'Flat 2, 4 Example House, Hatfield');
    assert.equal(read.closureNoticeOn, '2026-11-18');
    assert.equal(read.closureOrderOn, '2026-11-20');
    assert.equal(read.closureOrderUntil, '2027-02-20');
    assert.deepEqual(
      read.actions.map((a) => a.kind),
      ['visit', 'closure_notice', 'closure_order'],
    );
    assert.equal(read.actions[0]?.note, 'Welfare visit; tenant accepted support');
    assert.equal(read.reviewOverdue, false);

    // The review date passes: the entry is overdue until reviewed.
    staff.system.clock.advance(15 * 24 * 60 * 60 * 1000);
    assert.equal((await entry(id)).reviewOverdue, true);
    const reviewed = await post(`/api/casework/cuckooed-addresses/${id}/review`, {
      reviewOn: '2027-01-15',
      close: false,
      expectedVersion: 4,
    });
    assert.equal(reviewed.statusCode, 204, reviewed.body);
    const after = await entry(id);
    assert.equal(after.reviewOn, '2027-01-15');
    assert.equal(after.reviewOverdue, false);
  });

  test('the list pages, and only the safeguarding lead reads or changes it; every read is audited', async () => {
    for (const n of [1, 2, 3]) {
      const created = await post('/api/casework/cuckooed-addresses', {
        address: `${String(n)} Example Road, Welwyn`,
        cuckooTypes: ['living_there'],
        reviewOn: `2027-01-0${String(n)}`,
      });
      assert.equal(created.statusCode, 201, created.body);
    }
    const first = (await get('/api/casework/cuckooed-addresses?limit=2')).json<{ items: Entry[]; total: number }>();
    assert.equal(first.total, 4);
    assert.equal(first.items.length, 2);
    assert.ok(first.items.every((i) => i.actions.every((a) => a.note === null)));
    const second = (await get('/api/casework/cuckooed-addresses?limit=2&offset=2')).json<{ items: Entry[] }>();
    assert.equal(second.items.length, 2);
    assert.equal(new Set([...first.items, ...second.items].map((i) => i.id)).size, 4);

    assert.equal((await get('/api/casework/cuckooed-addresses', 'officer')).statusCode, 403);
    const byOfficer = await post(
      '/api/casework/cuckooed-addresses',
      { address: '9 Example Road', cuckooTypes: ['living_there'], reviewOn: '2027-01-01' },
      'officer',
    );
    assert.equal(byOfficer.statusCode, 403);
    const events = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('action', 'like', 'casework.cuckooed.%')
      .execute();
    assert.ok(events.filter((e) => e.action === 'casework.cuckooed.read').length >= 3);
    assert.ok(events.some((e) => e.action === 'casework.cuckooed.list'));
    assert.equal(events.filter((e) => e.action === 'casework.cuckooed.action').length, 3);
    const denied = await staff.system.services.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('action', '=', 'access.denied')
      .where('actor_id', '=', 'officer-1')
      .execute();
    assert.equal(denied.length, 2);
  });
});
