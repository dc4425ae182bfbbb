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
  sealed: Bytes;
};
