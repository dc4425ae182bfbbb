import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createZip, readZip } from './zip.ts';

test('an archive written here reads back with its names and bytes', () => {
  const binary = Buffer.from([0, 255, 1, 254, 0x50, 0x4b]);
  const zip = createZip([
    { name: 'network.csv', content: 'id,label\n1,“Smiley”\n' },
    { name: 'chart/i2 – links.anx', content: binary },
  ]);
  assert.equal(zip.readUInt32LE(0), 0x04034b50);
  const entries = new Map(readZip(zip).map((entry) => [entry.name, entry.content]));
  assert.deepEqual([...entries.keys()].sort(), ['chart/i2 – links.anx', 'network.csv']);
  assert.equal(entries.get('network.csv')?.toString('utf8'), 'id,label\n1,“Smiley”\n');
  assert.deepEqual(entries.get('chart/i2 – links.anx'), binary);
});

test('an archive from another tool reads back, stored and deflated entries alike, without its folders', () => {
  // Written by Python's zipfile: a folder entry, a stored CSV and a deflated file with a UTF-8 name.
  const zip = Buffer.from(
    'UEsDBBQAAAAAAFEzhV0AAAAAAAAAAAAAAAAHAAAAZm9sZGVyL1BLAwQUAAAAAAAAACEAeweXCggAAAAIAAAAEQAAAGZvbGRlci9zdG9yZWQuY3N2YSxiCjEsMgpQSwMEFAAACAgAAAAhAMFIQlkMAAAALAEAABMAAABkZWZsYXRlZCDigJMgw6kudHh0y0jNyclXyBgliSABUEsBAhQDFAAAAAAAUTOFXQAAAAAAAAAAAAAAAAcAAAAAAAAAAAAQAP1BAAAAAGZvbGRlci9QSwECFAMUAAAAAAAAACEAeweXCggAAAAIAAAAEQAAAAAAAAAAAAAAgAElAAAAZm9sZGVyL3N0b3JlZC5jc3ZQSwECFAMUAAAICAAAACEAwUhCWQwAAAAsAQAAEwAAAAAAAAAAAAAAgAFcAAAAZGVmbGF0ZWQg4oCTIMOpLnR4dFBLBQYAAAAAAwADALUAAACZAAAAAAA=',
    'base64',
  );
  const entries = readZip(zip);
  assert.deepEqual(
    entries.map((entry) => [entry.name, entry.content.toString('utf8')]),
    [
      ['folder/stored.csv', 'a,b\n1,2\n'],
      ['deflated – é.txt', 'hello '.repeat(50)],
    ],
  );
});

test('something that is not an archive is refused', () => {
  assert.throws(() => readZip(Buffer.from('not a zip at all')), /Not a readable ZIP archive/);
});
