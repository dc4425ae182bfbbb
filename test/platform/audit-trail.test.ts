import assert from 'node:assert/strict';
import { after, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createAuditTrail } from '../../src/platform/audit/audit-trail.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Db } from '../../src/platform/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Each test works on a freshly cloned database, so tampering in one cannot leak into another.
describe('the audit trail', () => {
  let database: TestDatabase;
  let db: Db;
  const audit = createAuditTrail({ clock: fixedClock(new Date('2026-11-26T09:00:00Z')) });

  beforeEach(async () => {
    await (database as TestDatabase | undefined)?.close();
    database = await createTestDatabase();
    db = database.db;
    await db.transaction().execute(async (tx) => {
      for (let i = 1; i <= 6; i += 1) {
        await audit.record(tx, {
          actor: { type: 'staff', id: `analyst-${String(i)}` },
          action: 'report.read',
          subject: { type: 'report', id: `R${String(i)}` },
          reason: 'triage',
          requestId: `req-${String(i)}`,
          details: { fields: ['answers'], nested: { b: 2, a: 1 } },
        });
      }
    });
  });
  after(async () => {
    await database.close();
  });

  async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
    // Only a role able to disable the triggers (the table owner) can change rows at all.
    await sql`alter table audit_events disable trigger user`.execute(db);
    await statement.execute(db);
    await sql`alter table audit_events enable trigger user`.execute(db);
  }

  test('an untouched trail verifies', async () => {
    const result = await audit.verify(db, 4);
    assert.deepEqual(result, { ok: true, checked: 6, problems: [] });
  });

  test('rows are chained: each names the hash of the one before', async () => {
    const rows = await db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    assert.equal(rows.length, 6);
    for (let i = 1; i < rows.length; i += 1) {
      assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash);
    }
  });

  test('the application cannot update, delete or truncate audit rows', async () => {
    await assert.rejects(sql`update audit_events set reason = 'x' where seq = 1`.execute(db), /append-only/);
    await assert.rejects(sql`delete from audit_events where seq = 1`.execute(db), /append-only/);
    await assert.rejects(sql`truncate audit_events`.execute(db), /append-only/);
    await assert.rejects(sql`update audit_chain_head set seq = 1, hash = 'x'`.execute(db), /only moves forward/);
  });

  test('an altered row is named', async () => {
    await tamper(sql`update audit_events set actor_id = 'someone-else' where seq = 3`);
    const result = await audit.verify(db);
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems, [{ seq: '3', problem: 'altered: contents do not match the row hash' }]);
  });

  test('altered details are detected even though jsonb reorders keys', async () => {
    await tamper(sql`update audit_events set details = '{"fields":["contact"],"nested":{"a":1,"b":2}}' where seq = 2`);
    const result = await audit.verify(db);
    assert.deepEqual(
      result.problems.map((p) => p.seq),
      ['2'],
    );
  });

  test('a deleted row in the middle is named', async () => {
    await tamper(sql`delete from audit_events where seq = 4`);
    const result = await audit.verify(db);
    assert.equal(result.ok, false);
    assert.ok(result.problems.some((p) => p.seq === '4' && p.problem.startsWith('missing')));
    assert.ok(result.problems.some((p) => p.seq === '5' && p.problem.startsWith('broken link')));
  });

  test('deleted rows at the end are caught by the chain head', async () => {
    await tamper(sql`delete from audit_events where seq >= 5`);
    const result = await audit.verify(db);
    assert.equal(result.ok, false);
    assert.match(result.problems[0]!.problem, /chain head records 6 rows but the trail ends at 4/);
  });

  test('reordered rows are detected', async () => {
    await tamper(sql`update audit_events set seq = -2 where seq = 2`);
    await tamper(sql`update audit_events set seq = 2 where seq = 5`);
    await tamper(sql`update audit_events set seq = 5 where seq = -2`);
    const result = await audit.verify(db);
    assert.equal(result.ok, false);
    const named = new Set(result.problems.map((p) => p.seq));
    assert.ok(named.has('2') && named.has('5'), `both swapped rows are named: ${JSON.stringify(result.problems)}`);
  });

  test('an audit row rolls back with the change it records', async () => {
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await audit.record(tx, { actor: { type: 'system', id: 'test' }, action: 'report.create' });
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    const count = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 6);
    assert.equal((await audit.verify(db)).ok, true);
  });

  test('concurrent writers keep the chain gap-free', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db
          .transaction()
          .execute((tx) => audit.record(tx, { actor: { type: 'public' }, action: `concurrent.${String(i)}` })),
      ),
    );
    const result = await audit.verify(db);
    assert.deepEqual(result, { ok: true, checked: 14, problems: [] });
  });
});
