import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DRUG_CLASS, DRUG_NAMES, extractDrugs } from './drugs.ts';
import { VOCABULARY } from './drug-vocabulary.ts';
import { Claims } from './spans.ts';

const drugs = (text: string): string[] => extractDrugs(text, new Claims()).map((d) => `${d.text}=${d.name}`);
const names = (text: string): string[] => [...new Set(extractDrugs(text, new Claims()).map((d) => d.name))].sort();

describe('drug slang and deal-line menus', () => {
  it('gives every drug a class and every vocabulary line a source', () => {
    for (const name of DRUG_NAMES) assert.match(DRUG_CLASS[name], /^[ABC]$/, name);
    for (const [drug, , terms, sources] of VOCABULARY) assert.ok(sources.length > 0, `${drug}: ${terms}`);
    const [crack] = extractDrugs('selling crack', new Claims());
    assert.equal(crack?.drugClass, 'A');
    const [weed] = extractDrugs('selling weed', new Claims());
    assert.equal(weed?.drugClass, 'B');
  });

  it('reads menu words and letters in a menu or price context', () => {
    assert.deepEqual(names('Menu came through: white n dark, 2 for 20, text 07700900202'), ['crack', 'heroin']);
    assert.deepEqual(names("'Dark & light available now, sniff 50 a g, bud 10s and 20s'"), [
      'cannabis',
      'cocaine',
      'crack',
      'heroin',
    ]);
    assert.deepEqual(names("'W & B available, pebbles 10, shards 20'"), ['crack', 'heroin']);
    assert.deepEqual(names("'w n b all day, 2 for 25'"), ['crack', 'heroin']);
    assert.deepEqual(names("'W 10 B 10, 3 for 25'"), ['crack', 'heroin']);
    assert.deepEqual(names('Text said: bud, sniff, light, dark. Ring 07700 900 303'), [
      'cannabis',
      'cocaine',
      'crack',
      'heroin',
    ]);
    assert.deepEqual(names('the sniff is £50 a gram and the green is £10 a bag'), ['cannabis', 'cocaine']);
    assert.deepEqual(drugs('sum1 sellin sniff n bud outside the spar'), ['sniff=cocaine', 'bud=cannabis']);
    assert.deepEqual(drugs('man sell the white and the brown'), ['white=crack', 'brown=heroin']);
  });

  it('never takes ordinary words or colours out of a menu context', () => {
    for (const text of [
      'a white hoodie and dark jeans and a green rucksack',
      'the light in the hall and the green bin',
      'Snow is forecast and kids were sledging on the green all day',
      'selling light bulbs and batteries out of a bag',
      'We sell pebbles and bark chippings for the garden',
      'Green light at the crossing never works',
      'a white van parked on the green for two days',
      'colleague saw a lad selling ket on the green',
      'me and my bud went to the match in green shirts',
      'light and dark blue stripes',
      'dark and light, available all day',
      'a white noise machine',
      'B and W photos',
      'w and b',
      'shards of glass everywhere',
    ]) {
      assert.deepEqual(
        drugs(text).filter((d) => !d.startsWith('ket=')),
        [],
        text,
      );
    }
  });
});
