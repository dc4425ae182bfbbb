import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { EntityKind } from './pole.table.ts';

export type NewEntity = {
  id: string;
  kind: EntityKind;
  blindKey: string;
  labelSealed: Uint8Array;
  observedOn: string;
};

/** Inserts entities that are new and widens the first/last seen of those that exist, in one statement. */
export async function upsertEntities(
  db: DbOrTx,
  entities: readonly NewEntity[],
): Promise<{ id: string; kind: EntityKind; blind_key: string | null }[]> {
  if (entities.length === 0) return [];
  return db
    .insertInto('pole_entities')
    .values(
      entities.map((e) => ({
        id: e.id,
        kind: e.kind,
        blind_key: e.blindKey,
        label_sealed: e.labelSealed,
        first_seen: e.observedOn,
        last_seen: e.observedOn,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['kind', 'blind_key']).doUpdateSet({
        first_seen: sql`least(pole_entities.first_seen, excluded.first_seen)`,
        last_seen: sql`greatest(pole_entities.last_seen, excluded.last_seen)`,
      }),
    )
    .returning(['id', 'kind', 'blind_key'])
    .execute();
}

export async function reportAlreadyIngested(db: DbOrTx, reportId: string): Promise<boolean> {
  const row = await db
    .selectFrom('pole_mentions')
    .select('report_id')
    .where('report_id', '=', reportId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export type NewMention = {
  entityId: string;
  reportId: string;
  observedOn: string;
  field: string;
  spanStart: number | null;
  spanEnd: number | null;
};

export async function insertMentions(db: DbOrTx, mentions: readonly NewMention[]): Promise<void> {
  if (mentions.length === 0) return;
  await db
    .insertInto('pole_mentions')
    .values(
      mentions.map((m) => ({
        entity_id: m.entityId,
        report_id: m.reportId,
        observed_on: m.observedOn,
        field: m.field,
        span_start: m.spanStart,
        span_end: m.spanEnd,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function incrementReportCounts(db: DbOrTx, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await db
    .updateTable('pole_entities')
    .set((eb) => ({ report_count: eb('report_count', '+', 1) }))
    .where('id', 'in', entityIds)
    .execute();
}

export type NewLink = { id: string; entityA: string; entityB: string; kind: string; observedOn: string };

/**
 * Each report that links two entities raises the link's confidence: c' = 1 - (1 - c)(1 - 0.3),
 * so one co-mention gives 0.3, two 0.51, three 0.66, never reaching 1 on co-mentions alone.
 */
export async function upsertLinks(db: DbOrTx, links: readonly NewLink[]): Promise<{ id: string }[]> {
  if (links.length === 0) return [];
  return db
    .insertInto('pole_links')
    .values(
      links.map((l) => ({
        id: l.id,
        entity_a: l.entityA,
        entity_b: l.entityB,
        kind: l.kind,
        confidence: 0.3,
        first_seen: l.observedOn,
        last_seen: l.observedOn,
        source_count: 1,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['entity_a', 'entity_b', 'kind']).doUpdateSet({
        first_seen: sql`least(pole_links.first_seen, excluded.first_seen)`,
        last_seen: sql`greatest(pole_links.last_seen, excluded.last_seen)`,
        source_count: sql`pole_links.source_count + 1`,
        confidence: sql`1 - (1 - pole_links.confidence) * 0.7`,
      }),
    )
    .returning(['id'])
    .execute();
}

export async function insertLinkSources(
  db: DbOrTx,
  sources: readonly { linkId: string; reportId: string; observedOn: string }[],
): Promise<void> {
  if (sources.length === 0) return;
  await db
    .insertInto('pole_link_sources')
    .values(sources.map((s) => ({ link_id: s.linkId, report_id: s.reportId, observed_on: s.observedOn })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}
