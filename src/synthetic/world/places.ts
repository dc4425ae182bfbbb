// Where the synthetic world happens: real St Albans district street names (police.uk snap points,
// see reference/PROVENANCE.md) with invented house numbers and fictional AL postcode units.
// Postcode sectors are assigned from rough, hand-placed centres of each town or area (not from
// Royal Mail data), which is enough for a plausible AL1–AL5 outcode and sector per street.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rng } from './prng.ts';

export type StreetRecord = {
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly lsoa11cd: string;
  readonly town: string;
  /** e.g. "AL1 3": outcode and sector. */
  readonly sector: string;
};

export type PublicPlace = { readonly id: string; readonly name: string; readonly town: string };

type Area = { lat: number; lon: number; outcode: string; sectors: readonly number[]; town: string };

// Approximate centres, typed from general knowledge of the district; used only to pick a sector.
const AREAS: readonly Area[] = [
  { lat: 51.7525, lon: -0.3365, outcode: 'AL1', sectors: [1, 3], town: 'St Albans' },
  { lat: 51.753, lon: -0.308, outcode: 'AL1', sectors: [4, 5], town: 'St Albans' },
  { lat: 51.741, lon: -0.332, outcode: 'AL1', sectors: [2], town: 'St Albans' },
  { lat: 51.768, lon: -0.345, outcode: 'AL3', sectors: [5, 6], town: 'St Albans' },
  { lat: 51.756, lon: -0.356, outcode: 'AL3', sectors: [4], town: 'St Albans' },
  { lat: 51.799, lon: -0.395, outcode: 'AL3', sectors: [7], town: 'Redbourn' },
  { lat: 51.77, lon: -0.313, outcode: 'AL4', sectors: [9], town: 'St Albans' },
  { lat: 51.783, lon: -0.3, outcode: 'AL4', sectors: [9], town: 'Sandridge' },
  { lat: 51.812, lon: -0.29, outcode: 'AL4', sectors: [8], town: 'Wheathampstead' },
  { lat: 51.738, lon: -0.255, outcode: 'AL4', sectors: [0], town: 'Colney Heath' },
  { lat: 51.726, lon: -0.298, outcode: 'AL2', sectors: [1], town: 'London Colney' },
  { lat: 51.72, lon: -0.337, outcode: 'AL2', sectors: [2], town: 'Park Street' },
  { lat: 51.727, lon: -0.362, outcode: 'AL2', sectors: [3], town: 'Chiswell Green' },
  { lat: 51.705, lon: -0.36, outcode: 'AL2', sectors: [3], town: 'Bricket Wood' },
  { lat: 51.816, lon: -0.356, outcode: 'AL5', sectors: [1, 2, 3, 4, 5], town: 'Harpenden' },
];

// Place names police.uk keeps that nobody lives on: road numbers and commercial sites.
const NOT_RESIDENTIAL = /^[ABM]\d|Industrial|Enterprise|Business|Centre|Trading|Retail|Station|Estate$|Airfield/i;

function nearestArea(lat: number, lon: number): Area {
  // Longitude degrees are ~0.62 of latitude degrees this far north.
  const distance = (area: Area) => (area.lat - lat) ** 2 + ((area.lon - lon) * 0.62) ** 2;
  return AREAS.reduce((best, area) => (distance(area) < distance(best) ? area : best));
}

