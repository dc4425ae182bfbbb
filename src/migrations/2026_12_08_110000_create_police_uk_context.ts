import { sql, type Kysely } from 'kysely';

// Context data from data.police.uk (issue 16, ADR 0043): street-level crimes, outcomes and stop
// and search, as published (OGL v3.0), and a log of each import. Every row has a stable key: the
// Crime ID where the file gives one, else a digest of the row's content and its occurrence in its
// file; content_hash tells an unchanged row from one a later download changed (a crime's last
// outcome moves on). Points are police.uk's anonymised map points and dates are months.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table context_police_imports (
      id uuid primary key,
      source text not null,
      imported_by text not null,
      started_at timestamptz not null,
      finished_at timestamptz not null,
      summary jsonb not null
    )`.execute(db);
  await sql`
    create table context_street_crimes (
      row_key text primary key,
      crime_id text,
      month char(7) not null,
      reported_by text not null,
      falls_within text not null,
      longitude double precision,
      latitude double precision,
      location text not null,
      lsoa_code text not null,
      lsoa_name text not null,
      crime_type text not null,
      last_outcome text not null,
      context text not null,
      content_hash text not null,
      import_id uuid not null references context_police_imports (id)
    )`.execute(db);
  await sql`create index context_street_crimes_month_idx on context_street_crimes (month, crime_type)`.execute(db);
  await sql`create index context_street_crimes_lsoa_idx on context_street_crimes (lsoa_name text_pattern_ops, month)`.execute(
    db,
  );
  await sql`
    create table context_crime_outcomes (
      row_key text primary key,
      crime_id text,
      month char(7) not null,
      reported_by text not null,
      falls_within text not null,
      longitude double precision,
      latitude double precision,
      location text not null,
      lsoa_code text not null,
      lsoa_name text not null,
      outcome_type text not null,
      content_hash text not null,
      import_id uuid not null references context_police_imports (id)
    )`.execute(db);
  await sql`create index context_crime_outcomes_crime_idx on context_crime_outcomes (crime_id)`.execute(db);
  await sql`
    create table context_stop_searches (
      row_key text primary key,
      force text not null,
      month char(7) not null,
      searched_at timestamptz not null,
      search_type text not null,
      part_of_operation boolean,
      policing_operation text not null,
      latitude double precision,
      longitude double precision,
      gender text not null,
      age_range text not null,
      self_defined_ethnicity text not null,
      officer_defined_ethnicity text not null,
      legislation text not null,
      object_of_search text not null,
      outcome text not null,
      outcome_linked boolean,
      removal_of_clothing boolean,
      content_hash text not null,
      import_id uuid not null references context_police_imports (id)
    )`.execute(db);
  await sql`create index context_stop_searches_month_idx on context_stop_searches (month)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table context_stop_searches`.execute(db);
  await sql`drop table context_crime_outcomes`.execute(db);
  await sql`drop table context_street_crimes`.execute(db);
  await sql`drop table context_police_imports`.execute(db);
}
