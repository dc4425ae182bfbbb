import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// The correlation module's alerts as other modules read them (ADR 0037): batch lookups by ids
// (rule a), and typed sub-queries for a repository that must keep one statement (rule b). Only
// this module names its tables.

/** Alerts: kind, status, priority, the entity they are about and when they last fired. */
export function alertRows(db: DbOrTx) {
  return db.selectFrom('correlation_alerts').select(['id', 'kind', 'status', 'priority', 'entity_id', 'last_fired_at']);
}

/** How many alerts cite each of the reports (reports cited by none are absent), in one query. */
export async function alertCountsOfReports(db: DbOrTx, reportIds: readonly string[]): Promise<Map<string, number>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('correlation_alert_reports')
    .select(['report_id', sql<number>`count(*)::int`.as('n')])
    .where('report_id', '=', sql<string>`any(${sql.val([...reportIds])}::uuid[])`)
    .groupBy('report_id')
    .execute();
  return new Map(rows.map((row) => [row.report_id, row.n]));
}

/** The alerts that cite a report. */
export async function alertsCitingReport(db: DbOrTx, reportId: string) {
  return db
    .selectFrom('correlation_alert_reports as r')
    .innerJoin('correlation_alerts as a', 'a.id', 'r.alert_id')
    .select(['a.id', 'a.kind', 'a.status', 'a.priority'])
    .where('r.report_id', '=', reportId)
    .execute();
}
