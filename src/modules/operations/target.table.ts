import type { ColumnType, Selectable } from 'kysely';
import type { Priority } from './target-priority.ts';

type DateColumn = ColumnType<Date | string, string, string>;

export type OpsTargetTable = {
  id: string;
  person_entity_id: string;
  status: 'active' | 'closed';
  rationale: string;
  adjustment: ColumnType<number, number | undefined, number>;
  adjustment_reason: string | null;
  review_on: DateColumn;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: ColumnType<Date, Date, Date>;
  closed_reason: string | null;
  version: ColumnType<number, number | undefined, number>;
  /** The stored priority (ADR 0040): its score orders the list; recomputed on change, on read and by a job. */
  priority_score: ColumnType<number, never, number>;
  priority: ColumnType<Priority | null, never, string>;
  victim: ColumnType<{ isVictim: boolean; reasons: string[] } | null, never, string>;
  priority_computed_at: ColumnType<Date | null, never, Date>;
  priority_as_of: ColumnType<Date | string | null, never, string>;
};

export type OpsTargetHistoryTable = {
  id: string;
  seq: ColumnType<string, never, never>;
  target_id: string;
  action: string;
  note: string | null;
  adjustment: number;
  computed_score: number;
  model_version: string;
  inputs: ColumnType<unknown, string, never>;
  changed_by: string;
  changed_at: ColumnType<Date, Date, never>;
};

export type OpsTargetRow = Selectable<OpsTargetTable>;
export type OpsTargetHistoryRow = Selectable<OpsTargetHistoryTable>;
