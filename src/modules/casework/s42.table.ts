import type { ColumnType } from 'kysely';
import type { CuckooType } from './cuckooed.ts';
import type { S42Outcome } from './s42.ts';

export type CaseworkS42EnquiryTable = {
  id: string;
  case_id: string;
  cuckoo_types: ColumnType<CuckooType[], string, string>;
  wishes_sealed: Buffer;
  status: 'open' | 'concluded';
  outcome: S42Outcome | null;
  started_on: ColumnType<string, string, never>;
  concluded_on: ColumnType<string | null, string | null, string | null>;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: ColumnType<Date, Date, Date>;
  version: ColumnType<number, number | undefined, number>;
};