/** A stable small number from a name, so a street keeps its sector whatever the seed. */
function nameHash(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

function loadStreets(): readonly StreetRecord[] {
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', 'modules', 'gazetteer', 'data', 'st-albans-streets.csv'),
    'utf8',
  );
  const seen = new Set<string>();
  const streets: StreetRecord[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [name = '', lat = '', lon = '', lsoa11cd = ''] = line.split(',');
    const key = name.toLowerCase();
    if (name === '' || seen.has(key) || NOT_RESIDENTIAL.test(name)) continue;
    seen.add(key);
    const latitude = Number(lat);
    const longitude = Number(lon);
    const area = nearestArea(latitude, longitude);
    const sectorDigit = area.sectors[nameHash(name) % area.sectors.length] ?? 1;
    streets.push({ name, latitude, longitude, lsoa11cd, town: area.town, sector: `${area.outcode} ${sectorDigit}` });
  }
  // Sorted so that the world depends only on the seed, never on the file's row order.
  return streets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export const STREETS: readonly StreetRecord[] = loadStreets();

// Real public places in the district where reporters say dealing happens.
export const PUBLIC_PLACES: readonly PublicPlace[] = [
  { id: 'place-clarence-park', name: 'Clarence Park', town: 'St Albans' },
  { id: 'place-verulamium-park', name: 'Verulamium Park', town: 'St Albans' },
  { id: 'place-city-station', name: 'St Albans City station', town: 'St Albans' },
  { id: 'place-maltings', name: 'the Maltings car park', town: 'St Albans' },
  { id: 'place-sopwell', name: 'Sopwell Nunnery ruins', town: 'St Albans' },
  { id: 'place-harpenden-station', name: 'Harpenden station', town: 'Harpenden' },
  { id: 'place-rothamsted-park', name: 'Rothamsted Park', town: 'Harpenden' },
  { id: 'place-cotlandswick', name: 'Cotlandswick playing fields', town: 'London Colney' },
];

// Letters Royal Mail uses in the unit part of a postcode (never C, I, K, M, O or V).
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** A fictional unit postcode in the street's real sector, e.g. "AL1 3QX". */
export function inventPostcode(rng: Rng, street: StreetRecord): string {
  const letter = () => UNIT_LETTERS[rng.int(0, UNIT_LETTERS.length - 1)] ?? 'A';
  return `${street.sector}${letter()}${letter()}`;
}

const STREET_TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Road: 'Rd',
  Street: 'St',
  Avenue: 'Ave',
  Close: 'Cl',
  Drive: 'Dr',
  Lane: 'Ln',
  Crescent: 'Cres',
  Gardens: 'Gdns',
  Court: 'Ct',
  Place: 'Pl',
};

/** How a reporter writes a street: usually right, sometimes abbreviated, clipped or misspelt. */
export function writeStreet(rng: Rng, name: string): { text: string; misspelt: boolean } {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  const roll = rng.next();
  if (roll < 0.55) return { text: name, misspelt: false };
  if (roll < 0.75) {
    const short = STREET_TYPE_ABBREVIATIONS[last];
    return { text: short ? [...words.slice(0, -1), short].join(' ') : name, misspelt: false };
  }
  if (roll < 0.82 && words.length > 1) return { text: words.slice(0, -1).join(' '), misspelt: false };
  return { text: misspellWord(rng, name), misspelt: true };
}

/** One believable slip in the longest word: a swapped "ie", a dropped or doubled letter, a vowel. */
export function misspellWord(rng: Rng, name: string): string {
  const words = name.split(' ');
  let index = 0;
  words.forEach((word, i) => {
    if (word.length > (words[index] ?? '').length) index = i;
  });
  const word = words[index] ?? '';
  if (word.length < 4) return name;
  let slipped: string;
  if (/ie|ei/.test(word) && rng.chance(0.6)) {
    slipped = word.replace(/ie|ei/, (m) => (m === 'ie' ? 'ei' : 'ie'));
  } else {
    const at = rng.int(1, word.length - 2);
    const kind = rng.int(0, 2);
    const ch = word.charAt(at);
    if (kind === 0) slipped = word.slice(0, at) + word.slice(at + 1);
    else if (kind === 1) slipped = word.slice(0, at) + ch + word.slice(at);
    else slipped = word.slice(0, at) + (/[aeiou]/.test(ch) ? rng.pick(['a', 'e', 'o']) : ch) + word.slice(at + 1);
  }
  if (slipped === word) slipped = word.slice(0, -1);
  words[index] = slipped;
  return words.join(' ');
}
