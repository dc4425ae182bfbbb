import type { ColumnType, Selectable } from 'kysely';

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
