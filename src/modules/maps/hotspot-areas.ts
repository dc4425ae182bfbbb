import { cellToBoundary, latLngToCell } from 'h3-js';
import { areaAt, areaBoundaries } from '../gazetteer/index.ts';

// Counts at points (places mentioned, alert addresses, warrant premises, seizure places) gathered into
// areas: St Albans' wards, its LSOAs, or H3 hexagons at a chosen resolution (7: ~5 km², 8: ~0.7 km²,
// 9: ~0.1 km²). Pure: the service finds the points, this draws the polygons.

export const hotspotUnits = ['ward', 'lsoa', 'hex'] as const;
export type HotspotUnit = (typeof hotspotUnits)[number];
export const hexResolutions = [7, 8, 9] as const;
export type HexResolution = (typeof hexResolutions)[number];

export type PointCount = { readonly latitude: number; readonly longitude: number; readonly count: number };

export type AreaCount = {
  readonly type: 'Feature';
  readonly geometry: { readonly type: 'Polygon'; readonly coordinates: (readonly (readonly number[])[])[] };
  readonly properties: { readonly id: string; readonly name: string; readonly count: number };
};

export type AreaCounts = {
  readonly features: AreaCount[];
  /** Counts at points outside every ward or LSOA of the district (none for hexagons). */
  readonly outside: number;
};

export function countByArea(points: readonly PointCount[], unit: HotspotUnit, resolution: HexResolution): AreaCounts {
  const counts = new Map<string, number>();
  let outside = 0;
  for (const point of points) {
    const id =
      unit === 'hex'
        ? latLngToCell(point.latitude, point.longitude, resolution)
        : areaAt(unit, point.latitude, point.longitude)?.code;
    if (id === undefined) outside += point.count;
    else counts.set(id, (counts.get(id) ?? 0) + point.count);
  }
  if (unit === 'hex') {
    const features = [...counts].map(([id, count]) => ({
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: [cellToBoundary(id, true)] },
      properties: { id, name: `Hexagon ${id}`, count },
    }));
    return { features: features.sort(byCountThenId), outside };
  }
  // Every ward or LSOA is drawn, with 0 where nothing was counted: an empty area is a finding too.
  const features = areaBoundaries(unit).map((area) => ({
    type: 'Feature' as const,
    geometry: { type: 'Polygon' as const, coordinates: area.rings.map((ring) => ring.map((p) => [...p])) },
    properties: { id: area.code, name: area.name, count: counts.get(area.code) ?? 0 },
  }));
  return { features: features.sort(byCountThenId), outside };
}

function byCountThenId(a: AreaCount, b: AreaCount): number {
  return b.properties.count - a.properties.count || a.properties.id.localeCompare(b.properties.id);
}
