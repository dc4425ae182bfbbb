import type { ColumnType } from 'kysely';

// The data.police.uk context tables (migration 2026_12_08_110000, ADR 0043). Rows keep the
// published values; longitude/latitude are police.uk's anonymised map points, months YYYY-MM.

export type ContextPoliceImportTable = {
  id: string;
  source: string;
  imported_by: string;
  started_at: Date;
  finished_at: Date;
  summary: ColumnType<unknown, string, string>;
};

type Keyed = { row_key: string; content_hash: string; import_id: string };

export type ContextStreetCrimeTable = Keyed & {
  crime_id: string | null;
  month: string;
  reported_by: string;
  falls_within: string;
  longitude: number | null;
  latitude: number | null;
  location: string;
  lsoa_code: string;
  lsoa_name: string;
  crime_type: string;
  last_outcome: string;
  context: string;
};

export type ContextCrimeOutcomeTable = Keyed & {
  crime_id: string | null;
  month: string;
  reported_by: string;
  falls_within: string;
  longitude: number | null;
  latitude: number | null;
  location: string;
  lsoa_code: string;
  lsoa_name: string;
  outcome_type: string;
};

export type ContextStopSearchTable = Keyed & {
  force: string;
  month: string;
  searched_at: Date;
  search_type: string;
  part_of_operation: boolean | null;
  policing_operation: string;
  latitude: number | null;
  longitude: number | null;
  gender: string;
  age_range: string;
  self_defined_ethnicity: string;
  officer_defined_ethnicity: string;
  legislation: string;
  object_of_search: string;
  outcome: string;
  outcome_linked: boolean | null;
  removal_of_clothing: boolean | null;
};
