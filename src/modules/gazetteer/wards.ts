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
