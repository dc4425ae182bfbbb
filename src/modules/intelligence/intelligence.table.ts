import type { ColumnType, Selectable } from 'kysely';
import type { HandlingCode, IntelligenceAssessment, Priority, SourceEvaluation, SourceType } from './grading.ts';
import type { IntelligenceStatus } from './status.ts';

export type IntelligenceReportTable = {
  id: string;
  reference: string;
  submission_id: string | null;
  source_type: SourceType;
  source_evaluation: SourceEvaluation | null;
  source_evaluation_reason: string | null;
  intelligence_assessment: IntelligenceAssessment | null;
  handling_code: HandlingCode | null;
  handling_conditions: string | null;
  gsc_marking: ColumnType<string, string | undefined, string>;
  priority: Priority;
  sanitised_text_sealed: Uint8Array | null;
  original_text_sealed: Uint8Array | null;
  assessment_sealed: Uint8Array | null;
  action_decision: string | null;
  researched_systems: ColumnType<string[], string[] | undefined, string[]>;
  status: IntelligenceStatus;
  created_by: string;
  evaluated_by: string | null;
  reviewed_by: string | null;
  review_note: string | null;
  review_date: ColumnType<Date | string, string, string>;
  created_at: ColumnType<Date, Date, never>;
  updated_at: ColumnType<Date, Date, Date>;
  version: ColumnType<number, number | undefined, number>;
};

export type IntelligenceDisseminationTable = {
  id: string;
  intelligence_id: string;
  recipient_type: 'team' | 'partner_organisation';
  recipient_id: string;
  justification: string;
  disseminated_by: string;
  disseminated_at: ColumnType<Date, Date, never>;
};

export type IntelligenceReportRow = Selectable<IntelligenceReportTable>;
export type IntelligenceDisseminationRow = Selectable<IntelligenceDisseminationTable>;
