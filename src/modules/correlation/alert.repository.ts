import type { DbOrTx } from '../../platform/db/database.ts';
import type { AlertKind, AlertStatus, CorrelationAlertRow } from './correlation.table.ts';

// The alerts API's reads and its one update (alerts.service.ts checks access and audits).

/** Alerts in these statuses (and of these kinds, unless 'all'), most recently fired first. */
export async function listAlerts(
  db: DbOrTx,
  filter: { statuses: readonly AlertStatus[]; kinds: readonly AlertKind[] | 'all'; limit: number },
): Promise<CorrelationAlertRow[]> {
  let query = db
    .selectFrom('correlation_alerts')
    .selectAll()
    .where('status', 'in', [...filter.statuses]);
  if (filter.kinds !== 'all') query = query.where('kind', 'in', [...filter.kinds]);
  return query.orderBy('last_fired_at', 'desc').limit(filter.limit).execute();
}

export async function findAlert(db: DbOrTx, id: string): Promise<CorrelationAlertRow | undefined> {
  return db.selectFrom('correlation_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The reports behind an alert, in the order they were added. */
export async function alertEvidence(db: DbOrTx, alertId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('correlation_alert_reports')
    .select('report_id')
    .where('alert_id', '=', alertId)
    .orderBy('added_at')
    .execute();
  return rows.map((row) => row.report_id);
}

export async function updateAlertStatus(db: DbOrTx, id: string, status: AlertStatus): Promise<void> {
  await db.updateTable('correlation_alerts').set({ status }).where('id', '=', id).execute();
}
