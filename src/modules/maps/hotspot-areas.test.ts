import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellToLatLng } from 'h3-js';
import { countByArea } from './hotspot-areas.ts';

// Harper Lane (Park Street ward, LSOA E01023720) and Waddington Road (St Peters, E01023727): police.uk points
// from the gazetteer, their wards as data/st-albans-wards.csv gives them (derived from the unsimplified polygons).
const harperLane = { latitude: 51.70277, longitude: -0.313147 };
const waddingtonRoad = { latitude: 51.753028, longitude: -0.339165 };
const london = { latitude: 51.5074, longitude: -0.1278 };

test('counts by ward: every ward drawn, busiest first (ties by code); points outside the district counted apart', () => {
  const { features, outside } = countByArea(
    [
      { ...harperLane, count: 2 },
      { ...waddingtonRoad, count: 3 },
      { ...harperLane, count: 1 },
      { ...london, count: 4 },
    ],
    'ward',
    8,
  );
  assert.equal(features.length, 20);
  assert.deepEqual(
    features.slice(0, 2).map((f) => [f.properties.name, f.properties.count]),
    [
      ['Park Street', 3],
      ['St Peters', 3],
    ],
  );
  assert.equal(features[2]?.properties.count, 0);
  assert.equal(outside, 4);
  assert.equal(features[0]?.geometry.type, 'Polygon');
});

test('counts by LSOA', () => {
  const { features } = countByArea([{ ...harperLane, count: 2 }], 'lsoa', 8);
  assert.equal(features.length, 87);
  assert.deepEqual([features[0]?.properties.id, features[0]?.properties.count], ['E01023720', 2]);
});

test('counts by hexagon: only hexagons with something in them, each a closed ring around its point', () => {
  for (const resolution of [7, 8, 9] as const) {
    const { features, outside } = countByArea(
      [
        { ...harperLane, count: 2 },
        { ...waddingtonRoad, count: 5 },
        { ...london, count: 1 },
      ],
      'hex',
      resolution,
    );
    assert.equal(outside, 0);
    assert.deepEqual(
      features.map((f) => f.properties.count),
      [5, 2, 1],
    );
    const top = features[0]!;
    const ring = top.geometry.coordinates[0]!;
    assert.deepEqual(ring[0], ring[ring.length - 1]);
    const [lat, lng] = cellToLatLng(top.properties.id);
    assert.ok(Math.abs(lat - waddingtonRoad.latitude) < 0.05 && Math.abs(lng - waddingtonRoad.longitude) < 0.05);
  }
});
