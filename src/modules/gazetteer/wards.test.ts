import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wardAt, type Ward as WardShape } from './derive-ward-data.ts';
import { findWard, listWards } from './wards.ts';

test('a point is in a ward inside its outer ring and outside its holes', () => {
  const square = (x: number, y: number, size: number) =>
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ] as [number, number][];
  const wards: WardShape[] = [
    { code: 'E1', name: 'Ring', polygons: [[square(0, 0, 10), square(4, 4, 2)]] },
    { code: 'E2', name: 'Island', polygons: [[square(4, 4, 2)]] },
  ];
  assert.equal(wardAt(wards, 1, 1)?.name, 'Ring');
  assert.equal(wardAt(wards, 5, 5)?.name, 'Island', 'the hole of one ward is the other');
  assert.equal(wardAt(wards, 11, 5), undefined);
});

test("the shipped data files St Albans' 20 wards of 2013 with their streets and sectors", () => {
  const wards = listWards();
  assert.equal(wards.length, 20);
  assert.deepEqual(
    wards.slice(0, 3).map((w) => w.name),
    ['Ashley', 'Batchwood', 'Clarence'],
  );
  const stPeters = wards.find((w) => w.name === 'St Peters');
  assert.ok(stPeters);
  assert.ok(stPeters.streets.includes('Hatfield Road'));
  assert.ok(stPeters.sectors.includes('AL1 3'));
  assert.equal(findWard(stPeters.code)?.name, 'St Peters');
  assert.equal(findWard('E05999999'), undefined);
  assert.equal(
    wards.reduce((n, w) => n + w.streets.length, 0),
    1223,
    'every gazetteer street falls in a ward',
  );
});
