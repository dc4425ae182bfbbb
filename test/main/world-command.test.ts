import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { runCli } from '../../src/main/cli.ts';
import {
  generateWorld,
  type PublicReport,
  type World,
  type WorldGroundTruth,
} from '../../src/synthetic/world/index.ts';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr, env: {} }, out: () => out, err: () => err };
}

const files = ['world.json', 'reports.ndjson', 'ground-truth.json', 'operations.json'] as const;

test('world generate writes the world, its reports and the ground truth', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'lb-world-')), 'w');
  const run = io();
  assert.equal(
    await runCli(['world', 'generate', '--seed', '4', '--reports', '120', '--out', out], run.io),
    0,
    run.err(),
  );
  assert.match(run.out(), /^Wrote a world of \d+ people, 3 County Lines and 120 reports \(\d+% noise\) to /);

  const world = JSON.parse(readFileSync(join(out, 'world.json'), 'utf8')) as World;
  assert.equal(world.seed, 4);
  assert.equal(world.lines.length, 3);
  const lines = readFileSync(join(out, 'reports.ndjson'), 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, 120);
  const reports = lines.map((line) => JSON.parse(line) as PublicReport);
  for (const report of reports) {
    assert.match(report.id, /^[0-9a-f-]{36}$/);
    assert.ok(['web', 'phone'].includes(report.channel));
    assert.equal(typeof report.freeText, 'string');
  }
  const truth = JSON.parse(readFileSync(join(out, 'ground-truth.json'), 'utf8')) as WorldGroundTruth;
  assert.equal(truth.lines.length, 3);
  assert.deepEqual(
    truth.reports.map((r) => r.reportId),
    reports.map((r) => r.id),
  );
  // The streamed operational history is the one generateWorld makes in memory.
  assert.deepEqual(
    JSON.parse(readFileSync(join(out, 'operations.json'), 'utf8')),
    JSON.parse(JSON.stringify(generateWorld({ seed: 4, reports: 120 }).operations)),
  );
});

test('the same seed writes byte-identical files', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lb-world-'));
  for (const dir of ['a', 'b']) {
    assert.equal(
      await runCli(['world', 'generate', '--seed', '9', '--reports', '80', '--out', join(root, dir)], io().io),
      0,
    );
  }
  for (const file of files) {
    assert.ok(readFileSync(join(root, 'a', file)).equals(readFileSync(join(root, 'b', file))), `${file} differs`);
  }
});

test('zero reports still writes valid files', async () => {
  const out = mkdtempSync(join(tmpdir(), 'lb-world-'));
  assert.equal(await runCli(['world', 'generate', '--seed', '1', '--reports', '0', '--out', out], io().io), 0);
  assert.equal(readFileSync(join(out, 'reports.ndjson'), 'utf8'), '');
  assert.deepEqual((JSON.parse(readFileSync(join(out, 'ground-truth.json'), 'utf8')) as WorldGroundTruth).reports, []);
});

test('bad arguments exit 2 with a clear message and the usage', async () => {
  const cases: [string[], RegExp][] = [
    [['world'], /say what to do: generate/],
    [['world', 'destroy'], /unknown world action "destroy"/],
    [['world', 'generate', '--reports', '10'], /say which world: --seed N/],
    [['world', 'generate', '--seed', '1'], /say how many reports: --reports N/],
    [['world', 'generate', '--seed', 'abc', '--reports', '10'], /--seed must be a whole number, not "abc"/],
    [['world', 'generate', '--seed', '1', '--reports=-5'], /--reports must be a whole number, not "-5"/],
    [['world', 'generate', '--seed', '1', '--reports', '2.5'], /--reports must be a whole number/],
    [
      ['world', 'generate', '--seed', '1', '--reports', '10', '--lines', '99'],
      /lines must be a whole number from 1 to 30/,
    ],
    [['world', 'generate', '--seed', '1', '--reports', '10', '--start', '2026-13-01'], /startDay must be a date/],
    [['world', 'generate', 'extra', '--seed', '1', '--reports', '10'], /unexpected argument: extra/],
    [['world', 'generate', '--colour', 'red'], /Unknown option '--colour'/],
  ];
  for (const [args, message] of cases) {
    const run = io();
    assert.equal(await runCli(args, run.io), 2, args.join(' '));
    assert.match(run.err(), message);
    assert.match(run.err(), /linebreak world generate --seed N --reports N/);
  }
});
