import type { ColumnType } from 'kysely';
import type { ReportChannel } from '../reports/index.ts';

type Bytes = ColumnType<Uint8Array, Uint8Array, Uint8Array>;

export type JourneySessionTable = {
  /** SHA-256 of the random token in the cookie; the token itself is never stored. */
  id_hash: ColumnType<Uint8Array, Uint8Array, never>;
  channel: ReportChannel;
  sealed: Bytes;
  expires_at: Date;
};

export type JourneyPhotoTable = {
  id: string;
  session_id_hash: ColumnType<Uint8Array, Uint8Array, never>;
  position: number;
  /** The cleaned photo. */
  sealed: Bytes;
  /** The photo as uploaded, kept for evidence if the report is sent. */
  original_sealed: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
  /** What hidden information the original carried (HiddenInfo codes), shown to the reporter. */
  findings_sealed: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
};
