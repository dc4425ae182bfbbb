import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBlindIndex } from '../../platform/crypto/blind-index.ts';
import { queryClauses, reportSearchTokens, searchDigest } from './search-tokens.ts';

test('a report is tokenised into folded words and normalised identifiers, without stop words', () => {
  const tokens = reportSearchTokens([
    "Tiny's mate José rings 07700 900 123 from the black Audi LN65 ABC near AL1 3RR",
    'vans at the back of 12 Hatfield Road',
  ]);
  for (const expected of [
    'w:tiny',
    'w:mate',
    'w:jose',
    'w:ring',
    'w:audi',
    'w:van',
    'w:12',
    'w:hatfield',
    'w:road',
    'phone:+447700900123',
    'vrm:LN65ABC',
    'postcode:AL1 3RR',
  ]) {
    assert.ok(tokens.has(expected), expected);
  }
  for (const absent of ['w:the', 'w:from', 'w:07700', 'w:ln65', 'w:al1', 'w:s']) {
    assert.ok(!tokens.has(absent), absent);
  }
});

test('a query is read as the report is: identifiers whole, the other words each a clause', () => {
  assert.deepEqual(queryClauses('+44 7700 900123'), [['phone:+447700900123']]);
  assert.deepEqual(queryClauses('l n 6 5 a b c'), [['vrm:LN65ABC']]);
  assert.deepEqual(queryClauses('ln65abc'), [['vrm:LN65ABC']]);
  assert.deepEqual(queryClauses('Tiny on Hatfield Road'), [['w:tiny'], ['w:hatfield'], ['w:road']]);
  assert.deepEqual(queryClauses('tiny 12'), [['w:tiny'], ['w:12']], 'two words are not read as a registration');
  assert.deepEqual(queryClauses('the and of'), []);
});

test('a digest is keyed: the same token under another key gives another digest', () => {
  const one = createBlindIndex(new Uint8Array(32).fill(1));
  const two = createBlindIndex(new Uint8Array(32).fill(2));
  assert.equal(searchDigest(one, 'w:tiny'), searchDigest(one, 'w:tiny'));
  assert.notEqual(searchDigest(one, 'w:tiny'), searchDigest(two, 'w:tiny'));
  assert.notEqual(searchDigest(one, 'w:tiny'), searchDigest(one, 'w:tina'));
  assert.match(searchDigest(one, 'w:tiny'), /^-?\d{1,19}$/);
});
