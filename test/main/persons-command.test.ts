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

test('linebreak persons train learns and reports the weights from the people in a small store', async () => {
  const env = { LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-persons-')), LOG_LEVEL: 'silent' };
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'pole');
  const load = io(env);
  assert.equal(await runCli(['pole', 'import-neo4j', fixtures], load.io), 0, load.err());
  const train = io(env);
  assert.equal(await runCli(['persons', 'train', '--seed', '7'], train.io), 0, train.err());
  assert.match(train.out(), /^Trained person matching model version 1 on \d{3} named people\./);
  assert.match(train.out(), /Prior \(two records picked at random are the same person\): \d/);
  assert.match(train.out(), /\n {2}surname {6}exact {8}[ \d.]{8} [ \d.e-]{10} [ \d.-]{8}\n/);
  const again = io(env);
  assert.equal(await runCli(['persons', 'train'], again.io), 0, again.err());
  assert.match(again.out(), /^Trained person matching model version 2 /);
});

test('persons: a missing or unknown action and a bad seed exit 2', async () => {
  for (const args of [['persons'], ['persons', 'merge'], ['persons', 'train', '--seed', 'x']]) {
    const run = io();
    assert.equal(await runCli(args, run.io), 2, args.join(' '));
    assert.match(run.err(), /^linebreak persons: /);
  }
});
