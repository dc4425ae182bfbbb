import type { ColumnType, Selectable } from 'kysely';

type DateColumn = ColumnType<Date | string, string, string>;

export type OpsOperationTable = {
  id: string;
  name: string;
  objective: string;
  status: 'active' | 'closed';
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: ColumnType<Date, Date, Date>;
  version: ColumnType<number, number | undefined, number>;
};

export type OpsOperationMemberTable = {
  id: string;
  operation_id: string;
  kind: 'target' | 'deal_line' | 'address';
  target_id: string | null;
  deal_line_id: string | null;
  address: string | null;
  added_by: string;
  added_at: Date;
};

export type OpsTaskTable = {
  id: string;
  operation_id: string;
  title: string;
  detail: string;
  assignee_kind: 'team' | 'officer';
  assignee_id: string;
  due_on: DateColumn;
  status: 'open' | 'done' | 'cancelled';
  result: string | null;
  result_by: string | null;
  result_at: Date | null;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: ColumnType<Date, Date, Date>;
  version: ColumnType<number, number | undefined, number>;
};

export type OpsOperationRow = Selectable<OpsOperationTable>;
export type OpsOperationMemberRow = Selectable<OpsOperationMemberTable>;
export type OpsTaskRow = Selectable<OpsTaskTable>;
