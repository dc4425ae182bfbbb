import type { ColumnType, Selectable } from 'kysely';
import type { ReportCategory } from '../../labels/report-vocabulary.ts';
import type { ReportChannel, ReportStatus } from './report.ts';

type Bytes = ColumnType<Uint8Array, Uint8Array, Uint8Array>;
type NullableBytes = ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;

// Only triage metadata is in clear; answers, contact details, photos and messages are sealed
// with the data key, bound to their record and field (see report.service.ts).
export type ReportTable = {
  id: string;
  channel: ReportChannel;
  status: ColumnType<ReportStatus, ReportStatus | undefined, ReportStatus>;
  categories: ColumnType<ReportCategory[], ReportCategory[], ReportCategory[]>;
  child_involved: boolean;
  vulnerable_adult_involved: boolean;
  threat_to_life: boolean;
  postcode_sector: string | null;
  /** The day only: a precise time could help identify the reporter. Written as "YYYY-MM-DD". */
  submitted_on: ColumnType<Date, string, never>;
  receipt_hash: ColumnType<Uint8Array, Uint8Array, never>;
  answers_sealed: Bytes;
  contact_sealed: ColumnType<Uint8Array | null, Uint8Array | null, Uint8Array | null>;
  /** When the report must be reviewed for keeping or deleting, set by its type (retention.ts). */
  review_on: ColumnType<Date, string, string>;
  /** The day the retention job put it on the intelligence supervisor's review list. */
  review_flagged_on: ColumnType<Date | null, string | null | undefined, string | null>;
  /** The language the reporter wrote in (a code of labels/report-languages.ts; ADR 0048). */
  language: ColumnType<string, string | undefined, never>;
  /** Marked by staff for a translator; who and when is in the audit trail. */
  for_translation: ColumnType<boolean, boolean | undefined, boolean>;
};

export type ReportPhotoTable = {
  id: string;
  report_id: string;
  position: number;
  /** The cleaned photo: what staff see. */
  sealed: Bytes;
  /** The photo exactly as uploaded, for evidential use only (opened with a recorded reason). */
  original_sealed: NullableBytes;
  /** Sealed JSON: the original's SHA-256, size and format (photo-originals.service.ts). */
  original_facts_sealed: NullableBytes;
};

export type ReportMessageTable = {
  id: string;
  report_id: string;
  seq: ColumnType<string | number, never, never>;
  author: 'staff' | 'reporter';
  staff_user_id: string | null;
  sent_on: ColumnType<Date, string, never>;
  sealed: Bytes;
};

/** Failed receipt sign-ins per bucket (an HMAC of a code's first digits); nothing about who tried. */
export type ReceiptLockoutTable = {
  bucket: Bytes;
  failures: number;
  window_ends_at: Date;
  locked_until: Date | null;
};

export type ReportRow = Selectable<ReportTable>;
export type ReportMessageRow = Selectable<ReportMessageTable>;
