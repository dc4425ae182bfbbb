import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { EntityKind } from './pole.table.ts';

// The triage job's writes to the POLE store: one statement per report (entities with their
// mentions, links with their sources; ADR 0057), kept as a function so it is planned once per
// connection (ADR 0058).

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
  // pole_ingest_report (migration 2026_12_10_010000): the statement is planned once per connection.
  const result = await sql<{ id: string; kind: EntityKind; blind_key: string }>`
    select id, kind, blind_key from pole_ingest_report(
      ${report.reportId}::uuid, ${report.observedOn}::date,
      ${sql.val(entities.map((e) => e.id))}::uuid[], ${sql.val(entities.map((e) => e.kind))}::text[],
      ${sql.val(entities.map((e) => e.blindKey))}::text[],
      ${sql.val(entities.map((e) => Buffer.from(e.labelSealed).toString('hex')))}::text[],
      ${sql.val(mentions.map((m) => m.kind))}::text[], ${sql.val(mentions.map((m) => m.blindKey))}::text[],
      ${sql.val(mentions.map((m) => m.field))}::text[], ${sql.val(mentions.map((m) => m.spanStart))}::int[],
      ${sql.val(mentions.map((m) => m.spanEnd))}::int[],
      ${sql.val(links.map((l) => l.from))}::int[], ${sql.val(links.map((l) => l.to))}::int[],
      ${sql.val(links.map((l) => l.kind))}::text[])`.execute(db);
  return result.rows;
}
