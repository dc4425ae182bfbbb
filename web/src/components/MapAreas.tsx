import { lazy, Suspense } from 'react';
import './MapChart.css';

/** An area drawn on the district map, shaded by its count. */
export type MapArea = { id: string; name: string; count: number; rings: number[][][] };

// MapLibre loads only when a page shows a map (see MapDistrict).
const MapAreasCanvas = lazy(() =>
  import('./MapAreasCanvas.tsx').then((module) => ({ default: module.MapAreasCanvas })),
);

/**
 * Areas (wards, LSOAs or hexagons) shaded by count over the district, with no tiles: pages list the
 * same counts in a table beside it, since the map is not accessible on its own.
 */
export function MapAreas({ areas, label }: { areas: readonly MapArea[]; label: string }) {
  return (
    <Suspense fallback={<p className="lb-hint">Loading the map…</p>}>
      <MapAreasCanvas areas={areas} label={label} />
    </Suspense>
  );
}

/** The shade of a count (five steps of blue, pale for none) and the steps for the legend. */
export const areaShades = ['#f3f2f1', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return 1 + Math.min(3, Math.floor((4 * (count - 1)) / max));
}
