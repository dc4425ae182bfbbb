import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { AlertKind } from './correlation.table.ts';

// Alerts counted for the analysts' hotspot maps and dashboard: grouped queries over this module's
// own table, by the entity an alert is about or by kind and period (first fired).

type DayRange = { readonly from: string; readonly to: string };

const firedWithin = (range: DayRange) =>
  sql<boolean>`first_fired_at >= ${range.from}::date and first_fired_at < ${range.to}::date + 1`;

/** Alerts of the kinds first fired within the days, counted by the entity they are about. */
export async function alertCountsByEntity(db: DbOrTx, kinds: readonly AlertKind[], range: DayRange) {
  if (kinds.length === 0) return [];
  return db
    .selectFrom('correlation_alerts')
    .select(['entity_id as entityId', sql<number>`count(*)::int`.as('count')])
    .where('kind', 'in', [...kinds])
    .where(firedWithin(range))
    .groupBy('entity_id')
    .execute();
}

/** Alerts of the kinds first fired within the days, by week or month and kind. */
export async function alertCountsByPeriod(
  db: DbOrTx,
  kinds: readonly AlertKind[],
  range: DayRange,
  bucket: 'week' | 'month',
) {
  if (kinds.length === 0) return [];
  const period = sql<string>`to_char(date_trunc(${sql.lit(bucket)}, first_fired_at), 'YYYY-MM-DD')`;
  return db
    .selectFrom('correlation_alerts')
    .select([period.as('period'), 'kind', sql<number>`count(*)::int`.as('count')])
    .where('kind', 'in', [...kinds])
    .where(firedWithin(range))
    .groupBy([period, 'kind'])
    .orderBy('period')
    .execute();
}
