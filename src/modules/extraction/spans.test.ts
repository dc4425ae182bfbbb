// Claimed ranges (spans.ts): kept in order of their starts and searched near the range asked about, they answer as
// a pass over every range would, whatever order ranges are added in and however long one is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Claims } from './spans.ts';

describe('Claims', () => {
  it('answers overlaps as a pass over every range would', () => {
    const claims = new Claims();
    const ranges: [number, number][] = [];
    // Ranges added out of order, one of them long, some overlapping others (add does not check).
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 400; i++) {
      const start = next(5000);
      const end = start + 1 + (i === 200 ? 900 : next(12));
      claims.add(start, end);
      ranges.push([start, end]);
    }
    for (let i = 0; i < 2000; i++) {
      const start = next(6000);
      const end = start + 1 + next(20);
      const expected = ranges.some(([s, e]) => start < e && s < end);
      assert.equal(claims.overlaps(start, end), expected, `${String(start)}–${String(end)}`);
    }
  });

  it('claims a free range once, and refuses one that touches a claimed range', () => {
    const claims = new Claims();
    assert.equal(claims.claim(10, 20), true);
    assert.equal(claims.claim(15, 25), false);
    assert.equal(claims.claim(20, 30), true);
    assert.equal(claims.claim(0, 10), true);
    assert.equal(claims.overlaps(9, 11), true);
    assert.equal(claims.overlaps(30, 40), false);
  });
});
