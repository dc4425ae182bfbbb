// Rebuilds data/st-albans-ward-boundaries.geojson and data/st-albans-lsoa-boundaries.geojson: St Albans' 2013
// wards and 2011 LSOAs, simplified (Douglas-Peucker, about 25 m) and rounded to 5 decimal places (about 1 m),
// with only the code and name of each area kept. See data/PROVENANCE.md.
// Usage: node src/modules/gazetteer/derive-boundary-data.ts <wards2013 E07000240.json> <lsoa2011 E07000100.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Point = readonly [number, number];
type Feature = { properties: Record<string, string>; geometry: { type: 'Polygon'; coordinates: Point[][] } };

const tolerance = 0.00025;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [x, y] = p;
  const [x1, y1] = a;
  const [x2, y2] = b;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

export function simplify(points: readonly Point[], epsilon: number): Point[] {
  if (points.length < 3) return [...points];
  const first = points[0] ?? [0, 0];
  const last = points[points.length - 1] ?? first;
  let index = 0;
  let furthest = 0;
  for (let i = 1; i < points.length - 1; i += 1) {
    const d = distanceToSegment(points[i] ?? first, first, last);
    if (d > furthest) [index, furthest] = [i, d];
  }
  if (furthest <= epsilon) return [first, last];
  return [...simplify(points.slice(0, index + 1), epsilon).slice(0, -1), ...simplify(points.slice(index), epsilon)];
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

function simplifyRing(ring: readonly Point[]): Point[] {
  // A closed ring: split in two so that Douglas-Peucker keeps a shape, then close it again.
  const half = Math.floor(ring.length / 2);
  const kept = [...simplify(ring.slice(0, half + 1), tolerance).slice(0, -1), ...simplify(ring.slice(half), tolerance)];
  return kept.map(([x, y]) => [round(x), round(y)] as const);
}

function derive(path: string, code: string, name: string) {
  const features = (JSON.parse(readFileSync(path, 'utf8')) as { features: Feature[] }).features;
  return {
    type: 'FeatureCollection',
    features: features
      .map((f) => ({
        type: 'Feature',
        properties: { code: f.properties[code], name: f.properties[name] },
        geometry: {
          type: 'Polygon',
          coordinates: f.geometry.coordinates.map(simplifyRing).filter((r) => r.length >= 4),
        },
      }))
      .sort((a, b) => String(a.properties.code).localeCompare(String(b.properties.code))),
  };
}

if (import.meta.main) {
  const [wardsPath, lsoaPath] = process.argv.slice(2);
  if (!wardsPath || !lsoaPath) throw new Error('usage: derive-boundary-data.ts <wards.json> <lsoas.json>');
  const dir = join(import.meta.dirname, 'data');
  writeFileSync(
    join(dir, 'st-albans-ward-boundaries.geojson'),
    JSON.stringify(derive(wardsPath, 'WD13CD', 'WD13NM')) + '\n',
  );
  writeFileSync(
    join(dir, 'st-albans-lsoa-boundaries.geojson'),
    JSON.stringify(derive(lsoaPath, 'LSOA11CD', 'LSOA11NM')) + '\n',
  );
}
