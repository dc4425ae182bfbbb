import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractPostcodes } from './postcodes.ts';
import { Claims } from './spans.ts';

const codes = (text: string): string[] =>
  extractPostcodes(text, new Claims()).map((p) => (p.partial ? '~' : '') + p.postcode);

describe('extractPostcodes', () => {
  it('normalises full postcodes', () => {
    assert.deepEqual(codes('AL1 3JX'), ['AL1 3JX']);
    assert.deepEqual(codes('postcode is al13jx i think'), ['AL1 3JX']);
    assert.deepEqual(codes('at AL10 9AB.'), ['AL10 9AB']);
    assert.deepEqual(codes('SW1A 1AA and W1A 0AX'), ['SW1A 1AA', 'W1A 0AX']);
  });

  it('rejects unknown areas and impossible inward codes', () => {
    assert.deepEqual(codes('ZZ1 1ZZ'), []);
    assert.deepEqual(codes('AL1 3CI'), []);
    assert.deepEqual(codes('AB12 CDE'), []);
  });

  it('takes outward and sector partials when the context says postcode', () => {
    assert.deepEqual(codes('near AL3'), ['~AL3']);
    assert.deepEqual(codes('postcode AL1'), ['~AL1']);
    assert.deepEqual(codes('the AL4 area'), ['~AL4']);
    assert.deepEqual(codes('in al3'), ['~AL3']);
    assert.deepEqual(codes('near AL1 3, by the alley'), ['~AL1 3']);
    assert.deepEqual(codes('lads from E15'), ['~E15']);
  });

  it('needs no cue for capitalised St Albans districts, but does for others', () => {
    assert.deepEqual(codes('deliver to AL4'), ['~AL4']);
    assert.deepEqual(codes('AL11'), []);
    assert.deepEqual(codes('SG1 only'), []);
    assert.deepEqual(codes('al3'), []);
    assert.deepEqual(codes('outside the co op on hatfield rd al1 4 every nite'), ['~AL1 4']);
    assert.deepEqual(codes('Al1 4'), []);
  });

  it('does not read motorways, models or plate fragments as partial postcodes', () => {
    assert.deepEqual(codes('on the M1 again'), []);
    assert.deepEqual(codes('in M25 traffic'), []);
    assert.deepEqual(codes('postcode M1'), ['~M1']);
    assert.deepEqual(codes('reg starts with AL1'), []);
  });

  it('gives exact spans', () => {
    const input = 'flat in AL1 3JX, ok';
    const [p] = extractPostcodes(input, new Claims());
    assert.ok(p);
    assert.equal(input.slice(p.start, p.end), 'AL1 3JX');
    assert.equal(p.partial, false);
  });

  it('reads a lower-case district right after a town of the district', () => {
    assert.deepEqual(codes('im a dinner lady at a primary school in st albans al1. a boy in year 6'), ['~AL1']);
    assert.deepEqual(
      codes('she has al1 and al2 on her mind. i lived in st albans b4 moving. see u in harpenden l8r'),
      [],
    );
  });
});

describe('postcodes: what the thirty-fourth held-out set wrote', () => {
  it('reads a full postcode with two spaces', () => {
    assert.deepEqual(
      extractPostcodes('a 2-bed terrace on Ladies Grove (AL3  5UA).', new Claims()).map((p) => p.postcode),
      ['AL3 5UA'],
    );
  });
});
