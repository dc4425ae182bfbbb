// Rebuilds data/st-albans-police-uk.zip: the St Albans district's rows of the data.police.uk
// Hertfordshire street-crime files, one file per month under its data.police.uk name.
// Usage: node src/modules/context/derive-demo-data.ts /work/shared/data/police-uk-herts/street
// See data/PROVENANCE.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createZip } from '../../platform/files/zip.ts';
import { demoContextDataPath } from './demo-data.ts';

/** Keeps the header and the rows whose LSOA name (9th column, never quoted in these files) is in the district. */
export function districtRows(text: string, district: string): string {
  const [header = '', ...lines] = text.split(/\r?\n/);
  const kept = lines.filter((line) => line.split(',')[8]?.startsWith(`${district} `) === true);
  return `${[header, ...kept].join('\n')}\n`;
}

if (import.meta.main) {
  const folder = process.argv[2];
  if (folder === undefined) throw new Error('name the folder of *-street.csv files');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('-street.csv'))
    .sort();
  const entries = files.map((name) => ({
    name,
    content: districtRows(readFileSync(join(folder, name), 'utf8'), 'St Albans'),
  }));
  writeFileSync(demoContextDataPath, createZip(entries, new Date('2022-05-13T00:00:00Z')));
  for (const entry of entries) {
    process.stdout.write(`${entry.name}: ${String(entry.content.split('\n').length - 2)} rows\n`);
  }
}
