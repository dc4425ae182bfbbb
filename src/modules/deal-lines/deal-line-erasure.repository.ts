import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

/** Of the given alerts, those a deal line was opened from (they outlive their evidence). */
export async function alertsWithDealLines(tx: DbOrTx, alertIds: readonly string[]): Promise<ReadonlySet<string>> {
  if (alertIds.length === 0) return new Set();
  const rows = await tx
    .selectFrom('deal_lines')
    .select('source_alert_id')
    .where(sql<boolean>`source_alert_id = any(${sql.val([...alertIds])}::uuid[])`)
    .execute();
  return new Set(rows.flatMap((row) => (row.source_alert_id === null ? [] : [row.source_alert_id])));
}

/** A deal line's samples keep their text when the report they came from is erased; the link goes. */
export async function detachSamplesFromReport(tx: DbOrTx, reportId: string): Promise<void> {
  await tx.updateTable('deal_line_samples').set({ report_id: null }).where('report_id', '=', reportId).execute();
}
