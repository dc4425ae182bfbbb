import type { ColumnType, Insertable, Selectable } from 'kysely';

export type OpsArrestTable = {
  id: string;
  person_entity_id: string;
  arrested_at: Date;
  place: string;
  warrant_id: string | null;
  suspected_offence: string;
  child_at_arrest: boolean;
  nrm_s45_considered_by: string | null;
  nrm_s45_considered_at: Date | null;
  nrm_s45_note: string | null;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  version: ColumnType<number, number | undefined, number>;
};

export type OpsChargeTable = {
  id: string;
  arrest_id: string;
  offence: string;
  outcome_type: number;
  decided_on: ColumnType<Date | string, string, never>;
  note: string | null;
  decided_by: string;
  decided_at: Date;
};

export type OpsSeizureTable = {
  id: string;
  arrest_id: string | null;
  warrant_id: string | null;
  seized_at: Date;
  place: string;
  created_by: string;
  created_at: Date;
};

export type OpsSeizureItemTable = {
  id: string;
  seizure_id: string;
  kind: 'drug' | 'cash' | 'phone' | 'weapon' | 'vehicle';
  drug: string | null;
  drug_class: 'A' | 'B' | 'C' | null;
  form: string | null;
  quantity: ColumnType<string | null, number | null, never>;
  unit: string | null;
  cash_pence: ColumnType<string | null, number | null, never>;
  phone_sealed: Uint8Array | null;
  phone_entity_id: string | null;
  deal_line_id: string | null;
  description: string | null;
};

export type OpsArrestRow = Selectable<OpsArrestTable>;
export type NewSeizureItem = Insertable<OpsSeizureItemTable>;
