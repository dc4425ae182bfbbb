import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { sql } from 'kysely';
import { runCli } from '../../src/main/cli.ts';
import { openDatabase } from '../../src/platform/db/create-db.ts';

function io(env: Record<string, string>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
}

test('linebreak users add, list, disable, enable and reset on the embedded database', async () => {
  const env = { LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-users-')), LOG_LEVEL: 'silent' };
  const run = async (...args: string[]) => {
    const call = io(env);
    const code = await runCli(['users', ...args], call.io);
    return { code, out: call.out(), err: call.err() };
  };
  const added = await run(
    'add',
    'dee@herts.police.uk',
    '--name',
    'Dee Supervisor',
    '--role',
    'intelligence_supervisor',
  );
  assert.equal(added.code, 0, added.err);
  assert.match(
    added.out,
    /^Created dee@herts\.police\.uk \(intelligence_supervisor\)\.\nOne-time setup link, valid for 24 hours: http:\/\/127\.0\.0\.1:3001\/app\/setup\?token=[\w-]{43}\n$/,
  );
  const listed = await run('list');
  assert.match(listed.out, /^dee@herts\.police\.uk\tDee Supervisor\tintelligence_supervisor\tnot set up$/m);
  assert.equal((await run('disable', 'dee@herts.police.uk')).code, 0);
  assert.match((await run('list')).out, /\tdisabled$/m);
  assert.equal((await run('enable', 'DEE@herts.police.uk')).code, 0);
  const reset = await run('reset', 'dee@herts.police.uk');
  assert.match(reset.out, /One-time setup link/);

  const unknown = await run('disable', 'nobody@herts.police.uk');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /^linebreak users: No account nobody@herts\.police\.uk/);
  const badRole = await run('add', 'x@herts.police.uk', '--name', 'X', '--role', 'overlord');
  assert.equal(badRole.code, 2);
  assert.match(badRole.err, /not overlord/);
  const grant = io(env);
  assert.equal(await runCli(['db', 'grant-app-role', 'linebreak_app'], grant.io), 1);
  assert.match(grant.err(), /only for PostgreSQL/);

  // Every change above is in the audit trail, and `linebreak audit verify` catches an edit.
  const intact = io(env);
  assert.equal(await runCli(['audit', 'verify'], intact.io), 0, intact.out());
  const database = await openDatabase({ kind: 'pglite', dataDir: env.LINEBREAK_DATA_DIR });
  try {
    const actions = await database.db.selectFrom('audit_events').select('action').orderBy('seq').execute();
    assert.deepEqual(
      actions.map((row) => row.action),
      ['user.create', 'user.disable', 'user.enable', 'user.reset'],
    );
    await sql`alter table audit_events disable trigger user`.execute(database.db);
    await sql`update audit_events set actor_id = 'someone-else' where action = 'user.disable'`.execute(database.db);
    await sql`alter table audit_events enable trigger user`.execute(database.db);
  } finally {
    await database.close();
  }
  const tampered = io(env);
  assert.equal(await runCli(['audit', 'verify'], tampered.io), 1);
  assert.match(tampered.out(), /^row 2: altered: contents do not match the row hash$/m);
});

test('a fresh `linebreak serve` prints a first-administrator setup link on stdout, not in the log', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-first-'));
  // Without the demo world: the demo's own accounts include an administrator, so no setup link
  // would be needed (test/synthetic/demo-accounts.test.ts covers that start).
  const child = spawn(process.execPath, ['src/main/cli.ts', 'serve', 'staff', '--no-demo'], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, LINEBREAK_DATA_DIR: dataDir, STAFF_PORT: '0', LOG_LEVEL: 'info' },
  });
  let stdout = '';
  const link = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Stop the server, or the test run would wait on it for ever.
      child.kill('SIGKILL');
      reject(new Error(`no setup link printed: ${stdout}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^First administrator setup: (\S+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('close', resolve));
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/app\/setup\?token=[\w-]{43}$/);
  assert.ok(!link.includes(':0/'), 'the link names the port actually listened on');
  const token = new URL(link).searchParams.get('token') ?? '';
  const logLines = stdout.split('\n').filter((line) => line.startsWith('{'));
  assert.ok(
    logLines.every((line) => !line.includes(token)),
    'the token never reaches a log line',
  );
});
