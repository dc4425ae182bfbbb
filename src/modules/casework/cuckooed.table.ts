import type { ColumnType } from 'kysely';
import type { CuckooActionKind, CuckooType } from './cuckooed.ts';

type Instant = ColumnType<Date, Date, Date>;
type NullableDay = ColumnType<string | null, string | null, string | null>;

export type CaseworkCuckooedAddressTable = {
  id: string;
  address_sealed: Buffer;
  location_entity_id: string | null;
  uprn: string | null;
  deal_line_id: string | null;
  cuckoo_types: ColumnType<CuckooType[], string, string>;
  status: 'active' | 'closed';
  review_on: ColumnType<string, string, string>;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Instant;
  version: ColumnType<number, number | undefined, number>;
};

export type CaseworkCuckooedActionTable = {
  id: string;
  address_id: string;
  kind: CuckooActionKind;
  taken_on: ColumnType<string, string, never>;
  until_on: NullableDay;
  note_sealed: Buffer;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, never>;
};

export type CaseworkCaseLineTable = {
  case_id: string;
  deal_line_id: string;
  linked_by: string;
  linked_at: ColumnType<Date, Date, never>;
};
