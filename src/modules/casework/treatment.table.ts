import type { ColumnType } from 'kysely';
import type { DiversionStatus, TreatmentOutcome, TreatmentStatus } from './treatment.ts';

type OptionalDay = ColumnType<string | null, string | null, string | null>;

export type CaseworkTreatmentReferralTable = {
  id: string;
  person_entity_id: string | null;
  subject_sealed: Buffer;
  organisation_id: string;
  consent_given: boolean;
  consent_on: ColumnType<string, string, string>;
  arrest_id: string | null;
  status: TreatmentStatus;
  referred_by: string;
  referred_at: ColumnType<Date, Date, never>;
  updated_at: Date;
  version: ColumnType<number, number | undefined, number>;
};

export type CaseworkTreatmentOutcomeTable = {
  id: string;
  referral_id: string;
  outcome: TreatmentOutcome;
  recorded_on: ColumnType<string, string, never>;
  note_sealed: Buffer | null;
  recorded_by: string;
  /** The partner organisation (a treatment service) of the recorder; null for police staff. */
  recorded_by_organisation_id: string | null;
  recorded_at: ColumnType<Date, Date, never>;
};

export type CaseworkDiversionTable = {
  id: string;
  person_entity_id: string | null;
  subject_sealed: Buffer;
  arrest_id: string | null;
  stop_reference: string | null;
  eligibility: ColumnType<unknown, string, string>;
  status: DiversionStatus;
  offered_on: ColumnType<string, string, never>;
  completed_on: OptionalDay;
  outcome_recorded: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
  version: ColumnType<number, number | undefined, number>;
};
