import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { EntityKind } from './pole.table.ts';

// The triage job's writes to the POLE store: two statements per report (entities with their
// mentions, then links with their sources), each round trip being most of a report's cost.

export type NewEntity = {
  id: string;
  kind: EntityKind;
  blindKey: string;
  labelSealed: Uint8Array;
};

/** Where a report mentions an entity (by its kind and blind key): one row per field. */
export type NewMention = {
  kind: EntityKind;
  blindKey: string;
  field: string;
  spanStart: number | null;
  spanEnd: number | null;
};

/**
 * In one statement, unless the report was ingested before (it has mentions): inserts the entities
 * that are new, widens the first/last seen of those that exist and counts the report on each,
 * and records the mentions (the first span of a field wins). Answers the entities' rows, none
 * when the report was already ingested. `entities` must be distinct by (kind, blind key).
 */
export async function ingestEntitiesAndMentions(
  db: DbOrTx,
  report: { reportId: string; observedOn: string },
  entities: readonly NewEntity[],
  mentions: readonly NewMention[],
): Promise<{ id: string; kind: EntityKind; blind_key: string }[]> {
  if (entities.length === 0) return [];
  const day = sql`${report.observedOn}::date`;
  const entityValues = sql.join(
    entities.map((e) => sql`(${e.id}::uuid, ${e.kind}::text, ${e.blindKey}::text, ${e.labelSealed}::bytea)`),
  );
  const mentionValues = sql.join(
    mentions.map(
      (m, order) =>
        sql`(${order}::int, ${m.kind}::text, ${m.blindKey}::text, ${m.field}::text, ${m.spanStart}::int, ${m.spanEnd}::int)`,
    ),
  );
  const result = await sql<{ id: string; kind: EntityKind; blind_key: string }>`
    with entities as (
      insert into pole_entities as e (id, kind, blind_key, label_sealed, first_seen, last_seen, report_count)
      select v.id, v.kind, v.blind_key, v.label_sealed, ${day}, ${day}, 1
      from (values ${entityValues}) as v(id, kind, blind_key, label_sealed)
      where not exists (select from pole_mentions where report_id = ${report.reportId}::uuid)
      on conflict (kind, blind_key) do update set
        first_seen = least(e.first_seen, excluded.first_seen),
        last_seen = greatest(e.last_seen, excluded.last_seen),
        report_count = e.report_count + 1
      returning e.id, e.kind, e.blind_key),
    mentions as (
      insert into pole_mentions (entity_id, report_id, observed_on, field, span_start, span_end)
      select entities.id, ${report.reportId}::uuid, ${day}, m.field, m.span_start, m.span_end
      from (values ${mentionValues}) as m(ord, kind, blind_key, field, span_start, span_end)
      join entities on entities.kind = m.kind and entities.blind_key = m.blind_key
      order by m.ord
      on conflict do nothing)
    select id, kind, blind_key from entities`.execute(db);
  return result.rows;
}

export type NewLink = { id: string; entityA: string; entityB: string; kind: string };

/**
 * Upserts the links and records the report as a source of each, in one statement. Each report
 * that links two entities raises the link's confidence: c' = 1 - (1 - c)(1 - 0.3), so one
 * co-mention gives 0.3, two 0.51, three 0.66, never reaching 1 on co-mentions alone.
 * `links` must be distinct by (entity a, entity b, kind).
 */
export async function upsertLinksWithSource(
  db: DbOrTx,
  report: { reportId: string; observedOn: string },
  links: readonly NewLink[],
): Promise<void> {
  if (links.length === 0) return;
  const day = sql`${report.observedOn}::date`;
  const values = sql.join(
    links.map((l) => sql`(${l.id}::uuid, ${l.entityA}::uuid, ${l.entityB}::uuid, ${l.kind}::text)`),
  );
  await sql`
    with links as (
      insert into pole_links as l (id, entity_a, entity_b, kind, confidence, first_seen, last_seen, source_count)
      select v.id, v.entity_a, v.entity_b, v.kind, 0.3, ${day}, ${day}, 1
      from (values ${values}) as v(id, entity_a, entity_b, kind)
      on conflict (entity_a, entity_b, kind) do update set
        first_seen = least(l.first_seen, excluded.first_seen),
        last_seen = greatest(l.last_seen, excluded.last_seen),
        source_count = l.source_count + 1,
        confidence = 1 - (1 - l.confidence) * 0.7
      returning l.id)
    insert into pole_link_sources (link_id, report_id, observed_on)
    select id, ${report.reportId}::uuid, ${day} from links
    on conflict do nothing`.execute(db);
}
