import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { createAuditTrail } from '../../src/platform/audit/audit-trail.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { grantAppRole } from '../../src/platform/db/app-role.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/create-db.ts';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from '../support/test-database.ts';

// PostgreSQL only: PGlite has a single superuser and no roles to restrict.
const url = testDatabaseUrl();

describe(
  'the least-privilege application role',
  { skip: url === undefined ? 'needs TEST_DATABASE_URL (PostgreSQL)' : false },
  () => {
    const role = `lb_app_${randomBytes(4).toString('hex')}`;
    let owner: TestDatabase;
    let app: DatabaseHandle;
    const audit = createAuditTrail({ clock: fixedClock(new Date('2026-11-26T12:00:00Z')) });

    before(async () => {
      owner = await createTestDatabase();
      await sql`create role ${sql.id(role)} login`.execute(owner.db);
      await grantAppRole(owner.db, role);
      const appUrl = new URL(url ?? '');
      appUrl.username = role;
      appUrl.password = '';
      appUrl.pathname = `/${owner.name}`;
      app = await openDatabase({ kind: 'postgresql', url: appUrl.toString(), poolSize: 1 });
    });
    after(async () => {
      await app.close();
      await owner.close();
      // Roles belong to the cluster, not the (now dropped) test database.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`drop role if exists ${role}`);
      } finally {
        await admin.end();
      }
    });

    test('it can do the application’s work, including appending to the audit trail', async () => {
      await app.db
        .transaction()
        .execute((tx) => audit.record(tx, { actor: { type: 'system', id: 'test' }, action: 'app.write' }));
      await app.db.insertInto('teams').values({ name: 'Role test team' }).execute();
      assert.equal((await audit.verify(app.db)).ok, true);
    });

    test('it cannot update, delete or truncate audit rows, nor get round the triggers', async () => {
      const refusals: [string, RegExp][] = [
        ['update audit_events set reason = $$x$$', /permission denied/],
        ['delete from audit_events', /permission denied/],
        ['truncate audit_events', /permission denied/],
        ['alter table audit_events disable trigger user', /must be owner/],
        ['drop trigger audit_events_no_update_delete on audit_events', /must be owner/],
        ['alter table audit_chain_head disable trigger user', /must be owner/],
        ['update audit_chain_head set seq = 0', /only moves forward/],
        ['delete from kysely_migration', /permission denied/],
      ];
      for (const [statement, expected] of refusals) {
        await assert.rejects(sql.raw(statement).execute(app.db), expected, statement);
      }
      assert.equal((await audit.verify(owner.db)).ok, true);
    });

    test('a superuser or a table owner is refused as the application role', async () => {
      await assert.rejects(grantAppRole(owner.db, 'postgres'), /superuser/);
      await assert.rejects(grantAppRole(owner.db, 'Robert"); drop table x; --'), /not a plain/);
    });
  },
);
