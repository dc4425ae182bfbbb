import { readFileSync } from 'node:fs';
import type { PersonRecord } from '../../src/modules/resolution/index.ts';
import { parseCsv } from './csv.ts';

// The benchmark data sets (copied into bench/data with their provenance), as person records
// with the ground-truth entity of each record. Linkage sets also say which file each record
// came from, because only pairs across the two files count.

export type BenchmarkDataset = {
  readonly name: string;
  readonly kind: 'deduplication' | 'linkage';
  readonly records: readonly PersonRecord[];
  readonly entityIds: readonly string[];
  /** Linkage only: 0 or 1 for each record. */
  readonly sources?: readonly number[];
};

const dataDir = new URL('../data/', import.meta.url);

function read(path: string): Record<string, string>[] {
  return parseCsv(readFileSync(new URL(path, dataDir), 'utf8'));
}

function optional(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Splink's fake_1000: UK-style people with typos, nicknames, swapped and missing names. */
export function loadFake1000(): BenchmarkDataset {
  const rows = read('splink/fake_1000.csv');
  return {
    name: 'splink fake_1000',
    kind: 'deduplication',
    records: rows.map((row) => ({
      firstName: optional(row.first_name),
      surname: optional(row.surname),
      dob: optional(row.dob),
      town: optional(row.city),
      email: optional(row.email),
    })),
    entityIds: rows.map((row) => row.cluster ?? ''),
  };
}

function febrlRecord(row: Record<string, string>): PersonRecord {
  const street = [row.street_number, row.address_1].filter((part) => part !== undefined && part !== '').join(' ');
  return {
    firstName: optional(row.given_name),
    surname: optional(row.surname),
    dob: optional(row.date_of_birth),
    street: optional(street),
    town: optional(row.suburb),
    postcode: optional(row.postcode),
  };
}

/** FEBRL 4a/4b: two files of 5,000 people, each original in 4a matching one duplicate in 4b. */
export function loadFebrl4(): BenchmarkDataset {
  const a = read('febrl/dataset4a.csv');
  const b = read('febrl/dataset4b.csv');
  const entity = (row: Record<string, string>) => (row.rec_id ?? '').split('-')[1] ?? '';
  return {
    name: 'FEBRL 4a-4b (linkage)',
    kind: 'linkage',
    records: [...a, ...b].map(febrlRecord),
    entityIds: [...a, ...b].map(entity),
    sources: [...a.map(() => 0), ...b.map(() => 1)],
  };
}

/** FEBRL dsgen dataset C (5,000 records): up to 9 duplicates a person, up to 10 errors each. */
export function loadFebrlC5000(): BenchmarkDataset {
  const rows = read('febrl/dataset_C_5000.csv');
  return {
    name: 'FEBRL dsgen C 5000 (dedup)',
    kind: 'deduplication',
    records: rows.map(febrlRecord),
    // The generator numbers duplicates in the last digit of rec_id (see PROVENANCE.md).
    entityIds: rows.map((row) => (row.rec_id ?? '').slice(0, -1)),
  };
}

export function loadBenchmarkDatasets(): BenchmarkDataset[] {
  return [loadFake1000(), loadFebrl4(), loadFebrlC5000()];
}

/**
 * The same people as the report pipeline keeps them: a name as one string, a postcode, and an
 * age on the reference date instead of a date of birth (no street, town or e-mail).
 */
export function pipelineShaped(dataset: BenchmarkDataset, referenceDate: string): BenchmarkDataset {
  const referenceYear = Number(referenceDate.slice(0, 4));
  const records = dataset.records.map((record): PersonRecord => {
    const fullName = [record.firstName, record.surname].filter((part) => part !== undefined).join(' ');
    const year = /^(\d{4})/.exec(record.dob ?? '')?.[1];
    return {
      ...(fullName === '' ? {} : { fullName }),
      ...(record.postcode === undefined ? {} : { postcode: record.postcode }),
      ...(year === undefined ? {} : { approxAge: referenceYear - Number(year), ageRecordedOn: referenceDate }),
    };
  });
  return { ...dataset, name: `${dataset.name}, pipeline-shaped`, records };
}
