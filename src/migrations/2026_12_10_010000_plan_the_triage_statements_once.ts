import { sql, type Kysely } from 'kysely';

// The triage job's three hottest statements as PL/pgSQL functions (issue 19, ADR 0058): a function
// keeps the plans of its statements for the life of the connection, where a statement sent as
// text is parsed and planned again for every report. Planning was most of their cost: on PGlite
// 0.52 ms of the ingest statement and 0.33 ms of the repeat-rules read, against 0.19 ms to run
// the read. Inputs come as arrays, so the statement text never changes with a report's size. The
// statements are those the repositories sent, and each is called by its table's owner alone:
// pole_ingest_report and pole_entities_repeated by the pole module (pole.repository.ts,
// pole-activity.repository.ts), correlation_raise_alerts by the correlation module
// (correlation.repository.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  // Entities (labels as hex: bytea arrays do not cross both drivers alike), mentions and links
  // of one report, in one statement, unless the report has mentions already. A link names its
  // entities by their places in the entity arrays, from 0. Answers the
  // entities' rows, none when the report was ingested before.
  await sql`
    create function pole_ingest_report(
      p_report uuid, p_day date,
      p_entity_ids uuid[], p_entity_kinds text[], p_entity_keys text[], p_entity_labels text[],
      p_mention_kinds text[], p_mention_keys text[], p_mention_fields text[],
      p_mention_starts int[], p_mention_ends int[],
      p_link_from int[], p_link_to int[], p_link_kinds text[]
    ) returns table (id uuid, kind text, blind_key text) language plpgsql as $$
    #variable_conflict use_column
    begin
      return query
      with input as (
        select v.id, v.kind, v.blind_key, v.label_hex, v.ord - 1 as place
        from unnest(p_entity_ids, p_entity_kinds, p_entity_keys, p_entity_labels) with ordinality
          as v(id, kind, blind_key, label_hex, ord)),
      entities as (
        insert into pole_entities as e (id, kind, blind_key, label_sealed, first_seen, last_seen, report_count)
        select v.id, v.kind, v.blind_key, decode(v.label_hex, 'hex'), p_day, p_day, 1
        from input v
        where not exists (select from pole_mentions where report_id = p_report)
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
        select entities.id, p_report, p_day, m.field, m.span_start, m.span_end
        from unnest(p_mention_kinds, p_mention_keys, p_mention_fields, p_mention_starts, p_mention_ends)
          with ordinality as m(kind, blind_key, field, span_start, span_end, ord)
        join entities on entities.kind = m.kind and entities.blind_key = m.blind_key
        order by m.ord
        on conflict do nothing),
      links as (
        insert into pole_links as l (id, entity_a, entity_b, kind, confidence, first_seen, last_seen, source_count)
        select gen_random_uuid(), least(a.id, b.id), greatest(a.id, b.id), v.kind, 0.3, p_day, p_day, 1
        from unnest(p_link_from, p_link_to, p_link_kinds) as v(from_place, to_place, kind)
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
        select links.id, p_report, p_day from links
        on conflict do nothing)
      select entities.id, entities.kind, entities.blind_key from entities;
    end $$`.execute(db);

  // The trap-house and deal-line rules' read: entities named by enough reports within a window,
  // and entities named by enough reports ever, each with some of those reports as evidence.
  await sql`
    create function pole_entities_repeated(
      p_window_ids uuid[], p_from date, p_to date, p_window_min int,
      p_ever_ids uuid[], p_ever_min int, p_limit int
    ) returns table (question text, entity_id uuid, report_ids uuid[]) language plpgsql as $$
    #variable_conflict use_column
    begin
      return query
      (select 'window'::text, m.entity_id, (array_agg(distinct m.report_id))[1:p_limit]
       from pole_mentions m
       where m.entity_id = any(p_window_ids) and m.observed_on >= p_from and m.observed_on <= p_to
       group by m.entity_id
       having count(distinct m.report_id) >= p_window_min)
      union all
      (select 'ever'::text, e.id, array(
         select m.report_id from pole_mentions m where m.entity_id = e.id
         order by m.observed_on desc limit p_limit * 3)
       from pole_entities e
       where e.id = any(p_ever_ids) and e.report_count >= p_ever_min);
    end $$`.execute(db);

  // Opens each alert, or adds evidence to the open alert of the same kind about the same entity;
  // answers each alert's place in the arrays (from 0) and its id. A new alert keeps the id given; evidence for
  // an open one joins it (an alert without an entity is always new, so it is found by its own id).
  await sql`
    create function correlation_raise_alerts(
      p_ids uuid[], p_kinds text[], p_entity_ids uuid[], p_priorities text[],
      p_evidence_places int[], p_evidence_reports uuid[], p_at timestamptz
    ) returns table (place int, id uuid) language plpgsql as $$
    #variable_conflict use_column
    begin
      return query
      with input as (
        select v.id, v.kind, v.entity_id, v.priority, v.ord - 1 as place
        from unnest(p_ids, p_kinds, p_entity_ids, p_priorities) with ordinality as v(id, kind, entity_id, priority, ord)),
      raised as (
        insert into correlation_alerts as a (id, kind, entity_id, priority, first_fired_at, last_fired_at)
        select input.id, input.kind, input.entity_id, input.priority, p_at, p_at from input
        on conflict (kind, entity_id) where status in ('open', 'acknowledged') do update set last_fired_at = p_at
        returning a.id, a.kind, a.entity_id),
      placed as (
        select input.place, raised.id from input join raised
        on raised.id = input.id or (raised.kind = input.kind and raised.entity_id = input.entity_id)),
      evidence as (
        insert into correlation_alert_reports (alert_id, report_id, added_at)
        select placed.id, e.report_id, p_at
        from unnest(p_evidence_places, p_evidence_reports) as e(place, report_id)
        join placed on placed.place = e.place
        on conflict do nothing)
      select placed.place::int, placed.id from placed;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function correlation_raise_alerts(uuid[], text[], uuid[], text[], int[], uuid[], timestamptz)`.execute(
    db,
  );
  await sql`drop function pole_entities_repeated(uuid[], date, date, int, uuid[], int, int)`.execute(db);
  await sql`drop function pole_ingest_report(uuid, date, uuid[], text[], text[], text[], text[], text[], text[], int[], int[], int[], int[], text[])`.execute(
    db,
  );
}
