import type { ExportGraph } from './export-graph.ts';

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The network's locations as a GeoJSON FeatureCollection (RFC 7946: WGS84, [longitude, latitude]).
 * Locations without coordinates are left out and counted in the collection's properties.
 */
export function buildGeoJson(graph: ExportGraph) {
  const locations = graph.entities.filter((e) => e.kind === 'location');
  const linkCount = new Map<string, number>();
  for (const link of graph.links) {
    linkCount.set(link.a, (linkCount.get(link.a) ?? 0) + 1);
    linkCount.set(link.b, (linkCount.get(link.b) ?? 0) + 1);
  }
  const features = locations.flatMap((e) =>
    e.coordinates === null
      ? []
      : [
          {
            type: 'Feature' as const,
            id: e.id,
            geometry: {
              type: 'Point' as const,
              coordinates: [round(e.coordinates.longitude), round(e.coordinates.latitude)],
            },
            properties: {
              id: e.id,
              label: e.label,
              firstSeen: e.firstSeen,
              lastSeen: e.lastSeen,
              reportCount: e.reportCount,
              linkCount: linkCount.get(e.id) ?? 0,
              coordinateSource: e.coordinates.source,
              reportIds: e.reportIds,
            },
          },
        ],
  );
  return {
    type: 'FeatureCollection' as const,
    features,
    properties: {
      title: graph.title,
      marking: graph.marking,
      exportedAt: graph.exportedAt,
      locations: locations.length,
      withoutCoordinates: locations.length - features.length,
    },
  };
}
