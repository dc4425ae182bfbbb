// St Albans' 2013 electoral wards and 2011 LSOAs as simplified polygons (data/*-boundaries.geojson, made by
// derive-boundary-data.ts; sources and licence in data/PROVENANCE.md), and which area holds a point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type AreaKind = 'ward' | 'lsoa';
type Ring = readonly (readonly [number, number])[];

export type AreaBoundary = {
  readonly code: string;
  readonly name: string;
  /** Outer ring first, then holes; lon/lat (CRS84). */
  readonly rings: readonly Ring[];
  readonly bbox: readonly [number, number, number, number];
};

const files: Readonly<Record<AreaKind, string>> = {
  ward: 'st-albans-ward-boundaries.geojson',
  lsoa: 'st-albans-lsoa-boundaries.geojson',
};

function load(kind: AreaKind): readonly AreaBoundary[] {
  const parsed = JSON.parse(readFileSync(join(import.meta.dirname, 'data', files[kind]), 'utf8')) as {
    features: { properties: { code: string; name: string }; geometry: { coordinates: [number, number][][] } }[];
  };
  return parsed.features.map((f) => {
    const outer = f.geometry.coordinates[0] ?? [];
    const xs = outer.map((p) => p[0]);
    const ys = outer.map((p) => p[1]);
    return Object.freeze({
      code: f.properties.code,
      name: f.properties.name,
      rings: f.geometry.coordinates,
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const,
    });
  });
}

const loaded = new Map<AreaKind, readonly AreaBoundary[]>();

/** Every ward or LSOA of the district, by code. */
export function areaBoundaries(kind: AreaKind): readonly AreaBoundary[] {
  let areas = loaded.get(kind);
  if (!areas) {
    areas = load(kind);
    loaded.set(kind, areas);
  }
  return areas;
}

/** Even-odd ray casting on one ring (lon/lat as plane coordinates: fine at ward scale). */
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The ward or LSOA holding the point, if it is in the district (simplified outlines: a point within ~25 m of a boundary may fall either side). */
export function areaAt(kind: AreaKind, latitude: number, longitude: number): AreaBoundary | undefined {
  return areaBoundaries(kind).find(({ rings: [outer, ...holes], bbox }) => {
    if (longitude < bbox[0] || longitude > bbox[2] || latitude < bbox[1] || latitude > bbox[3]) return false;
    return (
      outer !== undefined && inRing(longitude, latitude, outer) && !holes.some((h) => inRing(longitude, latitude, h))
    );
  });
}
