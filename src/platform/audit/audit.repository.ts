import { sql } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import type { AuditEventRow } from './audit.table.ts';

export async function lockChainHead(db: DbOrTx): Promise<{ seq: bigint; hash: string }> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { seq: BigInt(head.seq), hash: head.hash };
}

export async function readChainHead(db: DbOrTx): Promise<{ seq: bigint; hash: string }> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { seq: BigInt(head.seq), hash: head.hash };
}

export type NewAuditRow = {
  seq: bigint;
  occurredAt: Date;
  actorType: 'staff' | 'public' | 'system';
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  reason: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export async function insertAuditRowAndAdvanceHead(db: DbOrTx, row: NewAuditRow): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      seq: row.seq.toString(),
      occurred_at: row.occurredAt,
      actor_type: row.actorType,
      actor_id: row.actorId,
      action: row.action,
      subject_type: row.subjectType,
      subject_id: row.subjectId,
      reason: row.reason,
      request_id: row.requestId,
      details: JSON.stringify(row.details),
      prev_hash: row.prevHash,
      hash: row.hash,
    })
    .execute();
  await db
    .updateTable('audit_chain_head')
    .set({ seq: row.seq.toString(), hash: row.hash })
    .where('id', '=', 1)
    .execute();
}

/** Rows in chain order, a page at a time, so verifying a long trail keeps memory flat. */
export async function readAuditPage(db: DbOrTx, afterSeq: bigint, limit: number): Promise<AuditEventRow[]> {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where(sql<boolean>`seq > ${afterSeq.toString()}::bigint`)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function findAuditEventsForSubject(
  db: DbOrTx,
  subjectType: string,
  subjectId: string,
): Promise<AuditEventRow[]> {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('seq')
    .execute();
}
