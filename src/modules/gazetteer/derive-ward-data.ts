// Rebuilds data/st-albans-wards.csv: the 2013 electoral ward of each gazetteer street and AL
// postcode sector, by point-in-polygon at build time (no geometry is shipped or read at run time).
// Usage: node src/modules/gazetteer/derive-ward-data.ts <wards2013 E07000240.json>
// See data/PROVENANCE.md for the sources and the limits of a one-point-per-street mapping.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Ring = readonly (readonly [number, number])[];
export type Ward = { code: string; name: string; polygons: readonly (readonly Ring[])[] };

/** Even-odd ray casting on one ring (lon/lat treated as plane coordinates: fine at ward scale). */
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring of one of the polygons and outside its holes. */
export function wardAt(wards: readonly Ward[], lon: number, lat: number): Ward | undefined {
  return wards.find((ward) =>
    ward.polygons.some(
      ([outer, ...holes]) => outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)),
    ),
  );
}

type Feature = {
  properties: { WD13CD: string; WD13NM: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
};

export function readWards(geojson: string): Ward[] {
  const features = (JSON.parse(geojson) as { features: Feature[] }).features;
  return features.map((f) => ({
    code: f.properties.WD13CD,
    name: f.properties.WD13NM,
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));
}

const rowsOf = (csv: string) => {
  const [header = '', ...lines] = csv.split(/\r?\n/).filter((line) => line !== '');
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i] ?? '', cell])));
};

/** kind,place,ward_code,ward_name: one row per street and sector whose point lies in a ward. */
export function deriveWardPlaces(wards: readonly Ward[], streetsCsv: string, sectorsCsv: string): string {
  const out = ['kind,place,ward_code,ward_name'];
  const add = (kind: string, place: string, lat: string | undefined, lon: string | undefined) => {
    const ward = wardAt(wards, Number(lon), Number(lat));
    if (ward) out.push([kind, place, ward.code, ward.name].join(','));
  };
  for (const row of rowsOf(streetsCsv)) add('street', row.street_name ?? '', row.latitude, row.longitude);
  for (const row of rowsOf(sectorsCsv)) add('sector', row.sector ?? '', row.latitude, row.longitude);
  return out.join('\n') + '\n';
}

if (import.meta.main) {
  const [wardsFile] = process.argv.slice(2);
  if (wardsFile === undefined) {
    process.stderr.write('usage: derive-ward-data.ts <wards2013_by_lad/E07000240.json>\n');
    process.exit(2);
  }
  const dataDir = join(import.meta.dirname, 'data');
  const csv = deriveWardPlaces(
    readWards(readFileSync(wardsFile, 'utf8')),
    readFileSync(join(dataDir, 'st-albans-streets.csv'), 'utf8'),
    readFileSync(join(dataDir, 'al-postcode-sectors.csv'), 'utf8'),
  );
  writeFileSync(join(dataDir, 'st-albans-wards.csv'), csv);
}
