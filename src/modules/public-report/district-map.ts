// The where page's clickable map of St Albans district (issue 16): the projection shared by the
// static SVG (assets/district-map.svg, written by scripts/derive-district-map.ts) and the server,
// which turns the pixel a reporter clicked (<input type="image"> posts pin.x and pin.y) back into
// a latitude and longitude. Equirectangular on the district's bounding box, longitude scaled by
// the cosine of the middle latitude so the district keeps its shape.
import type { AreaBoundary } from '../gazetteer/index.ts';

export const districtMap = {
  west: -0.445,
  east: -0.237,
  south: 51.684,
  north: 51.853,
  width: 288,
} as const;

const lonScale = Math.cos((((districtMap.south + districtMap.north) / 2) * Math.PI) / 180);
const pixelsPerDegree = districtMap.width / ((districtMap.east - districtMap.west) * lonScale);
/** Fits a 320-pixel-wide phone without scaling, so the posted pixel is the image's own pixel. */
export const districtMapHeight = Math.round((districtMap.north - districtMap.south) * pixelsPerDegree);

export function toPixel(latitude: number, longitude: number): readonly [number, number] {
  return [
    (longitude - districtMap.west) * lonScale * pixelsPerDegree,
    (districtMap.north - latitude) * pixelsPerDegree,
  ];
}

/** The point under a pixel of the map, or undefined when the pixel is not on the map. */
export function fromPixel(x: number, y: number): { latitude: number; longitude: number } | undefined {
  if (!Number.isInteger(x) || !Number.isInteger(y)) return undefined;
  if (x < 0 || y < 0 || x > districtMap.width || y > districtMapHeight) return undefined;
  return {
    latitude: districtMap.north - y / pixelsPerDegree,
    longitude: districtMap.west + x / (lonScale * pixelsPerDegree),
  };
}

type Point = readonly [number, number];

/** Douglas–Peucker: drops points closer than `tolerance` pixels to the line they sit on. */
function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const first = points[0] ?? [0, 0];
  const last = points[points.length - 1] ?? first;
  let furthest = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i += 1) {
    const [px, py] = points[i] ?? first;
    const [ax, ay] = first;
    const [bx, by] = last;
    const length = Math.hypot(bx - ax, by - ay);
    const distance =
      length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
    if (distance > furthest) {
      furthest = distance;
      index = i;
    }
  }
  if (furthest <= tolerance) return [first, last];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

const townLabels: readonly { name: string; latitude: number; longitude: number }[] = [
  { name: 'Harpenden', latitude: 51.818, longitude: -0.36 },
  { name: 'Redbourn', latitude: 51.797, longitude: -0.41 },
  { name: 'Wheathampstead', latitude: 51.813, longitude: -0.3 },
  { name: 'St Albans', latitude: 51.752, longitude: -0.34 },
  { name: 'London Colney', latitude: 51.724, longitude: -0.31 },
];

/** The SVG: ward outlines, simplified to about 1.5 pixels, and the towns' names. */
export function districtMapSvg(wards: readonly AreaBoundary[]): string {
  const paths = wards.map((ward) => {
    const rings = ward.rings.map((ring) => {
      const pixels = simplify(
        ring.map(([lon, lat]) => toPixel(lat, lon)),
        1.5,
      ).map(([x, y]) => `${String(Math.round(x))} ${String(Math.round(y))}`);
      return `M${pixels.join('L')}Z`;
    });
    return rings.join('');
  });
  const labels = townLabels.map(({ name, latitude, longitude }) => {
    const [x, y] = toPixel(latitude, longitude);
    return `<text x="${String(Math.round(x))}" y="${String(Math.round(y))}">${name}</text>`;
  });
  const size = `width="${String(districtMap.width)}" height="${String(districtMapHeight)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 ${String(districtMap.width)} ${String(districtMapHeight)}">`,
    `<rect width="100%" height="100%" fill="#f3f2f1"/>`,
    `<path fill="#fff" stroke="#505a5f" stroke-width="1" stroke-linejoin="round" d="${paths.join('')}"/>`,
    `<g font-family="Arial,sans-serif" font-size="12" font-weight="bold" fill="#0b0c0c" text-anchor="middle">`,
    ...labels,
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
