import type { ColumnType, Generated, Selectable } from 'kysely';

export type PersonMatchKeyTable = {
  person_id: string;
  key_type: string;
  key: string;
};

/** The key column holds a keyed HMAC of the blocking key, never the key itself. */
export type PersonMatchSuggestionTable = {
  id: Generated<string>;
  person_a: string;
  person_b: string;
  score: number;
  decision: 'match' | 'possible';
  status: ColumnType<'open' | 'merged' | 'rejected', 'open' | 'merged' | 'rejected' | undefined>;
  /** A `date`: written as 'YYYY-MM-DD'. */
  suggested_on: ColumnType<Date | string, string, string>;
  decided_by: string | null;
  decided_on: ColumnType<Date | string | null, string | null | undefined, string | null>;
};

export type PersonMatchSuggestionRow = Selectable<PersonMatchSuggestionTable>;

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

/** A trained scoring model (ADR 0045); name counts are keyed by digests of the names. */
export type PersonMatchModelTable = {
  id: Generated<string>;
  version: number;
  // jsonb: written as JSON text, read back parsed.
  model: ColumnType<unknown, string, never>;
  term_frequencies: ColumnType<unknown, string, never>;
  report: ColumnType<unknown, string, never>;
  trained_by: string;
  trained_at: ColumnType<Date, Date, never>;
};
