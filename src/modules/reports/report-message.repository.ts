import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

export type ReportMessageRecord = {
  id: string;
  author: 'staff' | 'reporter';
  staffUserId: string | null;
  sentOn: string;
  sealed: Uint8Array;
};

export async function insertReportMessage(
  db: DbOrTx,
  row: {
    id: string;
    reportId: string;
    author: 'staff' | 'reporter';
    staffUserId: string | null;
    sentOn: string;
    sealed: Uint8Array;
  },
): Promise<void> {
  await db
    .insertInto('report_messages')
    .values({
      id: row.id,
      report_id: row.reportId,
      author: row.author,
      staff_user_id: row.staffUserId,
      sent_on: row.sentOn,
      sealed: row.sealed,
    })
    .execute();
}

/** The conversation on one report, oldest first. */
export async function listReportMessages(db: DbOrTx, reportId: string): Promise<ReportMessageRecord[]> {
  const rows = await db
    .selectFrom('report_messages')
    .select(['id', 'author', 'staff_user_id', 'sealed', sql<string>`to_char(sent_on, 'YYYY-MM-DD')`.as('sent_on')])
    .where('report_id', '=', reportId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    author: row.author,
    staffUserId: row.staff_user_id,
    sentOn: row.sent_on,
    sealed: row.sealed,
  }));
}
