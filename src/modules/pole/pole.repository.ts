import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { EntityKind } from './pole.table.ts';

// The triage job's writes to the POLE store: one statement per report (entities with their
// mentions, links with their sources; ADR 0057).

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
 * A link the report makes between two of its entities, by their places in the entities given
 * (the ids are known only once the entities are upserted). Each report that links two entities
 * raises the link's confidence: c' = 1 - (1 - c)(1 - 0.3), so one co-mention gives 0.3, two 0.51,
 * three 0.66, never reaching 1 on co-mentions alone.
 */
export type NewLink = { from: number; to: number; kind: string };

/**
 * In one statement, unless the report was ingested before (it has mentions): inserts the entities
 * that are new, widens the first/last seen of those that exist and counts the report on each,
 * records the mentions (the first span of a field wins), upserts the links between them and
 * records the report as a source of each. Answers the entities' rows, none when the report was
 * already ingested. `entities` must be distinct by (kind, blind key), so links between different
 * places name different pairs of entities.
 */
export async function ingestReportIntoStore(
  db: DbOrTx,
  report: { reportId: string; observedOn: string },
  entities: readonly NewEntity[],
  mentions: readonly NewMention[],
  links: readonly NewLink[],
): Promise<{ id: string; kind: EntityKind; blind_key: string }[]> {
  if (entities.length === 0) return [];
  const day = sql`${report.observedOn}::date`;
  const entityValues = sql.join(
    entities.map(
      (e, place) => sql`(${place}::int, ${e.id}::uuid, ${e.kind}::text, ${e.blindKey}::text, ${e.labelSealed}::bytea)`,
    ),
  );
  const mentionValues = sql.join(
    mentions.map(
      (m, order) =>
        sql`(${order}::int, ${m.kind}::text, ${m.blindKey}::text, ${m.field}::text, ${m.spanStart}::int, ${m.spanEnd}::int)`,
    ),
  );
  const result = await sql<{ id: string; kind: EntityKind; blind_key: string }>`
    with input as (
      select * from (values ${entityValues}) as v(place, id, kind, blind_key, label_sealed)),
    entities as (
      insert into pole_entities as e (id, kind, blind_key, label_sealed, first_seen, last_seen, report_count)
      select v.id, v.kind, v.blind_key, v.label_sealed, ${day}, ${day}, 1
      from input v
      where not exists (select from pole_mentions where report_id = ${report.reportId}::uuid)
      on conflict (kind, blind_key) do update set
        first_seen = least(e.first_seen, excluded.first_seen),
        last_seen = greatest(e.last_seen, excluded.last_seen),
        report_count = e.report_count + 1
      returning e.id, e.kind, e.blind_key),
    placed as (
      select input.place, entities.id from input
      join entities on entities.kind = input.kind and entities.blind_key = input.blind_key),
    mentions as (
      insert into pole_mentions (entity_id, report_id, observed_on, field, span_start, span_end)
      select entities.id, ${report.reportId}::uuid, ${day}, m.field, m.span_start, m.span_end
      from (values ${mentionValues}) as m(ord, kind, blind_key, field, span_start, span_end)
      join entities on entities.kind = m.kind and entities.blind_key = m.blind_key
      order by m.ord
      on conflict do nothing),
    links as (
      insert into pole_links as l (id, entity_a, entity_b, kind, confidence, first_seen, last_seen, source_count)
      select gen_random_uuid(), least(a.id, b.id), greatest(a.id, b.id), v.kind, 0.3, ${day}, ${day}, 1
      from unnest(${sql.val(links.map((l) => l.from))}::int[], ${sql.val(links.map((l) => l.to))}::int[],
                  ${sql.val(links.map((l) => l.kind))}::text[]) as v(from_place, to_place, kind)
      join placed a on a.place = v.from_place
      join placed b on b.place = v.to_place
      where a.id <> b.id
      on conflict (entity_a, entity_b, kind) do update set
        first_seen = least(l.first_seen, excluded.first_seen),
        last_seen = greatest(l.last_seen, excluded.last_seen),
        source_count = l.source_count + 1,
        confidence = 1 - (1 - l.confidence) * 0.7
      returning l.id),
    sources as (
      insert into pole_link_sources (link_id, report_id, observed_on)
      select id, ${report.reportId}::uuid, ${day} from links
      on conflict do nothing)
    select id, kind, blind_key from entities`.execute(db);
  return result.rows;
}
