import type { ColumnType, Selectable } from 'kysely';
import type { WarrantStatus } from './warrant.ts';

type DateColumn = ColumnType<Date | string, string, string>;
type NullableDate = ColumnType<Date | string | null, string | null | undefined, string | null>;

export type OpsWarrantTable = {
  id: string;
  reference: string;
  status: WarrantStatus;
  applicant_id: string;
  premises: string;
  premises_entity_id: string | null;
  person_entity_ids: ColumnType<string[], string[], string[]>;
  search_persons_found: boolean;
  drugs_sought: ColumnType<string[], string[], string[]>;
  entries_sought: number;
  multiple_entry_grounds: string | null;
  grounds: string;
  undermining: string;
  corroboration_note: string | null;
  planned_execution_on: DateColumn;
  authorised_by: string | null;
  authorised_at: Date | null;
  authorisation_note: string | null;
  court_decision: 'issued' | 'refused' | null;
  court_name: string | null;
  decided_on: NullableDate;
  validity_months: number | null;
  expires_at: Date | null;
  returned_on: NullableDate;
  return_endorsement: string | null;
  declined_by: ColumnType<string | null, string | null | undefined, string | null>;
  declined_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  decline_reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, Date, never>;
  updated_at: ColumnType<Date, Date, Date>;
  version: ColumnType<number, number | undefined, number>;
};

export type OpsWarrantIntelligenceTable = {
  warrant_id: string;
  intelligence_id: string;
  reference: string;
  source_type: string;
  source_evaluation: string;
  intelligence_assessment: string;
  handling_code: string;
};

export type OpsWarrantEntryTable = {
  id: string;
  warrant_id: string;
  entry_number: number;
  executed_at: Date;
  entry_method: string;
  officers_present: string;
  persons_present: string;
  children_present: boolean;
  vulnerable_adults_present: boolean;
  safeguarding_referral_needed: boolean;
  force_used: string | null;
  damage: string | null;
  articles_found: boolean;
  items_seized: string;
  recorded_by: string;
  recorded_at: Date;
};

export type OpsWarrantRow = Selectable<OpsWarrantTable>;
export type OpsWarrantEntryRow = Selectable<OpsWarrantEntryTable>;

/** An intelligence report closed with its result: what it led to, as recorded when it was closed. */
export type OpsIntelligenceResultTable = {
  intelligence_id: string;
  result: 'actioned' | 'no_further_action' | 'not_substantiated';
  note: string;
  led_to: ColumnType<unknown, string, never>;
  closed_by: string;
  closed_at: Date;
};
