import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

export type ErasureCounts = {
  readonly mentions: number;
  readonly linkSources: number;
  readonly linksRemoved: number;
  readonly alertsRemoved: number;
};

/**
 * Erases one report and what was derived from it alone, inside the caller's transaction: its
 * mentions and link sources in the POLE store (links and alerts left with no report are removed;
 * the others are recounted), then the report itself with its photos, messages and queue row
 * (cascade). Entities stay: they may be known from other reports, deal lines or intelligence,
 * and their report counts are recounted. Intelligence reports written from it are records of
 * their own, with their own review dates, and are not touched.
 */
export async function eraseReport(tx: DbOrTx, reportId: string): Promise<ErasureCounts | undefined> {
  const exists = await tx.selectFrom('reports').select('id').where('id', '=', reportId).executeTakeFirst();
  if (exists === undefined) return undefined;

  const mentions = await tx
    .deleteFrom('pole_mentions')
    .where('report_id', '=', reportId)
    .returning('entity_id')
    .execute();
  const entityIds = [...new Set(mentions.map((m) => m.entity_id))];
  const sources = await tx
    .deleteFrom('pole_link_sources')
    .where('report_id', '=', reportId)
    .returning('link_id')
    .execute();
  const linkIds = [...new Set(sources.map((s) => s.link_id))];

  let linksRemoved = 0;
  if (linkIds.length > 0) {
    // Each source raised a link's confidence by the same step (1 - 0.7^n): recount from what is left.
    await sql`
      update pole_links l set
        source_count = counted.n,
        confidence = 1 - power(0.7, greatest(counted.n, 1))
      from (
        select l2.id, (select count(*)::int from pole_link_sources s where s.link_id = l2.id) as n
        from pole_links l2 where l2.id = any(${uuids(linkIds)})
      ) counted
      where l.id = counted.id`.execute(tx);
    const removed = await tx
      .deleteFrom('pole_links')
      .where(sql<boolean>`id = any(${uuids(linkIds)})`)
      .where('source_count', '=', 0)
      .returning('id')
      .execute();
    linksRemoved = removed.length;
  }
  if (entityIds.length > 0) {
    await sql`
      update pole_entities e set report_count = (
        select count(distinct m.report_id)::int from pole_mentions m where m.entity_id = e.id
      )
      where e.id = any(${uuids(entityIds)})`.execute(tx);
  }

  const evidence = await tx
    .deleteFrom('correlation_alert_reports')
    .where('report_id', '=', reportId)
    .returning('alert_id')
    .execute();
  const alertIds = [...new Set(evidence.map((e) => e.alert_id))];
  let alertsRemoved = 0;
  if (alertIds.length > 0) {
    await sql`
      update correlation_alerts a set evidence_count = (
        select count(*)::int from correlation_alert_reports r where r.alert_id = a.id
      )
      where a.id = any(${uuids(alertIds)})`.execute(tx);
    // An alert that rested on this report alone goes too, unless a deal line was opened from it.
    const removed = await sql<{ id: string }>`
      delete from correlation_alerts a
      where a.id = any(${uuids(alertIds)}) and a.evidence_count = 0
        and not exists (select 1 from deal_lines d where d.source_alert_id = a.id)
      returning a.id`.execute(tx);
    alertsRemoved = removed.rows.length;
  }
  await tx.updateTable('deal_line_samples').set({ report_id: null }).where('report_id', '=', reportId).execute();
  await tx.deleteFrom('reports').where('id', '=', reportId).execute();
  return { mentions: mentions.length, linkSources: sources.length, linksRemoved, alertsRemoved };
}
