import { sql, type Kysely } from 'kysely';

// Safeguarding casework (issue 15): one case per child or vulnerable adult at a time, the
// concerns that joined it, strategy discussions and their actions. Names, dates of birth and
// free text are sealed; the statutory clocks are computed on read from the dates kept here
// (ADR 0036), so no due date is stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table casework_cases (
      id uuid primary key,
      subject_kind text not null check (subject_kind in ('child', 'adult')),
      subject_key text not null,
      subject_sealed bytea not null,
      person_entity_id uuid references pole_entities (id),
      team_id uuid references teams (id),
      status text not null check (status in ('open', 'closed')),
      referral_received_at timestamptz not null,
      referral_decision text check (referral_decision in ('nfa', 'early_help', 's17', 's47', 'police_only')),
      referral_decided_at timestamptz,
      strategy_required_at timestamptz,
      assessment_completed_on date,
      conference_held_on date,
      opened_by text not null,
      opened_at timestamptz not null,
      updated_at timestamptz not null,
      closed_reason text,
      version integer not null default 1,
      check ((referral_decision is null) = (referral_decided_at is null)),
      check ((status = 'closed') = (closed_reason is not null))
    )`.execute(db);
  await sql`create unique index casework_cases_open_subject_idx on casework_cases (subject_key) where status = 'open'`.execute(
    db,
  );
  await sql`create index casework_cases_person_idx on casework_cases (person_entity_id) where person_entity_id is not null`.execute(
    db,
  );

  await sql`
    create table casework_concerns (
      id uuid primary key,
      case_id uuid not null references casework_cases (id),
      source text not null check (source in ('report', 'alert', 'manual')),
      source_id uuid,
      summary_sealed bytea not null,
      received_at timestamptz not null,
      recorded_by text not null,
      recorded_at timestamptz not null,
      check ((source = 'manual') = (source_id is null))
    )`.execute(db);
  await sql`create index casework_concerns_case_idx on casework_concerns (case_id, received_at)`.execute(db);

  await sql`
    create table casework_strategy_discussions (
      id uuid primary key,
      case_id uuid not null references casework_cases (id),
      held_at timestamptz not null,
      conference_needed boolean not null,
      content_sealed bytea not null,
      recorded_by text not null,
      recorded_at timestamptz not null
    )`.execute(db);
  await sql`create index casework_discussions_case_idx on casework_strategy_discussions (case_id, held_at)`.execute(db);

  await sql`
    create table casework_actions (
      id uuid primary key,
      case_id uuid not null references casework_cases (id),
      discussion_id uuid references casework_strategy_discussions (id),
      owner_agency text not null,
      description_sealed bytea not null,
      due_on date not null,
      status text not null check (status in ('open', 'done')),
      done_on date,
      created_by text not null,
      created_at timestamptz not null,
      check ((status = 'done') = (done_on is not null))
    )`.execute(db);
  await sql`create index casework_actions_case_idx on casework_actions (case_id, due_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table casework_actions`.execute(db);
  await sql`drop table casework_strategy_discussions`.execute(db);
  await sql`drop table casework_concerns`.execute(db);
  await sql`drop table casework_cases`.execute(db);
}
