import { lazy, Suspense } from 'react';
import './MapChart.css';

/** A place drawn on the district map; with `links` a click opens a pop-up of them. */
export type MapPoint = {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  /** Why it is drawn (its colour): an alert, a deal line, or both. Alert red when unset. */
  category?: 'alert' | 'line' | 'both';
  /** The app page of the place itself (the pop-up's title links to it). */
  href?: string;
  links?: readonly { to: string; text: string }[];
};

// MapLibre is large (about 1.7 MB and a worker): it loads only when a page shows a map.
const MapCanvas = lazy(() => import('./MapCanvas.tsx').then((module) => ({ default: module.MapCanvas })));

/**
 * The St Albans district map: the gazetteer's streets as a background (served by the staff
 * API, no tile server, nothing from a third party) and the given points on top. Pages list
 * the same points in a table beside it: the map is not accessible on its own.
 */
export function MapDistrict({ points, label }: { points: readonly MapPoint[]; label: string }) {
  return (
    <Suspense fallback={<p className="lb-hint">Loading the map…</p>}>
      <MapCanvas points={points} label={label} />
    </Suspense>
  );
}
