// Rebuilds data/st-albans-streets.csv and data/al-postcode-sectors.csv from the shared source files.
// Usage: node src/modules/gazetteer/derive-gazetteer-data.ts <snap-points.csv> <sector-centroids.csv>
// See data/PROVENANCE.md for what the sources are and why each step is done.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// police.uk "snap point" labels that describe a kind of place rather than name one.
export const GENERIC_PLACE_LABELS: readonly string[] = [
  'Conference/Exhibition Centre',
  'Further/Higher Educational Building',
  'Hospital',
  'Nightclub',
  'Park/Open Space',
  'Parking Area',
  'Pedestrian Subway',
  'Petrol Station',
  'Police Station',
  'Shopping Area',
  'Sports/Recreation Area',
  'Supermarket',
];

// police.uk writes "St Peter'S Street"; restore the usual lower-case possessive s.
export function tidyStreetName(name: string): string {
  return name.trim().replace(/'S\b/g, "'s");
}

function readRows(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    if (line.includes('"')) throw new Error(`quoted CSV fields are not supported: ${line}`);
    const cells = line.split(',');
    return Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']));
  });
}

export function deriveStreets(snapPointsCsv: string): string {
  const seen = new Set<string>();
  const out = ['street_name,latitude,longitude,lsoa11cd'];
  // The source is ordered by crime count, so the first point kept for a street is its busiest one.
  for (const row of readRows(snapPointsCsv)) {
    const raw = row.street_name ?? '';
    if (raw === '' || GENERIC_PLACE_LABELS.includes(raw)) continue;
    const name = tidyStreetName(raw);
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push([name, row.latitude, row.longitude, row.lsoa11cd].join(','));
  }
  return out.join('\n') + '\n';
}

export function deriveSectors(sectorCentroidsCsv: string): string {
  const out = ['sector,latitude,longitude'];
  for (const row of readRows(sectorCentroidsCsv)) {
    const sector = (row.sector ?? '').trim().toUpperCase();
    if (!/^AL\d{1,2} \d$/.test(sector)) continue;
    out.push([sector, row.latitude, row.longitude].join(','));
  }
  return out.join('\n') + '\n';
}

if (import.meta.main) {
  const [snapPoints, sectors] = process.argv.slice(2);
  if (snapPoints === undefined || sectors === undefined) {
    process.stderr.write('usage: derive-gazetteer-data.ts <snap-points.csv> <sector-centroids.csv>\n');
    process.exit(2);
  }
  const dataDir = join(import.meta.dirname, 'data');
  writeFileSync(join(dataDir, 'st-albans-streets.csv'), deriveStreets(snapPoints));
  writeFileSync(join(dataDir, 'al-postcode-sectors.csv'), deriveSectors(sectors));
}
