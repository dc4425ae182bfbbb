import type { DbOrTx } from '../../platform/db/database.ts';
import type { DealLineStatus } from './deal-line.ts';

// What the operations module reads and writes of a line's disruption: the people the measures count,
// the status history with its evidence, and the move to disrupted or closed at the version read.

/** The people ever recorded on a line (any role), for the disruption measures. */
export async function personIdsOfLine(db: DbOrTx, lineId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('deal_line_people')
    .select('person_entity_id')
    .distinct()
    .where('deal_line_id', '=', lineId)
    .execute();
  return rows.map((r) => r.person_entity_id);
}

/** The line's status history with the evidence each change recorded. */
export async function statusHistoryWithEvidence(db: DbOrTx, lineId: string) {
  return db
    .selectFrom('deal_line_status_history')
    .select(['from_status', 'to_status', 'note', 'evidence', 'changed_by', 'changed_at'])
    .where('deal_line_id', '=', lineId)
    .orderBy('changed_at')
    .execute();
}

/**
 * Moves the line to disrupted or closed at the version read, with the evidence, in the caller's
 * transaction (operations records it); false when the line changed since.
 */
export async function recordLineDisruption(
  db: DbOrTx,
  row: {
    lineId: string;
    expectedVersion: number;
    from: DealLineStatus;
    to: 'disrupted' | 'closed';
    note: string;
    evidence: readonly { kind: string; id: string }[];
    by: string;
    at: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('deal_lines')
    .set({ status: row.to, updated_at: row.at, version: row.expectedVersion + 1 })
    .where('id', '=', row.lineId)
    .where('version', '=', row.expectedVersion)
    .where('status', '=', row.from)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await db
    .insertInto('deal_line_status_history')
    .values({
      id: crypto.randomUUID(),
      deal_line_id: row.lineId,
      from_status: row.from,
      to_status: row.to,
      successor_line_id: null,
      note: row.note,
      evidence: JSON.stringify(row.evidence),
      changed_by: row.by,
      changed_at: row.at,
    })
    .execute();
  return true;
}
