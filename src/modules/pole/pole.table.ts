import type { ColumnType, Selectable } from 'kysely';

export const entityKinds = ['person', 'phone', 'vehicle', 'email', 'online_account', 'location'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** A `date` column: written as 'YYYY-MM-DD', read back as a Date (node-postgres) or string. */
type DateColumn = ColumnType<Date | string, string, string>;

export type PoleEntityTable = {
  id: string;
  kind: EntityKind;
  blind_key: string | null;
  label_sealed: Uint8Array;
  details_sealed: Uint8Array | null;
  first_seen: DateColumn;
  last_seen: DateColumn;
  report_count: ColumnType<number, number | undefined, number>;
  merged_into: string | null;
};

export type PoleMentionTable = {
  entity_id: string;
  report_id: string;
  observed_on: DateColumn;
  field: string;
  span_start: number | null;
  span_end: number | null;
};

export type PoleLinkTable = {
  id: string;
  entity_a: string;
  entity_b: string;
  kind: string;
  confidence: number;
  first_seen: DateColumn;
  last_seen: DateColumn;
  source_count: ColumnType<number, number | undefined, number>;
};

export type PoleLinkSourceTable = {
  link_id: string;
  report_id: string;
  observed_on: DateColumn;
};

export type PoleEntityRow = Selectable<PoleEntityTable>;
export type PoleLinkRow = Selectable<PoleLinkTable>;
