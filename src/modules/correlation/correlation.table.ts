import type { ColumnType, Selectable } from 'kysely';

export const alertKinds = [
  'possible_trap_house',
  'possible_deal_line',
  'child_safeguarding',
  'child_drug_use',
  'possible_cuckooing',
  'vehicle_at_flagged_addresses',
] as const;
export type AlertKind = (typeof alertKinds)[number];
export type AlertStatus = 'open' | 'acknowledged' | 'dismissed' | 'actioned';
export type AlertPriority = 'high' | 'medium' | 'low';

export type CorrelationAlertTable = {
  id: string;
  kind: AlertKind;
  entity_id: string | null;
  status: ColumnType<AlertStatus, AlertStatus | undefined, AlertStatus>;
  priority: AlertPriority;
  first_fired_at: ColumnType<Date, Date, Date>;
  last_fired_at: ColumnType<Date, Date, Date>;
  evidence_count: ColumnType<number, number | undefined, number>;
};

export type CorrelationAlertReportTable = {
  alert_id: string;
  report_id: string;
  added_at: ColumnType<Date, Date, never>;
};

export type CorrelationAlertRow = Selectable<CorrelationAlertTable>;
