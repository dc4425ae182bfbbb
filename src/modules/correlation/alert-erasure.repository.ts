import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

/**
 * Removes one report from the evidence of every alert, inside the caller's transaction, and
 * recounts each alert's evidence. An alert that rested on this report alone goes too, unless
 * `kept` names it (a deal line was opened from it). Answers how many alerts were removed.
 */
export async function eraseReportEvidence(
  tx: DbOrTx,
  reportId: string,
  kept: (alertIds: readonly string[]) => Promise<ReadonlySet<string>>,
): Promise<number> {
  const evidence = await tx
    .deleteFrom('correlation_alert_reports')
    .where('report_id', '=', reportId)
    .returning('alert_id')
    .execute();
  const alertIds = [...new Set(evidence.map((e) => e.alert_id))];
  if (alertIds.length === 0) return 0;
  await sql`
    update correlation_alerts a set evidence_count = (
      select count(*)::int from correlation_alert_reports r where r.alert_id = a.id
    )
    where a.id = any(${uuids(alertIds)})`.execute(tx);
  const keep = await kept(alertIds);
  const removable = alertIds.filter((id) => !keep.has(id));
  if (removable.length === 0) return 0;
  const removed = await tx
    .deleteFrom('correlation_alerts')
    .where(sql<boolean>`id = any(${uuids(removable)})`)
    .where('evidence_count', '=', 0)
    .returning('id')
    .execute();
  return removed.length;
}
