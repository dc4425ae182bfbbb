import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/platform/db/create-db.ts';
import { clusterTemplatePath, ensureClusterTemplate } from '../../src/platform/db/pglite-template.ts';

describe('a new embedded database (ADR 0049)', () => {
  it('starts from the cluster npm install initialised, with the configured shared_buffers', async () => {
    await ensureClusterTemplate();
    assert.ok(existsSync(clusterTemplatePath()), 'the initialised cluster is kept for this PGlite version');
    assert.ok(statSync(clusterTemplatePath()).size > 1_000_000, 'it holds a whole cluster');
    assert.equal(await ensureClusterTemplate(), false, 'made once, then reused');

    const dataDir = mkdtempSync(join(tmpdir(), 'linebreak-cluster-'));
    try {
      const database = await openDatabase({ kind: 'pglite', dataDir, sharedBuffers: '16MB' });
      try {
        const result = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db);
        assert.equal(result.rows[0]?.shared_buffers, '16MB');
        await sql`create table kept (id int)`.execute(database.db);
        await sql`insert into kept values (7)`.execute(database.db);
      } finally {
        await database.close();
      }
      assert.ok(existsSync(join(dataDir, 'pglite', 'PG_VERSION')), 'the cluster is on disk');
      const reopened = await openDatabase({ kind: 'pglite', dataDir, sharedBuffers: '24MB' });
      try {
        const kept = await sql<{ id: number }>`select id from kept`.execute(reopened.db);
        assert.deepEqual(kept.rows, [{ id: 7 }], 'an existing database is opened, never replaced');
        const result = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(reopened.db);
        assert.equal(result.rows[0]?.shared_buffers, '24MB', 'the setting follows the configuration');
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
