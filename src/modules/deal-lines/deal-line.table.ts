import type { ColumnType, Selectable } from 'kysely';
import type { DealLineRole, DealLineStatus } from './deal-line.ts';

/** A `date` column: written as 'YYYY-MM-DD', read back as a Date (node-postgres) or string. */
type DateColumn = ColumnType<Date | string, string, string>;

export type DealLineTable = {
  id: string;
  brand_name: string;
  status: DealLineStatus;
  successor_line_id: string | null;
  urban_hub: string | null;
  first_seen: DateColumn;
  last_seen: DateColumn;
  source_alert_id: string | null;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: ColumnType<Date, Date, Date>;
  version: ColumnType<number, number | undefined, number>;
};

export type DealLineNumberTable = {
  id: string;
  deal_line_id: string;
  phone_entity_id: string;
  from_date: DateColumn;
  to_date: ColumnType<Date | string | null, string | null, string | null>;
  replaces_number_id: ColumnType<string | null, string | null | undefined, never>;
  added_by: string;
  added_at: ColumnType<Date, Date, never>;
};

export type DealLinePersonTable = {
  id: string;
  deal_line_id: string;
  person_entity_id: string;
  role: DealLineRole;
  victim: boolean;
  added_by: string;
  added_at: ColumnType<Date, Date, never>;
  removed_by: string | null;
  removed_at: ColumnType<Date | null, Date | null, Date | null>;
};

export type DealLineSampleTable = {
  id: string;
  deal_line_id: string;
  text_sealed: Uint8Array;
  observed_on: DateColumn;
  report_id: string | null;
  added_by: string;
  added_at: ColumnType<Date, Date, never>;
};

export type DealLineStatusHistoryTable = {
  id: string;
  deal_line_id: string;
  from_status: DealLineStatus | null;
  to_status: DealLineStatus;
  successor_line_id: string | null;
  note: string;
  /** The operational records a disruption or closure rests on: [{ kind, id }]. */
  evidence: ColumnType<unknown, string | undefined, never>;
  changed_by: string;
  changed_at: ColumnType<Date, Date, never>;
};

export type DealLineRow = Selectable<DealLineTable>;
export type DealLineNumberRow = Selectable<DealLineNumberTable>;
export type DealLinePersonRow = Selectable<DealLinePersonTable>;
export type DealLineSampleRow = Selectable<DealLineSampleTable>;
export type DealLineStatusHistoryRow = Selectable<DealLineStatusHistoryTable>;
