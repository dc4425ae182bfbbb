import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/platform/db/create-db.ts';
import { DatabaseUnavailableError } from '../../src/platform/db/database-errors.ts';
import { listPendingMigrations, migrateToLatest } from '../../src/platform/db/migrator.ts';
import { createTestDatabase, testDatabaseUrl } from '../support/test-database.ts';

test('a test database is migrated and has the fuzzy-matching extensions', async () => {
  const database = await createTestDatabase();
  try {
    assert.deepEqual(await listPendingMigrations(database.db), []);
    const { rows } = await sql<{ lev: number; trgm: boolean }>`
      select levenshtein('kitten', 'sitting') as lev, similarity('Hatfield Road', 'Hatfeild Rd') > 0.2 as trgm`.execute(
      database.db,
    );
    assert.deepEqual(rows[0], { lev: 3, trgm: true });
    assert.equal(database.engine, testDatabaseUrl() === undefined ? 'pglite' : 'postgresql');
  } finally {
    await database.close();
  }
});

test('the embedded database persists in its folder, and a second process cannot open it', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-pglite-'));
  const first = await openDatabase({ kind: 'pglite', dataDir });
  await migrateToLatest(first.db);
  await sql`insert into audit_chain_head (id, seq, hash) values (1, 0, 'x') on conflict do nothing`.execute(first.db);
  // The lock names the holder; a live pid other than ours stands in for another process.
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dataDir, 'linebreak.pid'), String(process.ppid));
  await assert.rejects(openDatabase({ kind: 'pglite', dataDir }), (error: unknown) => {
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.match(error.message, /in use by process/);
    return true;
  });
  writeFileSync(join(dataDir, 'linebreak.pid'), String(process.pid));
  await first.close();
  const reopened = await openDatabase({ kind: 'pglite', dataDir });
  try {
    assert.deepEqual(await listPendingMigrations(reopened.db), []);
  } finally {
    await reopened.close();
  }
});

test('an unreachable PostgreSQL gives one clear line without the password', async () => {
  await assert.rejects(
    openDatabase({ kind: 'postgresql', url: 'postgres://lb:secret-pass@127.0.0.1:1/linebreak' }),
    (error: unknown) => {
      assert.ok(error instanceof DatabaseUnavailableError);
      assert.match(error.message, /^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/linebreak: .*ECONNREFUSED/);
      assert.ok(!error.message.includes('secret-pass'));
      assert.ok(!error.message.includes('\n'));
      return true;
    },
  );
});

test('closing a database that never ran a query lets the process exit', async () => {
  const { spawnSync } = await import('node:child_process');
  const script = [
    "import { createTestDatabase } from './test/support/test-database.ts';",
    'const handle = await createTestDatabase();',
    'await handle.close();',
  ].join('\n');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(import.meta.dirname, '..', '..'),
    timeout: 20_000,
  });
  assert.equal(result.status, 0, `exited by itself: ${String(result.stderr)}`);
  assert.ok(performance.now() - started < 20_000);
});
