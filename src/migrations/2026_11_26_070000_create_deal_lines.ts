import { sql, type Kysely } from 'kysely';

// Deal lines as records of their own: the branded number(s) customers ring, the people behind
// a line and their roles, its status over time and the bulk "menu" texts it sends (sealed).
// Numbers and people are POLE entities, so a line's profile reads the POLE store directly.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table deal_lines (
      id uuid primary key,
      brand_name text not null,
      status text not null check (status in ('suspected', 'confirmed', 'disrupted', 'rebranded')),
      successor_line_id uuid references deal_lines (id),
      urban_hub text,
      first_seen date not null,
      last_seen date not null,
      source_alert_id uuid references correlation_alerts (id),
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      check (last_seen >= first_seen),
      check ((status = 'rebranded') = (successor_line_id is not null)),
      check (successor_line_id is distinct from id)
    )`.execute(db);
  await sql`create index deal_lines_status_idx on deal_lines (status, last_seen)`.execute(db);

  // A number belongs to a line from one day to another; a number is on at most one line at a time.
  await sql`
    create table deal_line_numbers (
      id uuid primary key,
      deal_line_id uuid not null references deal_lines (id),
      phone_entity_id uuid not null references pole_entities (id),
      from_date date not null,
      to_date date,
      added_by text not null,
      added_at timestamptz not null,
      check (to_date is null or to_date >= from_date)
    )`.execute(db);
  await sql`create unique index deal_line_numbers_open_idx on deal_line_numbers (phone_entity_id) where to_date is null`.execute(
    db,
  );
  await sql`create index deal_line_numbers_line_idx on deal_line_numbers (deal_line_id)`.execute(db);

  // One person can hold several roles, and be an exploited victim while holding one.
  // Removing a role keeps the row (removed_at/by), so the line's history stays readable.
  await sql`
    create table deal_line_people (
      id uuid primary key,
      deal_line_id uuid not null references deal_lines (id),
      person_entity_id uuid not null references pole_entities (id),
      role text not null check (role in ('line_holder', 'runner', 'stash_holder', 'driver', 'customer', 'enforcer')),
      victim boolean not null default false,
      added_by text not null,
      added_at timestamptz not null,
      removed_by text,
      removed_at timestamptz
    )`.execute(db);
  await sql`
    create unique index deal_line_people_active_idx on deal_line_people (deal_line_id, person_entity_id, role)
    where removed_at is null`.execute(db);
  await sql`create index deal_line_people_person_idx on deal_line_people (person_entity_id)`.execute(db);

  await sql`
    create table deal_line_samples (
      id uuid primary key,
      deal_line_id uuid not null references deal_lines (id),
      text_sealed bytea not null,
      observed_on date not null,
      report_id uuid,
      added_by text not null,
      added_at timestamptz not null
    )`.execute(db);
  await sql`create index deal_line_samples_line_idx on deal_line_samples (deal_line_id, observed_on)`.execute(db);

  await sql`
    create table deal_line_status_history (
      id uuid primary key,
      deal_line_id uuid not null references deal_lines (id),
      from_status text,
      to_status text not null,
      successor_line_id uuid references deal_lines (id),
      note text not null default '',
      changed_by text not null,
      changed_at timestamptz not null
    )`.execute(db);
  await sql`create index deal_line_status_history_line_idx on deal_line_status_history (deal_line_id, changed_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'deal_line_status_history',
    'deal_line_samples',
    'deal_line_people',
    'deal_line_numbers',
    'deal_lines',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
