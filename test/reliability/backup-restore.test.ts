import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import pg from 'pg';
import { runCli } from '../../src/main/cli.ts';
import { createPublicApp } from '../../src/main/public-app.ts';
import { countEveryTable } from '../../src/platform/db/backup.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { testAdminActor } from '../support/staff.ts';
import {
  createDiskTestDatabase,
  createTestDatabase,
  testDatabaseUrl,
  type TestDatabase,
} from '../support/test-database.ts';
import { createTestSystem } from '../support/test-services.ts';

function io(env: Record<string, string>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
}

/** A report sent through the public journey, an account and their audit rows. */
async function populate(database: TestDatabase): Promise<Record<string, number>> {
  const system = await createTestSystem({ database });
  const app = await createPublicApp(system.services);
  const client = journeyClient(app);
  await client.walk(fullAnswers);
  await client.send();
  await system.services.users.createUser(testAdminActor, {
    email: 'restore-check@example.police.uk',
    displayName: 'Restore Check',
    roles: ['intelligence_analyst'],
    teamIds: [],
    partnerOrganisationId: null,
  });
  await app.close();
  const counts = await countEveryTable(database.db);
  assert.ok((counts.reports ?? 0) >= 1 && (counts.audit_events ?? 0) >= 2, JSON.stringify(counts));
  return counts;
}

function restoredCounts(output: string): Record<string, number> {
  return Object.fromEntries(
    [...output.matchAll(/^ {2}([a-z0-9_]+): (\d+)$/gm)].map((match) => [match[1] ?? '', Number(match[2])]),
  );
}

test('backup and restore round-trip into a new database: audit verifies and every table counts the same', async () => {
  const url = testDatabaseUrl();
  const keyEnv = { LOG_LEVEL: 'silent', LINEBREAK_DATA_KEY: Buffer.alloc(32, 7).toString('base64') };
  const backupFile = join(mkdtempSync(join(tmpdir(), 'lb-backup-')), 'linebreak.backup');
  let source: TestDatabase;
  let sourceEnv: Record<string, string>;
  let targetEnv: Record<string, string>;
  let dropTarget = (): Promise<void> => Promise.resolve();
  if (url === undefined) {
    const dataDir = mkdtempSync(join(tmpdir(), 'lb-backup-src-'));
    source = await createDiskTestDatabase(join(dataDir, 'pglite'));
    sourceEnv = { ...keyEnv, LINEBREAK_DATA_DIR: dataDir };
    targetEnv = { ...keyEnv, LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-backup-dst-')) };
  } else {
    source = await createTestDatabase();
    const target = `${source.name}_restored`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${target}`);
    await admin.end();
    const withDb = (name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
    sourceEnv = { ...keyEnv, DATABASE_URL: withDb(source.name) };
    targetEnv = { ...keyEnv, DATABASE_URL: withDb(target) };
    dropTarget = async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${target} with (force)`);
      await dropper.end();
    };
  }
  try {
    const before = await populate(source);
    // The embedded database is backed up while closed (the folder lock would refuse otherwise).
    if (url === undefined) await source.close();

    const backup = io(sourceEnv);
    assert.equal(await runCli(['backup', backupFile], backup.io), 0, backup.err());
    assert.match(backup.err(), /never the keys/);

    const restore = io(targetEnv);
    assert.equal(await runCli(['restore', backupFile], restore.io), 0, restore.out() + restore.err());
    assert.match(restore.out(), new RegExp(`Audit trail intact: ${String(before.audit_events)} rows checked`));
    assert.deepEqual(restoredCounts(restore.out()), before, 'every table has as many rows as before');

    // A second restore into the same, no longer empty, database is refused.
    const again = io(targetEnv);
    assert.equal(await runCli(['restore', backupFile], again.io), 1);
    assert.match(again.err(), /restore into a new, empty/);
  } finally {
    if (url !== undefined) await source.close();
    await dropTarget();
  }
});
