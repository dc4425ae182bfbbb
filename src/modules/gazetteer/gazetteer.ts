// St Albans district street gazetteer and AL postcode-sector centroids, loaded once from ./data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looseKey, streetKey } from './street-names.ts';

export type Street = {
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly lsoa11cd: string;
};

export type PostcodeSectorCentroid = {
  readonly sector: string;
  readonly latitude: number;
  readonly longitude: number;
};

type IndexedStreet = { readonly street: Street; readonly key: string; readonly loose: string };

const DATA_DIR = join(import.meta.dirname, 'data');

function readCsv(fileName: string): Record<string, string>[] {
  const lines = readFileSync(join(DATA_DIR, fileName), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']));
  });
}

function toNumber(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n)) throw new Error(`gazetteer: bad ${what} "${value}"`);
  return n;
}

function loadStreets(): readonly IndexedStreet[] {
  const seen = new Set<string>();
  const out: IndexedStreet[] = [];
  for (const row of readCsv('st-albans-streets.csv')) {
    const name = row.street_name ?? '';
    const key = streetKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const street: Street = Object.freeze({
      name,
      latitude: toNumber(row.latitude, 'latitude'),
      longitude: toNumber(row.longitude, 'longitude'),
      lsoa11cd: row.lsoa11cd ?? '',
    });
    out.push({ street, key, loose: looseKey(name) });
  }
  out.sort((a, b) => a.street.name.localeCompare(b.street.name, 'en-GB'));
  return out;
}

function loadSectors(): ReadonlyMap<string, PostcodeSectorCentroid> {
  const map = new Map<string, PostcodeSectorCentroid>();
  for (const row of readCsv('al-postcode-sectors.csv')) {
    const sector = row.sector ?? '';
    map.set(
      sector,
      Object.freeze({
        sector,
        latitude: toNumber(row.latitude, 'latitude'),
        longitude: toNumber(row.longitude, 'longitude'),
      }),
    );
  }
  return map;
}

const STREETS = loadStreets();
const STREETS_BY_KEY: ReadonlyMap<string, Street> = new Map(STREETS.map((s) => [s.key, s.street]));
const STREET_LIST: readonly Street[] = Object.freeze(STREETS.map((s) => s.street));
const SECTORS = loadSectors();

// Every street in the gazetteer, sorted by name.
export function listStreets(): readonly Street[] {
  return STREET_LIST;
}

// Exact match ignoring case, punctuation, apostrophes and common abbreviations ("St Peters St").
export function findStreet(text: string): Street | undefined {
  const key = streetKey(text);
  return key === '' ? undefined : STREETS_BY_KEY.get(key);
}

// Streets whose name starts with the prefix, then those with a later word starting with it.
export function suggestStreets(prefix: string, limit = 10): readonly Street[] {
  const loose = looseKey(prefix);
  const expanded = streetKey(prefix);
  if (loose === '' || limit <= 0) return [];
  const starts: Street[] = [];
  const inner: Street[] = [];
  for (const { street, key, loose: name } of STREETS) {
    if (name.startsWith(loose) || key.startsWith(expanded)) starts.push(street);
    else if (name.includes(' ' + loose) || key.includes(' ' + expanded)) inner.push(street);
  }
  return [...starts, ...inner].slice(0, limit);
}

// "AL1 3JX", "al13jx", "AL1 3" → the centroid of sector "AL1 3", if it is one of the AL sectors held.
export function postcodeSectorCentroid(postcode: string): PostcodeSectorCentroid | undefined {
  const trimmed = postcode.trim().toUpperCase();
  const match = /\s/.test(trimmed)
    ? /^([A-Z]{1,2}\d[A-Z\d]?)\s+(\d)(?:[A-Z]{2})?$/.exec(trimmed)
    : /^([A-Z]{1,2}\d[A-Z\d]?)(\d)(?:[A-Z]{2})?$/.exec(trimmed);
  if (match === null) return undefined;
  return SECTORS.get(`${match[1]} ${match[2]}`);
}

// Internal: the indexed form used by the address extractor (same order as listStreets()).
export function streetKeys(): readonly { readonly street: Street; readonly key: string }[] {
  return STREETS;
}

/**
 * The street whose gazetteer point is nearest the given point, if one is within `withinMetres`
 * (distances on an equirectangular plane: close enough at district scale).
 */
export function nearestStreet(latitude: number, longitude: number, withinMetres = 1000): Street | undefined {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  const metresPerDegree = 111_320;
  const lonScale = Math.cos((latitude * Math.PI) / 180);
  let best: Street | undefined;
  let bestSquared = withinMetres * withinMetres;
  for (const street of STREET_LIST) {
    const dx = (street.longitude - longitude) * lonScale * metresPerDegree;
    const dy = (street.latitude - latitude) * metresPerDegree;
    const squared = dx * dx + dy * dy;
    if (squared <= bestSquared) {
      best = street;
      bestSquared = squared;
    }
  }
  return best;
}
