import { sql, type Kysely } from 'kysely';

// Intelligence reports graded 3x5x2. The sanitised text, the unsanitised original and the
// analyst's assessment are sealed (the original is readable only with a stated reason); the
// grade, status and dates stay in clear so the unit can sort, filter and review them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence intelligence_reference_seq`.execute(db);
  await sql`
    create table intelligence_reports (
      id uuid primary key,
      reference text not null unique,
      submission_id uuid,
      source_type text not null,
      source_evaluation text check (source_evaluation in ('1', '2', '3')),
      source_evaluation_reason text,
      intelligence_assessment text check (intelligence_assessment in ('A', 'B', 'C', 'D', 'E')),
      handling_code text check (handling_code in ('P', 'C')),
      handling_conditions text,
      gsc_marking text not null default 'OFFICIAL-SENSITIVE',
      priority text not null check (priority in ('high', 'medium', 'low')),
      sanitised_text_sealed bytea,
      original_text_sealed bytea,
      assessment_sealed bytea,
      action_decision text,
      researched_systems text[] not null default '{}',
      status text not null,
      created_by text not null,
      evaluated_by text,
      reviewed_by text,
      review_note text,
      review_date date not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      check (handling_code is distinct from 'C' or length(coalesce(handling_conditions, '')) >= 10)
    )`.execute(db);
  await sql`create index intelligence_reports_status_idx on intelligence_reports (status, priority, created_at)`.execute(
    db,
  );
  await sql`create index intelligence_reports_submission_idx on intelligence_reports (submission_id)`.execute(db);
  await sql`create index intelligence_reports_review_idx on intelligence_reports (review_date)`.execute(db);

  // Each dissemination is a recorded disclosure (DPA 2018 s.62): to whom, under which handling
  // code and conditions, by whom and why.
  await sql`
    create table intelligence_disseminations (
      id uuid primary key,
      intelligence_id uuid not null references intelligence_reports (id),
      recipient_type text not null check (recipient_type in ('team', 'partner_organisation')),
      recipient_id text not null,
      justification text not null,
      disseminated_by text not null,
      disseminated_at timestamptz not null,
      unique (intelligence_id, recipient_type, recipient_id)
    )`.execute(db);
  await sql`create index intelligence_disseminations_recipient_idx on intelligence_disseminations (recipient_type, recipient_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists intelligence_disseminations`.execute(db);
  await sql`drop table if exists intelligence_reports`.execute(db);
  await sql`drop sequence if exists intelligence_reference_seq`.execute(db);
}
