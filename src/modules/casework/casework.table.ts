import type { ColumnType, Selectable } from 'kysely';
import type { CaseStatus, ReferralDecision, StoredConcernSource, SubjectKind } from './case.ts';

type DateColumn = ColumnType<string, string, string>;
type Instant = ColumnType<Date, Date, Date>;

export type CaseworkCaseTable = {
  id: string;
  subject_kind: SubjectKind;
  subject_key: string;
  subject_sealed: Buffer;
  person_entity_id: string | null;
  team_id: string | null;
  status: CaseStatus;
  referral_received_at: Instant;
  referral_decision: ReferralDecision | null;
  referral_decided_at: ColumnType<Date | null, Date | null, Date | null>;
  strategy_required_at: ColumnType<Date | null, Date | null, Date | null>;
  assessment_completed_on: ColumnType<string | null, string | null, string | null>;
  conference_held_on: ColumnType<string | null, string | null, string | null>;
  opened_by: string;
  opened_at: ColumnType<Date, Date, never>;
  updated_at: Instant;
  closed_reason: string | null;
  version: ColumnType<number, number | undefined, number>;
};

export type CaseworkConcernTable = {
  id: string;
  case_id: string;
  source: StoredConcernSource;
  source_id: string | null;
  summary_sealed: Buffer;
  received_at: ColumnType<Date, Date, never>;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, never>;
};

export type CaseworkStrategyDiscussionTable = {
  id: string;
  case_id: string;
  held_at: ColumnType<Date, Date, never>;
  conference_needed: boolean;
  content_sealed: Buffer;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, never>;
};

export type CaseworkActionTable = {
  id: string;
  case_id: string;
  discussion_id: string | null;
  owner_agency: string;
  description_sealed: Buffer;
  due_on: DateColumn;
  status: 'open' | 'done';
  done_on: ColumnType<string | null, string | null, string | null>;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
};

export type CaseworkCaseRow = Selectable<CaseworkCaseTable>;
export type CaseworkConcernRow = Selectable<CaseworkConcernTable>;
export type CaseworkDiscussionRow = Selectable<CaseworkStrategyDiscussionTable>;
export type CaseworkActionRow = Selectable<CaseworkActionTable>;

export type CaseworkScreeningTable = {
  id: string;
  case_id: string;
  answers_sealed: Buffer;
  risk_level: 'no_current_risk' | 'at_risk' | 'high';
  screened_by: string;
  screened_at: ColumnType<Date, Date, never>;
};

export type CaseworkNrmReferralTable = {
  id: string;
  case_id: string;
  kind: 'nrm' | 'duty_to_notify';
  consent: boolean | null;
  first_responder: string;
  exploitation_types: ColumnType<string[], string, string>;
  county_lines: boolean;
  status: NrmStatusColumn;
  submitted_on: ColumnType<string | null, string | null, string | null>;
  rg_decided_on: ColumnType<string | null, string | null, string | null>;
  rg_positive: boolean | null;
  cg_decided_on: ColumnType<string | null, string | null, string | null>;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Instant;
  version: ColumnType<number, number | undefined, number>;
};
type NrmStatusColumn =
  'draft' | 'submitted' | 'rg_positive' | 'rg_negative' | 'cg_positive' | 'cg_negative' | 'withdrawn';
