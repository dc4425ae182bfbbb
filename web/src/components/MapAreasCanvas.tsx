import {
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useRef } from 'react';
import { areaShades, shadeStep, type MapArea } from './MapAreas.tsx';

setWorkerUrl(workerUrl);

const districtBounds: [[number, number], [number, number]] = [
  [-0.45, 51.68],
  [-0.18, 51.85],
];

// No tiles, glyphs or sprites: only the areas the API sends.
const style: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#ffffff' } }],
};

function areasGeoJson(areas: readonly MapArea[]) {
  const max = Math.max(0, ...areas.map((a) => a.count));
  return {
    type: 'FeatureCollection' as const,
    features: areas.map((a) => ({
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: a.rings },
      properties: { id: a.id, name: a.name, count: a.count, shade: areaShades[shadeStep(a.count, max)] },
    })),
  };
}

/** The MapLibre map of shaded areas (loaded lazily through MapAreas). */
export function MapAreasCanvas({ areas, label }: { areas: readonly MapArea[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const latest = useRef(areas);
  latest.current = areas;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const created = new MapLibreMap({
      container: element,
      style,
      bounds: districtBounds,
      fitBoundsOptions: { padding: 20 },
      attributionControl: { compact: false, customAttribution: 'Boundaries: ONS, OS (OGL v3.0)' },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.current = created;
    created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    created.getCanvas().setAttribute('aria-label', label);
    created.on('load', () => {
      created.addSource('areas', { type: 'geojson', data: areasGeoJson(latest.current) });
      created.addLayer({
        id: 'areas',
        type: 'fill',
        source: 'areas',
        paint: { 'fill-color': ['get', 'shade'], 'fill-opacity': 0.8 },
      });
      created.addLayer({
        id: 'outlines',
        type: 'line',
        source: 'areas',
        paint: { 'line-color': '#505a5f', 'line-width': 1 },
      });
    });
    created.on('idle', () => {
      if (created.getLayer('areas')) {
        element.dataset.renderedAreas = String(created.queryRenderedFeatures({ layers: ['areas'] }).length);
      }
    });
    return () => {
      created.remove();
      map.current = null;
    };
  }, [label]);

  useEffect(() => {
    void map.current?.getSource<GeoJSONSource>('areas')?.setData(areasGeoJson(areas));
  }, [areas]);

  return <div ref={container} className="lb-map" data-testid="hotspot-map" />;
}
