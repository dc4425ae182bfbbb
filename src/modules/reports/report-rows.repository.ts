import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { ReportStatus } from './report.ts';

// Reports as other modules read and change them (ADR 0037): batch lookups by ids (rule a), and a
// typed sub-query for a repository that must keep one statement to page, sort or rank by a
// report's columns (rule b: the inbox, search). Only this module names its tables.

/** Every report, as a sub-query to alias (`reportRows(db).as('r')`); PostgreSQL pulls it up. */
export function reportRows(db: DbOrTx) {
  return db.selectFrom('reports').selectAll();
}

/** Of these reports, those whose last message is the reporter's: a reply no analyst has answered. */
export async function reportsAwaitingAnswer(db: DbOrTx, reportIds: readonly string[]): Promise<Set<string>> {
  if (reportIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('report_messages')
    .select(['report_id', 'author'])
    .distinctOn('report_id')
    .where('report_id', '=', sql<string>`any(${sql.val([...reportIds])}::uuid[])`)
    .orderBy('report_id')
    .orderBy('seq', 'desc')
    .execute();
  return new Set(rows.filter((row) => row.author === 'reporter').map((row) => row.report_id));
}

export async function findReportRow(db: DbOrTx, reportId: string) {
  return db.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirst();
}

export async function findReportContact(db: DbOrTx, reportId: string) {
  return db.selectFrom('reports').select(['id', 'contact_sealed']).where('id', '=', reportId).executeTakeFirst();
}

/** Sets the status of reports; answers how many of them exist. */
export async function updateReportStatuses(
  db: DbOrTx,
  reportIds: readonly string[],
  status: ReportStatus,
): Promise<number> {
  const updated = await db
    .updateTable('reports')
    .set({ status })
    .where('id', 'in', [...reportIds])
    .executeTakeFirst();
  return Number(updated.numUpdatedRows);
}

/** How many of these reports exist (to refuse a bulk action naming one that does not). */
export async function countReports(db: DbOrTx, reportIds: readonly string[]): Promise<number> {
  if (reportIds.length === 0) return 0;
  const row = await db
    .selectFrom('reports')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('id', 'in', [...reportIds])
    .executeTakeFirst();
  return row?.n ?? 0;
}
