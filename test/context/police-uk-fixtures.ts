import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Small data.police.uk files written for a test: the published headers, rows built from a few
// fields. Everything here is made up (no real Crime IDs).

export const streetHeader =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
export const outcomesHeader =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type';
export const stopSearchHeader =
  'Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing';

export type StreetRow = {
  id?: string;
  month: string;
  latitude: number | string;
  longitude: number | string;
  type: string;
  lsoa?: string;
  outcome?: string;
};

const force = 'Hertfordshire Constabulary';

export function streetCsv(rows: readonly StreetRow[]): string {
  return [
    streetHeader,
    ...rows.map((row) =>
      [
        row.id ?? '',
        row.month,
        force,
        force,
        String(row.longitude),
        String(row.latitude),
        'On or near Test Road',
        'E01023800',
        row.lsoa ?? 'St Albans 011B',
        row.type,
        row.outcome ?? 'Under investigation',
        '',
      ].join(','),
    ),
  ].join('\n');
}

export function outcomesCsv(rows: readonly { id: string; month: string; outcome: string }[]): string {
  return [
    outcomesHeader,
    ...rows.map((row) =>
      [
        row.id,
        row.month,
        force,
        force,
        '-0.33',
        '51.75',
        'On or near Test Road',
        'E01023800',
        'St Albans 011B',
        row.outcome,
      ].join(','),
    ),
  ].join('\n');
}

export function stopSearchCsv(rows: readonly { date: string; object: string }[]): string {
  return [
    stopSearchHeader,
    ...rows.map((row) =>
      [
        'Person search',
        row.date,
        'False',
        '',
        '51.88',
        '-0.41',
        'Male',
        '18-24',
        '',
        'White',
        'Misuse of Drugs Act 1971 (section 23)',
        row.object,
        'A no further action disposal',
        '',
        'False',
      ].join(','),
    ),
  ].join('\n');
}

/** A fresh folder with the given files. */
export function folderWith(files: Readonly<Record<string, string>>): string {
  const folder = mkdtempSync(join(tmpdir(), 'lb-police-uk-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

/** A made-up 64-hex Crime ID. */
export const crimeId = (n: number) => n.toString(16).padStart(64, 'a');
