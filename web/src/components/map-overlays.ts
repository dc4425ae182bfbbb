import { Marker, Popup, type Map as MapLibreMap, type MapLayerMouseEvent } from 'maplibre-gl';
import { navigate } from '../hooks/useRoute.ts';
import type { MapPoint } from './MapDistrict.tsx';

// What the district map draws on top of the points: a pop-up for the clicked place (links into
// the app) and the street names near the centre when zoomed in. Everything is built with DOM
// calls and textContent, so labels typed by the public are never parsed as HTML.

/** The colour a place is drawn in, by why it is flagged; the legend names the same colours. */
export const pointColours = {
  alert: '#d4351c',
  line: '#1d70b8',
  both: '#912b88',
} as const;

function appLink(to: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `/app${to}`;
  link.textContent = text;
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  });
  return link;
}

function popupContent(point: MapPoint): HTMLElement {
  const box = document.createElement('div');
  box.className = 'lb-map-popup';
  const title = document.createElement('p');
  title.className = 'lb-map-popup__title';
  title.append(point.href ? appLink(point.href, point.label) : point.label);
  box.append(title);
  if (point.links && point.links.length > 0) {
    const list = document.createElement('ul');
    for (const link of point.links) {
      const item = document.createElement('li');
      item.append(appLink(link.to, link.text));
      list.append(item);
    }
    box.append(list);
  }
  return box;
}

/** Opens a pop-up for a clicked place (the nearest one, when several overlap). */
export function addPointPopups(instance: MapLibreMap, pointsById: () => ReadonlyMap<string, MapPoint>): void {
  instance.on('click', 'points', (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties.id as string | undefined;
    const point = id === undefined ? undefined : pointsById().get(id);
    if (!point) return;
    new Popup({ closeButton: true, maxWidth: '320px' })
      .setLngLat([point.longitude, point.latitude])
      .setDOMContent(popupContent(point))
      .addTo(instance);
  });
  instance.on('mouseenter', 'points', () => {
    instance.getCanvas().style.cursor = 'pointer';
  });
  instance.on('mouseleave', 'points', () => {
    instance.getCanvas().style.cursor = '';
  });
}

type Street = { name: string; longitude: number; latitude: number };

const labelZoom = 14;
const removeLabels = new WeakMap<MapLibreMap, () => void>();
const maxLabels = 80;

/**
 * Street names as HTML labels (no glyph server is needed, so nothing comes from a third
 * party): from zoom 14, the streets in view nearest the centre, at most 80 at once.
 */
export function addStreetLabels(instance: MapLibreMap, streets: readonly Street[], element: HTMLElement): void {
  // A style reload (the force's map server failing) adds the overlay again: one set of labels.
  removeLabels.get(instance)?.();
  let markers: Marker[] = [];
  const update = () => {
    for (const marker of markers) marker.remove();
    markers = [];
    if (instance.getZoom() < labelZoom) {
      element.dataset.streetLabels = '0';
      return;
    }
    const bounds = instance.getBounds();
    const centre = instance.getCenter();
    const inView = streets
      .filter((s) => bounds.contains([s.longitude, s.latitude]))
      .map((s) => ({ s, d: (s.longitude - centre.lng) ** 2 + (s.latitude - centre.lat) ** 2 }))
      .sort((a, b) => a.d - b.d)
      .slice(0, maxLabels);
    for (const { s } of inView) {
      const label = document.createElement('span');
      label.className = 'lb-street-label';
      label.textContent = s.name;
      label.setAttribute('aria-hidden', 'true');
      markers.push(new Marker({ element: label, anchor: 'top' }).setLngLat([s.longitude, s.latitude]).addTo(instance));
    }
    element.dataset.streetLabels = String(markers.length);
  };
  instance.on('moveend', update);
  update();
  removeLabels.set(instance, () => {
    instance.off('moveend', update);
    for (const marker of markers) marker.remove();
  });
}
