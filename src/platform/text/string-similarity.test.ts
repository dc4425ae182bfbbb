import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAdjacentTransposition, jaro, jaroWinkler, levenshtein, withinEditDistance } from './string-similarity.ts';

test('levenshtein counts insertions, deletions and substitutions', () => {
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(levenshtein('', 'abc'), 3);
  assert.equal(levenshtein('abc', ''), 3);
  assert.equal(levenshtein('allen', 'allen'), 0);
  // A transposition is two edits in plain Levenshtein.
  assert.equal(levenshtein('evans', 'eavns'), 2);
  assert.equal(levenshtein('smith', 'smyth'), levenshtein('smyth', 'smith'));
});

test('jaro and jaro-winkler give the published values', () => {
  // Winkler (1990) and the usual textbook examples.
  assert.ok(Math.abs(jaro('MARTHA', 'MARHTA') - 0.944) < 0.001);
  assert.ok(Math.abs(jaroWinkler('MARTHA', 'MARHTA') - 0.961) < 0.001);
  assert.ok(Math.abs(jaroWinkler('DWAYNE', 'DUANE') - 0.84) < 0.001);
  assert.ok(Math.abs(jaroWinkler('DIXON', 'DICKSONX') - 0.813) < 0.001);
});

test('jaro-winkler edge cases: empty, identical, nothing shared, symmetric', () => {
  assert.equal(jaroWinkler('', ''), 0);
  assert.equal(jaroWinkler('a', ''), 0);
  assert.equal(jaroWinkler('robert', 'robert'), 1);
  assert.equal(jaroWinkler('abc', 'xyz'), 0);
  assert.equal(jaroWinkler('crate', 'trace'), jaroWinkler('trace', 'crate'));
  // The shared prefix lifts a typo late in the name above one early in it.
  assert.ok(jaroWinkler('jonathon', 'jonathan') > jaroWinkler('ionathan', 'jonathan'));
});

test('the banded edit-distance check agrees with the full distance', () => {
  const words = [
    '',
    'a',
    'ab',
    'abc',
    'allen',
    'alan',
    'allan',
    'evied56@harris-bailey.net',
    'evihd56@earris-bailey.net',
    'kitten',
    'sitting',
  ];
  for (const a of words) {
    for (const b of words) {
      for (const max of [0, 1, 2, 3]) {
        assert.equal(withinEditDistance(a, b, max), levenshtein(a, b) <= max, `${a} / ${b} / ${String(max)}`);
      }
    }
  }
});

test('adjacent transpositions: two neighbouring characters swapped, nothing else', () => {
  assert.ok(isAdjacentTransposition('4807', '4870'));
  assert.ok(isAdjacentTransposition('2037', '0237'));
  assert.ok(!isAdjacentTransposition('4807', '4807'));
  assert.ok(isAdjacentTransposition('5379', '3579'));
  assert.ok(!isAdjacentTransposition('5379', '9375'), 'not neighbours');
  assert.ok(!isAdjacentTransposition('4807', '8470'), 'two swaps');
  assert.ok(!isAdjacentTransposition('480', '4870'));
});
