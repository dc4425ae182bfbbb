import type { ColumnType, Selectable } from 'kysely';

export type AuditEventTable = {
  // bigint comes back as a string from node-postgres and as a number from PGlite; the chain
  // code converts it with BigInt() either way.
  seq: ColumnType<string | number, string | number, never>;
  occurred_at: ColumnType<Date, Date, never>;
  actor_type: 'staff' | 'public' | 'system';
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  reason: string | null;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
};

export type AuditChainHeadTable = {
  id: number;
  seq: ColumnType<string | number, string | number, string | number>;
  hash: string;
};

export type AuditEventRow = Selectable<AuditEventTable>;
