import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { DealLineStatus } from './deal-line.ts';

// Deal lines counted for the tactical assessment dashboard: grouped queries over this module's tables.

/** How many lines are in each status now. */
export async function lineCountsByStatus(db: DbOrTx): Promise<{ status: DealLineStatus; count: number }[]> {
  return db
    .selectFrom('deal_lines')
    .select(['status', sql<number>`count(*)::int`.as('count')])
    .groupBy('status')
    .execute();
}

/** Lines disrupted or closed (status changes to either) within the days, by week or month and new status. */
export async function disruptionsByPeriod(
  db: DbOrTx,
  range: { readonly from: string; readonly to: string },
  bucket: 'week' | 'month',
) {
  const period = sql<string>`to_char(date_trunc(${sql.lit(bucket)}, changed_at), 'YYYY-MM-DD')`;
  return db
    .selectFrom('deal_line_status_history')
    .select([period.as('period'), 'to_status as status', sql<number>`count(*)::int`.as('count')])
    .where('to_status', 'in', ['disrupted', 'closed'])
    .where(sql<boolean>`changed_at >= ${range.from}::date and changed_at < ${range.to}::date + 1`)
    .groupBy([period, 'to_status'])
    .orderBy('period')
    .execute();
}
