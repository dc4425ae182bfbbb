import { listStreets } from '../gazetteer/index.ts';
import type { Coordinates } from '../network/index.ts';

// GeoJSON the staff map draws. Coordinates are [longitude, latitude], rounded to about a metre.

type Point = { type: 'Point'; coordinates: [number, number] };
export type Feature<P> = { type: 'Feature'; id?: string; geometry: Point; properties: P };
export type FeatureCollection<P> = { type: 'FeatureCollection'; features: Feature<P>[] };

const round = (value: number) => Math.round(value * 1e5) / 1e5;

export function point(latitude: number, longitude: number): Point {
  return { type: 'Point', coordinates: [round(longitude), round(latitude)] };
}

export type GazetteerProperties = { kind: 'street'; name: string };

let gazetteer: FeatureCollection<GazetteerProperties> | undefined;

/**
 * The district's streets, one point each (police.uk snap points, OGL v3.0): the map's offline
 * background. Postcode-sector centroids are left out: their licence is unclear (see PROVENANCE).
 */
export function gazetteerGeoJson(): FeatureCollection<GazetteerProperties> {
  gazetteer ??= {
    type: 'FeatureCollection',
    features: listStreets().map((street) => ({
      type: 'Feature' as const,
      geometry: point(street.latitude, street.longitude),
      properties: { kind: 'street' as const, name: street.name },
    })),
  };
  return gazetteer;
}

export type FlagReason =
  | { kind: 'alert'; alertId: string; alertKind: string; title: string; status: string; priority: string }
  | { kind: 'deal_line'; lineId: string; brandName: string; status: string };

export type FlaggedLocationProperties = {
  entityId: string;
  label: string;
  precision: Coordinates['source'];
  reasons: FlagReason[];
};

export type FlaggedLocation = {
  entityId: string;
  label: string;
  coordinates: Coordinates | null;
  reasons: FlagReason[];
};

export function presentFlaggedLocations(locations: readonly FlaggedLocation[]) {
  const placed = locations.flatMap((location) =>
    location.coordinates === null ? [] : [{ ...location, coordinates: location.coordinates }],
  );
  return {
    type: 'FeatureCollection' as const,
    features: placed.map((location): Feature<FlaggedLocationProperties> => ({
      type: 'Feature',
      id: location.entityId,
      geometry: point(location.coordinates.latitude, location.coordinates.longitude),
      properties: {
        entityId: location.entityId,
        label: location.label,
        precision: location.coordinates.source,
        reasons: location.reasons,
      },
    })),
    /** Flagged locations the gazetteer cannot place (listed, not drawn). */
    unplaced: locations
      .filter((location) => location.coordinates === null)
      .map(({ entityId, label, reasons }) => ({ entityId, label, reasons })),
  };
}
