import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// Safeguarding cases counted for the tactical assessment dashboard (numbers only, nothing sealed).

/** Cases whose referral arrived within the days, by week or month, that the reader's teams hold or no team holds. */
export async function casesOpenedByPeriod(
  db: DbOrTx,
  teamIds: readonly string[],
  range: { readonly from: string; readonly to: string },
  bucket: 'week' | 'month',
) {
  const period = sql<string>`to_char(date_trunc(${sql.lit(bucket)}, referral_received_at), 'YYYY-MM-DD')`;
  return db
    .selectFrom('casework_cases')
    .select([period.as('period'), sql<number>`count(*)::int`.as('count')])
    .where((eb) =>
      teamIds.length === 0
        ? eb('team_id', 'is', null)
        : eb.or([eb('team_id', 'is', null), eb('team_id', 'in', [...teamIds])]),
    )
    .where(sql<boolean>`referral_received_at >= ${range.from}::date and referral_received_at < ${range.to}::date + 1`)
    .groupBy(period)
    .orderBy('period')
    .execute();
}
