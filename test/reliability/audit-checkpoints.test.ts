import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createCheckpointLog } from '../../src/platform/audit/audit-checkpoints.ts';
import { createAuditTrail } from '../../src/platform/audit/audit-trail.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Db } from '../../src/platform/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Issue 17, finding 4: deleting the newest rows and moving the chain head back leaves a
// chain that is consistent with itself. Only something outside the database can tell: the
// signed checkpoint of the head, which verify compares with the chain.
describe('signed audit checkpoints', () => {
  let database: TestDatabase;
  let db: Db;
  let path: string;
  const dataKey = randomBytes(32);
  const clock = fixedClock(new Date('2026-11-26T09:00:00Z'));

  beforeEach(async () => {
    await (database as TestDatabase | undefined)?.close();
    database = await createTestDatabase();
    db = database.db;
    path = join(mkdtempSync(join(tmpdir(), 'lb-checkpoints-')), 'audit-checkpoints.log');
    const audit = createAuditTrail({ clock });
    await db.transaction().execute(async (tx) => {
      for (let i = 1; i <= 6; i += 1) {
        await audit.record(tx, { actor: { type: 'staff', id: `analyst-${String(i)}` }, action: 'report.read' });
      }
    });
  });
  after(async () => {
    await database.close();
  });

  /** What someone able to disable the triggers can do: cut the newest rows and move the head back. */
  async function truncateTo(seq: number): Promise<void> {
    const kept = await db.selectFrom('audit_events').select('hash').where('seq', '=', seq).executeTakeFirstOrThrow();
    await sql`alter table audit_events disable trigger user`.execute(db);
    await sql`alter table audit_chain_head disable trigger user`.execute(db);
    await sql`delete from audit_events where seq > ${seq}`.execute(db);
    await sql`update audit_chain_head set seq = ${seq}, hash = ${kept.hash} where id = 1`.execute(db);
    await sql`alter table audit_events enable trigger user`.execute(db);
    await sql`alter table audit_chain_head enable trigger user`.execute(db);
  }

  test('without a checkpoint, cutting the newest rows and the head is not caught (why checkpoints exist)', async () => {
    await truncateTo(4);
    assert.equal((await createAuditTrail({ clock }).verify(db)).ok, true);
  });

  test('with a checkpoint, rows cut from the end since it are named', async () => {
    const audit = createAuditTrail({ clock, checkpoints: createCheckpointLog({ path, dataKey }) });
    const { written } = await audit.checkpoint(db);
    assert.equal(written?.seq, 6n);
    await truncateTo(4);
    const result = await audit.verify(db);
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems, [
      {
        seq: '6',
        problem: 'missing: the checkpoint of 2026-11-26T09:00:00.000Z recorded 6 rows but the trail ends at 4',
      },
    ]);
  });

  test('a chain rewritten from before the checkpoint is named', async () => {
    const audit = createAuditTrail({ clock, checkpoints: createCheckpointLog({ path, dataKey }) });
    await audit.checkpoint(db);
    await truncateTo(4);
    // Rows 5 and 6 written again, with different contents: a chain consistent with itself.
    await db.transaction().execute(async (tx) => {
      await audit.record(tx, { actor: { type: 'staff', id: 'someone-else' }, action: 'report.read' });
      await audit.record(tx, { actor: { type: 'staff', id: 'someone-else' }, action: 'report.read' });
    });
    const result = await audit.verify(db);
    assert.deepEqual(result.problems, [
      { seq: '6', problem: 'altered: row 6 does not match the checkpoint of 2026-11-26T09:00:00.000Z' },
    ]);
  });

  test('an edited or forged checkpoint line is reported, and is not trusted', async () => {
    const log = createCheckpointLog({ path, dataKey });
    const audit = createAuditTrail({ clock, checkpoints: log });
    await audit.checkpoint(db);
    const line = JSON.parse(readFileSync(path, 'utf8').trim()) as Record<string, string>;
    // Someone cuts the trail and writes a checkpoint matching it, without the key.
    await truncateTo(4);
    appendFileSync(path, `${JSON.stringify({ ...line, seq: '4' })}\n`);
    const result = await audit.verify(db);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((problem) => problem.problem),
      [
        `checkpoint line 2 of ${path} is not correctly signed`,
        'missing: the checkpoint of 2026-11-26T09:00:00.000Z recorded 6 rows but the trail ends at 4',
      ],
    );
    writeFileSync(path, `${JSON.stringify(line)}\n`);
    const otherKey = createAuditTrail({ clock, checkpoints: createCheckpointLog({ path, dataKey: randomBytes(32) }) });
    assert.match((await otherKey.verify(db)).problems[0]?.problem ?? '', /not correctly signed/);
  });

  test('a trail that does not verify is not checkpointed', async () => {
    const audit = createAuditTrail({ clock, checkpoints: createCheckpointLog({ path, dataKey }) });
    await sql`alter table audit_events disable trigger user`.execute(db);
    await sql`update audit_events set action = 'report.erase' where seq = 3`.execute(db);
    await sql`alter table audit_events enable trigger user`.execute(db);
    const { written, verified } = await audit.checkpoint(db);
    assert.equal(written, undefined);
    assert.equal(verified.ok, false);
    assert.equal(createCheckpointLog({ path, dataKey }).latest().checkpoint, undefined);
  });
});
