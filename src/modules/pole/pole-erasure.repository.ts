import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

export type PoleErasureCounts = {
  readonly mentions: number;
  readonly linkSources: number;
  readonly linksRemoved: number;
};

/**
 * Removes what one report put into the POLE store, inside the caller's transaction: its mentions
 * and link sources (links left with no report are removed; the others are recounted). Entities
 * stay: they may be known from other reports, deal lines or intelligence, and their report counts
 * are recounted.
 */
export async function eraseReportFromPole(tx: DbOrTx, reportId: string): Promise<PoleErasureCounts> {
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
  return { mentions: mentions.length, linkSources: sources.length, linksRemoved };
}
