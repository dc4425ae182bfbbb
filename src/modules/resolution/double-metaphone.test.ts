import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doubleMetaphone } from './double-metaphone.ts';

// Expected codes are what PostgreSQL 15's fuzzystrmatch dmetaphone()/dmetaphone_alt() return;
// test/resolution/phonetic-agreement.test.ts checks thousands more against the database.
const expected: [string, string, string][] = [
  ['Thompson', 'TMPS', 'TMPS'],
  ['Smith', 'SM0', 'XMT'],
  ['Schmidt', 'XMT', 'SMT'],
  ['Michael', 'MKL', 'MXL'],
  ['Caesar', 'SSR', 'SSR'],
  ['Xavier', 'SF', 'SFR'],
  ['Knight', 'NT', 'NT'],
  ['Wright', 'RT', 'RT'],
  ['Jose', 'HS', 'HS'],
  ['Zhao', 'J', 'J'],
  ['McHugh', 'MK', 'MK'],
  ['Laugh', 'LF', 'LF'],
  ['Edge', 'AJ', 'AJ'],
  ['Czerny', 'SRN', 'XRN'],
  ['Filipowicz', 'FLPT', 'FLPF'],
  ['Schenker', 'XNKR', 'SKNK'],
  ['Arnow', 'ARN', 'ARNF'],
  ['breaux', 'PR', 'PR'],
  ['Gallegos', 'KLKS', 'KKS'],
  ['Rogier', 'RJ', 'RJR'],
  ['Tagliaro', 'TKLR', 'TLR'],
  ['Ghislane', 'JLN', 'JLN'],
  ['Obrien', 'APRN', 'APRN'],
  ['Kowalski', 'KLSK', 'KLSK'],
];

test('double metaphone gives the primary and alternative codes fuzzystrmatch gives', () => {
  for (const [word, primary, alternate] of expected) {
    assert.deepEqual(doubleMetaphone(word), { primary, alternate }, word);
  }
});

test('double metaphone groups names that sound alike', () => {
  assert.equal(doubleMetaphone('Allen').primary, doubleMetaphone('Alan').primary);
  assert.equal(doubleMetaphone('Catherine').primary, doubleMetaphone('Kathryn').primary);
  assert.equal(doubleMetaphone('Stephen').primary, doubleMetaphone('Steven').primary);
  assert.notEqual(doubleMetaphone('Robert').primary, doubleMetaphone('William').primary);
});

test('double metaphone handles empty input, lower case and codes capped at four letters', () => {
  assert.deepEqual(doubleMetaphone(''), { primary: '', alternate: '' });
  assert.deepEqual(doubleMetaphone('smith'), doubleMetaphone('SMITH'));
  assert.ok(doubleMetaphone('Featherstonehaugh').primary.length <= 4);
});
