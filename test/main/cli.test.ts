import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { commands, runCli } from '../../src/main/cli.ts';

function io(env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
}

test('--help lists every command, and every command has its own --help', async () => {
  const general = io();
  assert.equal(await runCli(['--help'], general.io), 0);
  for (const command of commands) {
    assert.match(general.out(), new RegExp(`^  ${command.name}\\s`, 'm'));
    const own = io();
    assert.equal(await runCli([command.name, '--help'], own.io), 0);
    assert.match(own.out(), new RegExp(`^linebreak ${command.name}`));
  }
});

test('unknown commands, options and arguments exit 2 with usage', async () => {
  const unknown = io();
  assert.equal(await runCli(['frobnicate'], unknown.io), 2);
  assert.match(unknown.err(), /unknown command "frobnicate"/);

  const badOption = io();
  assert.equal(await runCli(['migrate', '--colour'], badOption.io), 2);
  assert.match(badOption.err(), /linebreak migrate: Unknown option '--colour'/);

  const badListener = io();
  assert.equal(await runCli(['serve', 'everything'], badListener.io), 2);
  assert.match(badListener.err(), /unknown listener "everything": choose all, public or staff/);

  const badAudit = io();
  assert.equal(await runCli(['audit', 'rewrite'], badAudit.io), 2);
  assert.match(badAudit.err(), /unknown audit action "rewrite"/);
});

test('bad configuration is one line and exit code 1', async () => {
  const run = io({ PUBLIC_PORT: 'abc' });
  assert.equal(await runCli(['migrate', '--status'], run.io), 1);
  assert.equal(run.err().trim().split('\n').length, 1);
  assert.match(run.err(), /^linebreak migrate: Invalid configuration: PUBLIC_PORT/);
});

test('migrate and audit verify work on an embedded database', async () => {
  const env = { LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-cli-')), LOG_LEVEL: 'silent' };
  const migrate = io(env);
  assert.equal(await runCli(['migrate'], migrate.io), 0, migrate.err());
  assert.match(migrate.out(), /^Applied \d+: 2026_11_26_010000_create_audit_trail/);
  const again = io(env);
  assert.equal(await runCli(['migrate'], again.io), 0);
  assert.match(again.out(), /already up to date/);
  const verify = io(env);
  assert.equal(await runCli(['audit', 'verify'], verify.io), 0);
  assert.match(verify.out(), /Audit trail intact: 0 rows checked/);
  const checkpoint = io(env);
  assert.equal(await runCli(['audit', 'checkpoint'], checkpoint.io), 0, checkpoint.err());
  assert.match(checkpoint.out(), /^Checkpoint written to .*audit-checkpoints\.log: row 0, hash 0{64}/);
  const afterCheckpoint = io(env);
  assert.equal(await runCli(['audit', 'verify'], afterCheckpoint.io), 0);
});

/** Runs the real CLI in a child process and returns what an operator would see. */
function runProcess(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/main/cli.ts', ...args], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      resolve({ code, stderr });
    });
  });
}

test('an unreachable DATABASE_URL stops `serve` with one line, not a stack trace', async () => {
  const result = await runProcess(['serve'], { DATABASE_URL: 'postgres://nobody:pw@127.0.0.1:1/linebreak' });
  assert.equal(result.code, 1);
  assert.deepEqual(result.stderr.trim().split('\n'), [result.stderr.trim().split('\n')[0] ?? '']);
  assert.match(
    result.stderr,
    /^linebreak serve: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/linebreak: .*ECONNREFUSED/,
  );
});

test('an occupied port stops `serve` with one line naming the variable', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  assert.ok(address !== null && typeof address === 'object');
  try {
    const result = await runProcess(['serve', 'public'], {
      LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-port-')),
      PUBLIC_PORT: String(address.port),
    });
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(
      result.stderr,
      new RegExp(`Port 127\\.0\\.0\\.1:${String(address.port)} is already in use: .*PUBLIC_PORT`),
    );
  } finally {
    blocker.close();
  }
});
