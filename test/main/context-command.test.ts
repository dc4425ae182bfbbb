import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { runCli } from '../../src/main/cli.ts';
import { formatImportResult, progressReporter } from '../../src/main/commands/context.command.ts';
import { crimeId, folderWith, streetCsv, type StreetRow } from '../context/police-uk-fixtures.ts';

function io(env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
}

const rows: StreetRow[] = Array.from({ length: 30 }, (_, i) => ({
  id: crimeId(i + 1),
  month: '2021-11',
  latitude: 51.75,
  longitude: -0.33,
  type: 'Burglary',
}));

test('linebreak context import-police-uk: a summary, the same again unchanged, a bad file refused with exit 1', async () => {
  const env = { LINEBREAK_DATA_DIR: mkdtempSync(join(tmpdir(), 'lb-context-')), LOG_LEVEL: 'silent' };
  const folder = folderWith({ '2021-11-hertfordshire-street.csv': streetCsv(rows), 'README.txt': 'not data' });
  const first = io(env);
  assert.equal(await runCli(['context', 'import-police-uk', folder], first.io), 0, first.err());
  assert.match(first.out(), /^Imported .* in [\d.]+ s: 1 files \(1 other files skipped\)/);
  assert.match(first.out(), /months: 2021-11 to 2021-11 \(1\)/);
  assert.match(first.out(), /street\s+1\s+30\s+30\s+0\s+0\s+0\s+0/);
  // Not a terminal: plain progress lines, no bar.
  assert.match(first.err(), /checking 2021-11-hertfordshire-street\.csv\nwriting: 30 of 30 rows/);
  assert.doesNotMatch(first.err(), /\r/);

  const second = io(env);
  assert.equal(await runCli(['context', 'import-police-uk', folder], second.io), 0, second.err());
  assert.match(second.out(), /street\s+1\s+30\s+0\s+0\s+30\s+0\s+0/);

  const bad = folderWith({
    '2021-12-hertfordshire-street.csv': streetCsv([
      ...rows.map((row) => ({ ...row, month: '2021-12', id: `x${row.id ?? ''}` })),
      { month: 'Dec 2021', latitude: 51.75, longitude: -0.33, type: 'Robbery' },
    ]),
  });
  const third = io(env);
  assert.equal(await runCli(['context', 'import-police-uk', bad], third.io), 1);
  assert.match(third.err(), /Nothing was imported: 1 problem in 1 file\./);
  assert.match(third.err(), /2021-12-hertfordshire-street\.csv line 32, Month: "Dec 2021" is not a month like 2021-01/);
  assert.match(third.out(), /street\s+1\s+31\s+0\s+0\s+0\s+0\s+31/);
});

test('context: bad actions and a missing path exit 2', async () => {
  for (const args of [
    ['context'],
    ['context', 'export'],
    ['context', 'import-police-uk'],
    ['context', 'import-police-uk', 'a', 'b'],
  ]) {
    const run = io();
    assert.equal(await runCli(args, run.io), 2, args.join(' '));
    assert.match(run.err(), /^linebreak context: /);
  }
});

test('the printed problem list stops at 20 and counts the rest', () => {
  const problems = Array.from({ length: 25 }, (_, i) => ({
    file: 'f.csv',
    line: i + 2,
    column: 'Month',
    reason: 'bad',
  }));
  const counts = { files: 1, rows: 0, imported: 0, updated: 0, unchanged: 0, duplicates: 0, rejected: 25 };
  const { err } = formatImportResult({
    ok: false,
    problems,
    summary: {
      source: 'x',
      files: 1,
      skipped: [],
      months: [],
      seconds: 0,
      kinds: {
        street: counts,
        outcomes: { ...counts, files: 0, rejected: 0 },
        'stop-and-search': { ...counts, files: 0, rejected: 0 },
      },
    },
  });
  assert.equal(err.length, 22);
  assert.equal(err[20], '  f.csv line 21, Month: bad');
  assert.equal(err[21], '  … and 5 more problems.');
});

test('on a terminal the progress is one bar redrawn in place', () => {
  let written = '';
  const stream = Object.assign(new PassThrough(), { isTTY: true });
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const report = progressReporter(stream);
  report({ phase: 'write', done: 500, total: 1000, file: 'a.csv' });
  report({ phase: 'write', done: 1000, total: 1000, file: 'a.csv' });
  stream.end();
  const clearLine = '\r\u001b[2K';
  assert.ok(written.startsWith(`${clearLine}[${'#'.repeat(15)}${'-'.repeat(15)}]  50% writing 500/1,000 rows a.csv`));
  assert.ok(written.endsWith(`${clearLine}[${'#'.repeat(30)}] 100% writing 1,000/1,000 rows a.csv\n`));
});
