import {
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { MapPoint } from './MapDistrict.tsx';
import { addPointPopups, addStreetLabels, pointColours } from './map-overlays.ts';

setWorkerUrl(workerUrl);

type Collection = {
  type: 'FeatureCollection';
  features: { geometry: { coordinates: [number, number] }; properties: { name: string } }[];
};

// The district as a whole, when there is nothing to zoom to.
const districtBounds: [[number, number], [number, number]] = [
  [-0.45, 51.68],
  [-0.18, 51.85],
];

// No tiles, glyphs or sprites: everything drawn comes from our own API, so it works offline.
const style: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f3f2f1' } }],
};

function pointsGeoJson(points: readonly MapPoint[]) {
  return {
    type: 'FeatureCollection' as const,
    features: points.map((p) => ({
      type: 'Feature' as const,
      id: p.id,
      geometry: { type: 'Point' as const, coordinates: [p.longitude, p.latitude] },
      properties: { id: p.id, label: p.label, category: p.category ?? 'alert' },
    })),
  };
}

function boundsOf(points: readonly MapPoint[]): [[number, number], [number, number]] {
  if (points.length === 0) return districtBounds;
  const longitudes = points.map((p) => p.longitude);
  const latitudes = points.map((p) => p.latitude);
  const pad = 0.004;
  return [
    [Math.min(...longitudes) - pad, Math.min(...latitudes) - pad],
    [Math.max(...longitudes) + pad, Math.max(...latitudes) + pad],
  ];
}

// The force's own base map, if configured (STAFF_MAP_STYLE_URL), asked once per page load.
let baseStyle: Promise<string | null> | undefined;
function loadBaseStyle(): Promise<string | null> {
  baseStyle ??= api
    .get('/api/maps/style')
    .then((answer) => answer.styleUrl)
    .catch(() => null);
  return baseStyle;
}

let streets: Promise<Collection> | undefined;
function loadStreets(): Promise<Collection> {
  streets ??= api.get('/api/maps/gazetteer');
  return streets;
}

/** Adds the street points and the page's places on top of whatever base style is loaded. */
function addOverlay(
  instance: MapLibreMap,
  points: readonly MapPoint[],
  element: HTMLElement,
  onError: (message: string) => void,
) {
  if (instance.getSource('points')) return;
  instance.addSource('streets', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  instance.addLayer({
    id: 'streets',
    type: 'circle',
    source: 'streets',
    paint: { 'circle-radius': 2, 'circle-color': '#6f777b', 'circle-opacity': 0.7 },
  });
  instance.addSource('points', { type: 'geojson', data: pointsGeoJson(points) });
  instance.addLayer({
    id: 'points',
    type: 'circle',
    source: 'points',
    paint: {
      'circle-radius': 8,
      'circle-color': [
        'match',
        ['get', 'category'],
        'line',
        pointColours.line,
        'both',
        pointColours.both,
        pointColours.alert,
      ],
      'circle-stroke-color': '#0b0c0c',
      'circle-stroke-width': 2,
    },
  });
  loadStreets()
    .then((collection) => {
      void instance.getSource<GeoJSONSource>('streets')?.setData(collection as Parameters<GeoJSONSource['setData']>[0]);
      addStreetLabels(
        instance,
        collection.features.map((f) => ({
          name: f.properties.name,
          longitude: f.geometry.coordinates[0],
          latitude: f.geometry.coordinates[1],
        })),
        element,
      );
    })
    .catch(() => {
      onError('The street background could not be loaded.');
    });
}

/** The MapLibre map itself (loaded lazily through MapDistrict). */
export function MapCanvas({ points, label }: { points: readonly MapPoint[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const latestPoints = useRef(points);
  latestPoints.current = points;
  const [error, setError] = useState<string>();

  // The map is created once; later changes of points are pushed in by the effect below.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let cancelled = false;
    let instance: MapLibreMap | undefined;
    void loadBaseStyle().then((styleUrl) => {
      if (cancelled) return;
      const created = new MapLibreMap({
        container: element,
        style: styleUrl ?? style,
        bounds: boundsOf(latestPoints.current),
        fitBoundsOptions: { padding: 40, maxZoom: 15 },
        attributionControl: { compact: false, customAttribution: 'Street points: police.uk (OGL v3.0)' },
        // Keeps the drawn image readable (screenshots, printing, tests).
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
      instance = created;
      map.current = created;
      // Zoom in and out by button as well as by wheel, pinch or keyboard.
      created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      // MapLibre makes its canvas a labelled region (and keyboard-operable): name it for this map.
      created.getCanvas().setAttribute('aria-label', label);
      let fellBack = styleUrl === null;
      created.on('error', (event) => {
        // The force's map server is unreachable: fall back to the offline background.
        if (!fellBack && !created.isStyleLoaded()) {
          fellBack = true;
          created.setStyle(style);
        }
        setError(event.error.message);
      });
      // After each render settles, record how many places are actually drawn (tests read it).
      created.on('idle', () => {
        if (!created.getLayer('points')) return;
        element.dataset.renderedPoints = String(created.queryRenderedFeatures({ layers: ['points'] }).length);
      });
      let popups = false;
      created.on('style.load', () => {
        addOverlay(created, latestPoints.current, element, setError);
        if (popups) return;
        popups = true;
        addPointPopups(created, () => new Map(latestPoints.current.map((p) => [p.id, p])));
      });
    });
    return () => {
      cancelled = true;
      instance?.remove();
      map.current = null;
    };
  }, [label]);

  useEffect(() => {
    const instance = map.current;
    const source = instance?.getSource<GeoJSONSource>('points');
    if (!instance || !source) return;
    void source.setData(pointsGeoJson(points));
    instance.fitBounds(boundsOf(points), { padding: 40, maxZoom: 15, animate: false });
  }, [points]);

  return (
    <>
      <div ref={container} className="lb-map" data-testid="district-map" />
      {error && <p className="lb-hint">{error}</p>}
    </>
  );
}
