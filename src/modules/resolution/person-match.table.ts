import type { ColumnType, Generated, Selectable } from 'kysely';

export type PersonMatchKeyTable = {
  person_id: string;
  key_type: string;
  key: string;
};

export type PersonNameIndexTable = {
  person_id: string;
  normalised_name: string;
};

export type PersonMergeTable = {
  id: Generated<string>;
  survivor_id: string;
  merged_id: string;
  actor_user_id: string;
  reason: string;
  score: number | null;
  // jsonb comes back parsed on both engines; it is written as JSON text.
  explanation: ColumnType<string[], string, never>;
  created_at: ColumnType<Date, Date, never>;
  undone_at: Date | null;
  undone_by: string | null;
  undo_reason: string | null;
};

export type PersonMergeRow = Selectable<PersonMergeTable>;
