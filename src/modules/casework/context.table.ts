import type { ColumnType } from 'kysely';
import type { ContextKind } from './context.ts';

export type CaseworkContextTable = {
  id: string;
  kind: ContextKind;
  name_sealed: Buffer;
  location_entity_id: string | null;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
};

export type CaseworkContextInterventionTable = {
  id: string;
  context_id: string;
  owner_agency: string;
  description_sealed: Buffer;
  taken_on: ColumnType<string, string, never>;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, never>;
};
