import type { ColumnType } from 'kysely';
import type { PartnerTaskStatus, ShareableField } from './partner-task.ts';

export type CaseworkSharingAgreementTable = {
  organisation_id: string;
  reference: string;
  fields: ColumnType<ShareableField[], string, string>;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, Date>;
  version: ColumnType<number, number | undefined, number>;
};

export type CaseworkPartnerTaskTable = {
  id: string;
  case_id: string;
  organisation_id: string;
  description_sealed: Buffer;
  due_on: ColumnType<string, string, never>;
  status: PartnerTaskStatus;
  outcome_sealed: Buffer | null;
  outcome_on: ColumnType<string | null, string | null, string | null>;
  referred_by: string;
  referred_at: ColumnType<Date, Date, never>;
  updated_at: ColumnType<Date, Date, Date>;
  version: ColumnType<number, number | undefined, number>;
};

export type CaseworkPartnerTaskNoteTable = {
  id: string;
  task_id: string;
  note_sealed: Buffer;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, never>;
};
