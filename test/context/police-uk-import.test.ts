import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { countPoliceRows, demoContextDataPath } from '../../src/modules/context/index.ts';
import { createZip, readZip } from '../../src/platform/files/zip.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';
import {
  crimeId,
  folderWith,
  outcomesCsv,
  stopSearchCsv,
  streetCsv,
  streetHeader,
  type StreetRow,
} from './police-uk-fixtures.ts';

// `linebreak context import-police-uk` through its service: counts that match the files, a
// second import that changes nothing, and every kind of bad input reported by file, line and
// column with nothing written (ADR 0043).

const good: StreetRow[] = [
  { id: crimeId(1), month: '2021-11', latitude: 51.75, longitude: -0.33, type: 'Burglary' },
  { id: crimeId(2), month: '2021-11', latitude: 51.751, longitude: -0.33, type: 'Shoplifting' },
  // Two identical anti-social behaviour rows (no Crime ID) are two incidents, not one.
  { month: '2021-11', latitude: 51.75, longitude: -0.33, type: 'Anti-social behaviour', outcome: '' },
  { month: '2021-11', latitude: 51.75, longitude: -0.33, type: 'Anti-social behaviour', outcome: '' },
  { id: crimeId(3), month: '2021-11', latitude: '', longitude: '', type: 'Drugs' },
];

