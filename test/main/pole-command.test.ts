import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { runCli } from '../../src/main/cli.ts';

function io(env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
}

test('linebreak pole import-neo4j loads the example into an embedded database, twice without change', async () => {
  const env = { LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-pole-')), LOG_LEVEL: 'silent' };
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'pole');
  const first = io(env);
  assert.equal(await runCli(['pole', 'import-neo4j', fixtures], first.io), 0, first.err());
  assert.match(first.out(), /^Imported 3748 source records \(3162 new entities\)\./);
  assert.match(first.out(), /"person":369,"phone":328,"email":328,"vehicle":1000,"location":1137/);
  const second = io(env);
  assert.equal(await runCli(['pole', 'import-neo4j', fixtures], second.io), 0, second.err());
  assert.match(second.out(), /\(0 new entities\)/);
});

test('pole: bad actions, a missing path and a bad date exit 2', async () => {
  for (const args of [
    ['pole'],
    ['pole', 'export'],
    ['pole', 'import-neo4j'],
    ['pole', 'import-neo4j', 'x', '--observed-on', 'soon'],
  ]) {
    const run = io();
    assert.equal(await runCli(args, run.io), 2, args.join(' '));
    assert.match(run.err(), /^linebreak pole: /);
  }
});
