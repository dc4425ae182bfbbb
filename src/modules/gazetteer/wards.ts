// St Albans' 2013 electoral wards, as the streets and postcode sectors whose gazetteer point lies
// in each (data/st-albans-wards.csv, derived by derive-ward-data.ts). No geometry at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Ward = {
  readonly code: string;
  readonly name: string;
  /** Gazetteer streets whose one police.uk point is in the ward. */
  readonly streets: readonly string[];
  /** AL postcode sectors whose centroid is in the ward. */
  readonly sectors: readonly string[];
};

function loadWards(): ReadonlyMap<string, Ward> {
  const lines = readFileSync(join(import.meta.dirname, 'data', 'st-albans-wards.csv'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .slice(1);
  const wards = new Map<string, { code: string; name: string; streets: string[]; sectors: string[] }>();
  for (const line of lines) {
    const [kind, place = '', code = '', name = ''] = line.split(',');
    const ward = wards.get(code) ?? { code, name, streets: [], sectors: [] };
    (kind === 'sector' ? ward.sectors : ward.streets).push(place);
    wards.set(code, ward);
  }
  const sorted = [...wards.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return new Map(sorted.map((ward) => [ward.code, Object.freeze(ward)]));
}

const WARDS = loadWards();

/** Every ward, by name. */
export function listWards(): readonly Ward[] {
  return [...WARDS.values()];
}

export function findWard(code: string): Ward | undefined {
  return WARDS.get(code);
}

/** An AL postcode's sector ("AL1 3"), from a postcode written anywhere in a text. */
function sectorIn(text: string): string | undefined {
  const match = /\b(AL\d{1,2})\s*(\d)[A-Z]{2}\b/i.exec(text);
  return match ? `${(match[1] ?? '').toUpperCase()} ${match[2] ?? ''}` : undefined;
}

const streetWards: readonly { street: string; ward: Ward }[] = [...WARDS.values()]
  .flatMap((ward) => ward.streets.map((street) => ({ street: street.toLowerCase(), ward })))
  .sort((a, b) => b.street.length - a.street.length);

/**
 * The ward a written place lies in (an address or a description such as "outside 12 Hatfield
 * Road"): by its postcode's sector when it has one, else by the longest gazetteer street it
 * names. Undefined when neither is found: such a place is counted in no ward.
 */
export function wardOfPlace(text: string): Ward | undefined {
  const sector = sectorIn(text);
  if (sector !== undefined) {
    const bySector = [...WARDS.values()].find((ward) => ward.sectors.includes(sector));
    if (bySector) return bySector;
  }
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9']+/g, ' ')} `;
  return streetWards.find(({ street }) => lower.includes(` ${street} `))?.ward;
}

/** The ward a postcode sector ("AL1 3") lies in, if any. */
export function wardOfSector(sector: string): Ward | undefined {
  return [...WARDS.values()].find((ward) => ward.sectors.includes(sector));
}