describe('importing data.police.uk files', () => {
  let system: TestSystem;
  const importPath = (path: string) => system.services.policeUkImport.importPath(path, { actorId: 'test' });
  const emptyCounts = { street: 0, outcomes: 0, 'stop-and-search': 0, imports: 0 };

  before(async () => {
    system = await createTestSystem();
  });
  after(async () => {
    await system.close();
  });

  test('a bad month, bad coordinates and a short row are reported by line and column, and nothing is written', async () => {
    const text = streetCsv([
      ...good,
      { id: crimeId(9), month: '2021-13', latitude: 51.75, longitude: -0.33, type: 'Robbery' },
      { id: crimeId(10), month: '2021-11', latitude: 'north', longitude: -0.33, type: 'Robbery' },
      { id: crimeId(11), month: '2021-11', latitude: 40.1, longitude: -0.33, type: 'Robbery' },
      { id: crimeId(12), month: '2021-11', latitude: 51.75, longitude: '', type: 'Robbery' },
    ]);
    const folder = folderWith({
      '2021-11-hertfordshire-street.csv': `${text}\n${crimeId(13)},2021-11,short row`,
      '2021-11-hertfordshire-outcomes.csv': outcomesCsv([
        { id: crimeId(1), month: '2021-11', outcome: 'Under investigation' },
      ]),
    });
    const result = await importPath(folder);
    assert.equal(result.ok, false);
    const file = '2021-11-hertfordshire-street.csv';
    assert.deepEqual(
      result.problems.map((p) => [p.file, p.line, p.column]),
      [
        [file, 7, 'Month'],
        [file, 8, 'Latitude'],
        [file, 9, 'Latitude'],
        [file, 10, 'Latitude'],
        [file, 11, '(row)'],
      ],
    );
    assert.match(result.problems[0]?.reason ?? '', /"2021-13" is not a month like 2021-01/);
    assert.match(result.problems[1]?.reason ?? '', /"north" is not a number/);
    assert.match(result.problems[2]?.reason ?? '', /outside the United Kingdom/);
    assert.match(result.problems[3]?.reason ?? '', /one coordinate without the other/);
    assert.match(result.problems[4]?.reason ?? '', /has 3 cells, expected 12/);
    // The good outcomes file is not written either: one bad file rejects the whole import.
    assert.deepEqual(await countPoliceRows(system.services.db), emptyCounts);
    assert.equal(result.summary.kinds.outcomes.rejected, 1);
  });

  test('wrong columns are reported against the header', async () => {
    const renamed = streetCsv(good).replace(streetHeader, streetHeader.replace('Month', 'Date'));
    const result = await importPath(folderWith({ '2021-11-hertfordshire-street.csv': renamed }));
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems, [
      {
        file: '2021-11-hertfordshire-street.csv',
        line: 1,
        column: '(header)',
        reason: 'missing Month; unexpected Date',
      },
    ]);
    assert.deepEqual(await countPoliceRows(system.services.db), emptyCounts);
  });

  test('a truncated zip and a cut-off CSV inside a zip are reported, and nothing is written', async () => {
    const zip = createZip([
      { name: '2021-11-hertfordshire-street.csv', content: streetCsv(good) },
      {
        name: '2021-11-hertfordshire-outcomes.csv',
        content: outcomesCsv([{ id: crimeId(1), month: '2021-11', outcome: 'x' }]),
      },
    ]);
    const folder = folderWith({});
    const truncated = join(folder, 'truncated.zip');
    writeFileSync(truncated, zip.subarray(0, Math.floor(zip.length * 0.6)));
    const cut = await importPath(truncated);
    assert.equal(cut.ok, false);
    assert.equal(cut.problems.length, 1);
    assert.equal(cut.problems[0]?.column, '(zip)');
    assert.match(cut.problems[0].reason, /cannot be read/);

    const quoted = join(folder, 'quoted.zip');
    writeFileSync(
      quoted,
      createZip([
        { name: '2021-11-hertfordshire-street.csv', content: `${streetCsv(good)}\n${crimeId(5)},2021-11,"Hertf` },
      ]),
    );
    const open = await importPath(quoted);
    assert.equal(open.ok, false);
    assert.deepEqual(
      open.problems.map((p) => [p.line, p.column]),
      [[7, '(row)']],
    );
    assert.deepEqual(await countPoliceRows(system.services.db), emptyCounts);
  });

  test('a folder with no data.police.uk files is a problem, not an empty success', async () => {
    const result = await importPath(folderWith({ 'notes.txt': 'hello' }));
    assert.equal(result.ok, false);
    assert.deepEqual(result.summary.skipped, ['notes.txt']);
  });

  test('good files import with counts that match them, and a second import changes nothing', async () => {
    const folder = folderWith({
      '2021-11-hertfordshire-street.csv': streetCsv(good),
      '2021-11-hertfordshire-outcomes.csv': outcomesCsv([
        { id: crimeId(1), month: '2021-11', outcome: 'Under investigation' },
        { id: crimeId(1), month: '2021-12', outcome: 'Investigation complete; no suspect identified' },
      ]),
      '2021-11-bedfordshire-stop-and-search.csv': stopSearchCsv([
        { date: '2021-10-31T23:50:00+00:00', object: 'Controlled drugs' },
        { date: '2021-11-02T10:00:00+00:00', object: 'Controlled drugs' },
      ]),
    });
    const first = await importPath(folder);
    assert.equal(first.ok, true, JSON.stringify(first.problems));
    assert.equal(first.summary.kinds.street.imported, 5);
    assert.equal(first.summary.kinds.outcomes.imported, 2);
    assert.equal(first.summary.kinds['stop-and-search'].imported, 2);
    assert.deepEqual(first.summary.months, ['2021-10', '2021-11', '2021-12']);
    assert.deepEqual(await countPoliceRows(system.services.db), {
      street: 5,
      outcomes: 2,
      'stop-and-search': 2,
      imports: 1,
    });

    const second = await importPath(folder);
    assert.equal(second.ok, true);
    assert.deepEqual(
      Object.values(second.summary.kinds).map((k) => [k.imported, k.updated, k.unchanged]),
      [
        [0, 0, 5],
        [0, 0, 2],
        [0, 0, 2],
      ],
    );
    assert.deepEqual(await countPoliceRows(system.services.db), {
      street: 5,
      outcomes: 2,
      'stop-and-search': 2,
      imports: 1,
    });

    // A later download where one crime's last outcome moved on updates that row only.
    const moved = good.map((row) => (row.id === crimeId(2) ? { ...row, outcome: 'Offender given a caution' } : row));
    const third = await importPath(folderWith({ '2021-11-hertfordshire-street.csv': streetCsv(moved) }));
    assert.deepEqual([third.summary.kinds.street.imported, third.summary.kinds.street.updated], [0, 1]);
    assert.equal((await countPoliceRows(system.services.db)).street, 5);
  });

  test('the demo zip imports every St Albans row it holds', async () => {
    const entries = readZip(readFileSync(demoContextDataPath));
    const rows = entries.reduce((sum, e) => sum + e.content.toString('utf8').trim().split('\n').length - 1, 0);
    const ids = new Set(
      entries.flatMap((e) =>
        e.content
          .toString('utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[0])
          .filter((id) => id !== ''),
      ),
    );
    const blank = entries.reduce(
      (sum, e) =>
        sum +
        e.content
          .toString('utf8')
          .trim()
          .split('\n')
          .slice(1)
          .filter((l) => l.startsWith(',')).length,
      0,
    );
    const before = (await countPoliceRows(system.services.db)).street;
    const result = await importPath(demoContextDataPath);
    assert.equal(result.ok, true);
    assert.equal(result.summary.kinds.street.rows, rows);
    // Rows with the same Crime ID count once; rows without one are each kept.
    assert.equal(result.summary.kinds.street.imported, ids.size + blank);
    assert.equal((await countPoliceRows(system.services.db)).street, before + ids.size + blank);
    assert.equal(result.summary.months.length, 13);
  });
});
