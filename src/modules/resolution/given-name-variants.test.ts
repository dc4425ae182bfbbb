import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areGivenNameVariants, countGivenNameVariantPairs, formalGivenNames } from './given-name-variants.ts';

test('the table holds at least 150 formal name and short form pairs', () => {
  assert.ok(countGivenNameVariantPairs() >= 150, String(countGivenNameVariantPairs()));
});

test('common UK short forms are recognised both ways', () => {
  const pairs = [
    ['rob', 'robert'],
    ['bob', 'robert'],
    ['bill', 'william'],
    ['liam', 'william'],
    ['liz', 'elizabeth'],
    ['jim', 'james'],
    ['dan', 'daniel'],
    ['danny', 'daniel'],
    ['kat', 'katherine'],
    ['katie', 'catherine'],
    ['mo', 'mohammed'],
  ];
  for (const [short, formal] of pairs) {
    assert.ok(areGivenNameVariants(short!, formal!), `${short!} / ${formal!}`);
    assert.ok(areGivenNameVariants(formal!, short!), `${formal!} / ${short!}`);
  }
  // Short forms of one name, and spellings of one name, are variants of each other too.
  assert.ok(areGivenNameVariants('bob', 'rob'));
  assert.ok(areGivenNameVariants('catherine', 'kathryn'));
});

test('different names, unknown names and identical names are not variants', () => {
  assert.equal(areGivenNameVariants('robert', 'william'), false);
  assert.equal(areGivenNameVariants('zbigniew', 'zbyszek'), false);
  // Identical is an exact match, not a variant.
  assert.equal(areGivenNameVariants('rob', 'rob'), false);
});

test('an ambiguous short form stands for each of its formal names', () => {
  assert.deepEqual(formalGivenNames('sam').sort(), ['samantha', 'samuel']);
  assert.deepEqual(formalGivenNames('robert'), ['robert']);
  assert.deepEqual(formalGivenNames('zbigniew'), ['zbigniew']);
});
