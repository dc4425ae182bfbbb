import { sql, type Kysely } from 'kysely';

// The POLE store: people, objects (phones, vehicles, e-mail addresses, online accounts),
// locations and the links between them, each link traceable to the reports behind it.
// Identifiers are held only as blind-index digests; labels and details are sealed, so a copy
// of the database alone reveals no extracted identifier (see src/platform/crypto).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pole_entities (
      id uuid primary key,
      kind text not null check (kind in ('person', 'phone', 'vehicle', 'email', 'online_account', 'location')),
      blind_key text,
      label_sealed bytea not null,
      details_sealed bytea,
      first_seen date not null,
      last_seen date not null,
      report_count integer not null default 0,
      merged_into uuid references pole_entities (id)
    )`.execute(db);
  await sql`create unique index pole_entities_kind_key_idx on pole_entities (kind, blind_key)`.execute(db);
  await sql`create index pole_entities_kind_last_seen_idx on pole_entities (kind, last_seen)`.execute(db);

  // One row per entity per report (and field), with the day it was observed: the rules count
  // distinct reports over a time window from this table alone.
  await sql`
    create table pole_mentions (
      entity_id uuid not null references pole_entities (id),
      report_id uuid not null,
      observed_on date not null,
      field text not null,
      span_start integer,
      span_end integer,
      primary key (entity_id, report_id, field)
    )`.execute(db);
  await sql`create index pole_mentions_report_idx on pole_mentions (report_id)`.execute(db);
  await sql`create index pole_mentions_entity_day_idx on pole_mentions (entity_id, observed_on)`.execute(db);

  // Undirected links are stored once with entity_a < entity_b.
  await sql`
    create table pole_links (
      id uuid primary key,
      entity_a uuid not null references pole_entities (id),
      entity_b uuid not null references pole_entities (id),
      kind text not null,
      confidence real not null,
      first_seen date not null,
      last_seen date not null,
      source_count integer not null default 0,
      check (entity_a < entity_b),
      unique (entity_a, entity_b, kind)
    )`.execute(db);
  await sql`create index pole_links_b_idx on pole_links (entity_b)`.execute(db);
  await sql`
    create table pole_link_sources (
      link_id uuid not null references pole_links (id),
      report_id uuid not null,
      observed_on date not null,
      primary key (link_id, report_id)
    )`.execute(db);
  await sql`create index pole_link_sources_report_idx on pole_link_sources (report_id)`.execute(db);

  await sql`
    create table correlation_alerts (
      id uuid primary key,
      kind text not null,
      entity_id uuid references pole_entities (id),
      status text not null default 'open' check (status in ('open', 'acknowledged', 'dismissed', 'actioned')),
      priority text not null check (priority in ('high', 'medium', 'low')),
      first_fired_at timestamptz not null,
      last_fired_at timestamptz not null,
      evidence_count integer not null default 0
    )`.execute(db);
  // At most one open alert of a kind per entity: new evidence joins it instead of repeating it.
  await sql`
    create unique index correlation_alerts_open_idx on correlation_alerts (kind, entity_id)
    where status in ('open', 'acknowledged')`.execute(db);
  await sql`create index correlation_alerts_status_idx on correlation_alerts (status, priority, last_fired_at)`.execute(
    db,
  );
  await sql`
    create table correlation_alert_reports (
      alert_id uuid not null references correlation_alerts (id),
      report_id uuid not null,
      added_at timestamptz not null,
      primary key (alert_id, report_id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'correlation_alert_reports',
    'correlation_alerts',
    'pole_link_sources',
    'pole_links',
    'pole_mentions',
    'pole_entities',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
