import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// Reports counted for the analysts' pictures (hotspots, trends, time patterns): totals by period and
// channel in one grouped query, and the sealed answers of a batch of reports (rule a, ADR 0037).

/** Inclusive London days, "YYYY-MM-DD". */
export type DayRange = { readonly from: string; readonly to: string };
export type PeriodBucket = 'week' | 'month';

/** Reports received per week or month (the period's first day) and channel, within the days. */
export async function reportCountsByPeriod(db: DbOrTx, range: DayRange, bucket: PeriodBucket) {
  const period = sql<string>`to_char(date_trunc(${sql.lit(bucket)}, submitted_on::timestamp), 'YYYY-MM-DD')`;
  return db
    .selectFrom('reports')
    .select([period.as('period'), 'channel', sql<number>`count(*)::int`.as('count')])
    .where('submitted_on', '>=', sql<Date>`${range.from}::date`)
    .where('submitted_on', '<=', sql<Date>`${range.to}::date`)
    .groupBy([period, 'channel'])
    .orderBy('period')
    .execute();
}

/** The sealed answers of these reports (those that exist), in one query. */
export async function sealedAnswersOfReports(db: DbOrTx, reportIds: readonly string[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('reports')
    .select(['id', 'answers_sealed', 'submitted_on'])
    .where('id', '=', sql<string>`any(${sql.val([...reportIds])}::uuid[])`)
    .execute();
}
