import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from './prng.ts';

const draw = (seed: number, ...labels: (string | number)[]) => {
  const rng = createRng(seed, ...labels);
  return Array.from({ length: 8 }, () => rng.next());
};

test('the same seed and label give the same sequence; any change gives another', () => {
  assert.deepEqual(draw(7, 'report', 41), draw(7, 'report', 41));
  assert.notDeepEqual(draw(7, 'report', 41), draw(8, 'report', 41));
  assert.notDeepEqual(draw(7, 'report', 41), draw(7, 'report', 42));
  assert.notDeepEqual(draw(7, 'people'), draw(7, 'lines'));
});

test('draws stay in range and spread evenly', () => {
  const rng = createRng(1, 'range');
  const buckets = new Array<number>(10).fill(0);
  for (let i = 0; i < 100_000; i++) {
    const x = rng.next();
    assert.ok(x >= 0 && x < 1);
    buckets[Math.floor(x * 10)]! += 1;
  }
  for (const count of buckets) assert.ok(Math.abs(count - 10_000) < 500, `bucket holds ${String(count)}`);
  for (let i = 0; i < 1000; i++) {
    const n = rng.int(3, 5);
    assert.ok(n === 3 || n === 4 || n === 5);
  }
});

test('sample, weighted and uuid behave', () => {
  const rng = createRng(2, 'helpers');
  const picked = rng.sample([1, 2, 3, 4, 5], 3);
  assert.equal(new Set(picked).size, 3);
  assert.deepEqual(rng.sample([1, 2], 5).sort(), [1, 2]);
  let heavy = 0;
  for (let i = 0; i < 1000; i++) {
    if (
      rng.weighted([
        ['a', 9],
        ['b', 1],
      ] as const) === 'a'
    ) {
      heavy++;
    }
  }
  assert.ok(heavy > 850 && heavy < 950);
  assert.match(rng.uuid(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.throws(() => rng.pick([]), /empty/);
});
