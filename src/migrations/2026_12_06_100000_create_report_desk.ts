import { sql, type Kysely } from 'kysely';

// The analyst's desk (issue 12): who a report is assigned to, who has it open now, and which
// report a duplicate repeats. All three belong to the triage module. Nothing the reporter wrote
// is here, only staff work on the report; each row goes with its report (on delete cascade), so
// erasure at review leaves nothing behind.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table report_assignments (
      report_id uuid primary key references reports (id) on delete cascade,
      assignee_id uuid not null references staff_users (id) on delete cascade,
      assigned_at timestamptz not null
    )`.execute(db);
  await sql`create index report_assignments_assignee_idx on report_assignments (assignee_id)`.execute(db);
  // A short-lived claim, renewed while the report page is open; rows older than a few minutes
  // mean nothing and are deleted whenever a claim is written.
  await sql`
    create table report_viewers (
      report_id uuid not null references reports (id) on delete cascade,
      user_id uuid not null references staff_users (id) on delete cascade,
      seen_at timestamptz not null,
      primary key (report_id, user_id)
    )`.execute(db);
  await sql`create index report_viewers_seen_idx on report_viewers (seen_at)`.execute(db);
  await sql`
    create table report_duplicates (
      report_id uuid primary key references reports (id) on delete cascade,
      duplicate_of uuid not null references reports (id) on delete cascade,
      marked_at timestamptz not null,
      check (report_id <> duplicate_of)
    )`.execute(db);
  await sql`create index report_duplicates_of_idx on report_duplicates (duplicate_of)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists report_duplicates`.execute(db);
  await sql`drop table if exists report_viewers`.execute(db);
  await sql`drop table if exists report_assignments`.execute(db);
}
