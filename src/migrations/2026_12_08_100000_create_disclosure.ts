import { sql, type Kysely } from 'kysely';

// "You said, we did" (issue 16, DOMAIN-OPERATIONS d): neighbourhood priorities per ward and
// period (chosen from fixed lists, no free text), and monthly public releases of delayed ward
// totals. A release is a frozen snapshot: its figures are written once when it is prepared and
// never recomputed; the public page reads only published releases (ADR 0042).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table disclosure_priorities (
      id uuid primary key,
      ward_code text not null,
      period_start date not null,
      position integer not null check (position between 1 and 5),
      topic text not null,
      actions jsonb not null,
      set_by text not null,
      set_at timestamptz not null,
      unique (ward_code, period_start, position)
    )`.execute(db);
  await sql`
    create table disclosure_releases (
      id uuid primary key,
      month date not null check (extract(day from month) = 1),
      status text not null check (status in ('draft', 'approved', 'published', 'withdrawn')),
      threshold integer not null,
      prepared_by text not null,
      prepared_at timestamptz not null,
      approved_by text,
      approved_at timestamptz,
      published_by text,
      published_at timestamptz,
      withdrawn_by text,
      withdrawn_at timestamptz,
      withdrawal_reason text,
      version integer not null default 1,
      check (approved_by is null or approved_by <> prepared_by)
    )`.execute(db);
  // One live release a month: a withdrawn one may be prepared again.
  await sql`create unique index disclosure_releases_live_month on disclosure_releases (month) where status <> 'withdrawn'`.execute(
    db,
  );
  await sql`
    create table disclosure_release_figures (
      release_id uuid not null references disclosure_releases (id),
      ward_code text not null,
      measure text not null,
      value integer check (value is null or value >= 0),
      suppressed boolean not null,
      primary key (release_id, ward_code, measure),
      check (suppressed = (value is null))
    )`.execute(db);
  // Figures are a snapshot: never changed once written.
  await sql`
    create function disclosure_figures_frozen() returns trigger language plpgsql as $$
    begin
      raise exception 'disclosure_release_figures are a frozen snapshot';
    end $$`.execute(db);
  await sql`
    create trigger disclosure_figures_no_update before update or delete on disclosure_release_figures
    for each row execute function disclosure_figures_frozen()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table disclosure_release_figures`.execute(db);
  await sql`drop function disclosure_figures_frozen`.execute(db);
  await sql`drop table disclosure_releases`.execute(db);
  await sql`drop table disclosure_priorities`.execute(db);
}
