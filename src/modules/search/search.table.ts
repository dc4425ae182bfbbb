import type { ColumnType } from 'kysely';

/** One normalised token of one report, as a 64-bit keyed digest (search-tokens.ts). */
export type ReportSearchTokenTable = {
  /** Written and compared as a decimal string; the database holds a bigint. */
  token: ColumnType<string, string, never>;
  report_id: string;
  /** The report's day, copied so results are ordered from the index alone. */
  submitted_on: ColumnType<Date, string, never>;
};

/** A report whose tokens have been written (the back-fill indexes the others). */
export type ReportSearchIndexedTable = {
  report_id: string;
  token_count: number;
};
