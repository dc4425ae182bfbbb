import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

/** Flags every report whose review day is on or before `today` and is not yet flagged. */
export async function flagReportsDueBy(
  tx: DbOrTx,
  today: string,
): Promise<readonly { id: string; review_on: string }[]> {
  return tx
    .updateTable('reports')
    .set({ review_flagged_on: today })
    .where('review_flagged_on', 'is', null)
    .where('review_on', '<=', sql<Date>`${today}::date`)
    .returning(['id', sql<string>`to_char(review_on, 'YYYY-MM-DD')`.as('review_on')])
    .execute();
}

/** Gives a flagged report a new review day and takes it off the list; answers whether it was flagged. */
export async function keepFlaggedReport(tx: DbOrTx, reportId: string, reviewOn: string): Promise<boolean> {
  const updated = await tx
    .updateTable('reports')
    .set({ review_on: reviewOn, review_flagged_on: null })
    .where('id', '=', reportId)
    .where('review_flagged_on', 'is not', null)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

/** Locks a report on the review list for the caller's transaction; answers whether it is on the list. */
export async function lockFlaggedReport(tx: DbOrTx, reportId: string): Promise<boolean> {
  const flagged = await tx
    .selectFrom('reports')
    .select('id')
    .where('id', '=', reportId)
    .where('review_flagged_on', 'is not', null)
    .forUpdate()
    .executeTakeFirst();
  return flagged !== undefined;
}

/** The reports on the review list, oldest review day first. */
export async function listFlaggedReports(db: DbOrTx, limit: number) {
  return db
    .selectFrom('reports')
    .select([
      'id',
      'channel',
      'status',
      'categories',
      'child_involved',
      'vulnerable_adult_involved',
      'threat_to_life',
      'submitted_on',
      'review_on',
      'review_flagged_on',
    ])
    .where('review_flagged_on', 'is not', null)
    .orderBy('review_on', 'asc')
    .limit(limit)
    .execute();
}
