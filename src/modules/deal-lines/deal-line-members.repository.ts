import type { DbOrTx } from '../../platform/db/database.ts';
import type { DealLineRole } from './deal-line.ts';

/** One number of one line, if the line has it. */
export async function findLineNumber(db: DbOrTx, lineId: string, numberId: string) {
  return db
    .selectFrom('deal_line_numbers')
    .selectAll()
    .where('id', '=', numberId)
    .where('deal_line_id', '=', lineId)
    .executeTakeFirst();
}

export async function endLineNumber(tx: DbOrTx, numberId: string, toDate: string): Promise<void> {
  await tx.updateTable('deal_line_numbers').set({ to_date: toDate }).where('id', '=', numberId).execute();
}

export async function insertLinePerson(
  tx: DbOrTx,
  row: { id: string; lineId: string; personId: string; role: DealLineRole; victim: boolean; by: string; at: Date },
): Promise<void> {
  await tx
    .insertInto('deal_line_people')
    .values({
      id: row.id,
      deal_line_id: row.lineId,
      person_entity_id: row.personId,
      role: row.role,
      victim: row.victim,
      added_by: row.by,
      added_at: row.at,
      removed_by: null,
      removed_at: null,
    })
    .execute();
}

/** Marks a current role on the line removed (the row stays); answers whether there was one. */
export async function removeLinePerson(
  tx: DbOrTx,
  lineId: string,
  assignmentId: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('deal_line_people')
    .set({ removed_by: by, removed_at: at })
    .where('id', '=', assignmentId)
    .where('deal_line_id', '=', lineId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
