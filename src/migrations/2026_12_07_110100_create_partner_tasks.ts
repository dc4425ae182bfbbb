import { sql, type Kysely } from 'kysely';

// Partner tasks on a safeguarding case (issue 15): a task referred to a partner organisation,
// the partner's action notes and outcome, and the information-sharing agreement recorded on each
// organisation that says which case fields its users may see with a task. The task text, notes
// and outcome are sealed; the organisation, due date and status stay in clear for the lists.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table casework_sharing_agreements (
      organisation_id uuid primary key references partner_organisations (id),
      reference text not null,
      fields jsonb not null,
      recorded_by text not null,
      recorded_at timestamptz not null,
      version integer not null default 1
    )`.execute(db);

  await sql`
    create table casework_partner_tasks (
      id uuid primary key,
      case_id uuid not null references casework_cases (id),
      organisation_id uuid not null references partner_organisations (id),
      description_sealed bytea not null,
      due_on date not null,
      status text not null check (status in ('open', 'accepted', 'done', 'declined')),
      outcome_sealed bytea,
      outcome_on date,
      referred_by text not null,
      referred_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      check ((status in ('done', 'declined')) = (outcome_sealed is not null))
    )`.execute(db);
  await sql`create index casework_partner_tasks_org_idx on casework_partner_tasks (organisation_id, status)`.execute(
    db,
  );
  await sql`create index casework_partner_tasks_case_idx on casework_partner_tasks (case_id)`.execute(db);
  await sql`create index casework_partner_tasks_referrer_idx on casework_partner_tasks (referred_by)`.execute(db);

  await sql`
    create table casework_partner_task_notes (
      id uuid primary key,
      task_id uuid not null references casework_partner_tasks (id),
      note_sealed bytea not null,
      recorded_by text not null,
      recorded_at timestamptz not null
    )`.execute(db);
  await sql`create index casework_partner_task_notes_idx on casework_partner_task_notes (task_id, recorded_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table casework_partner_task_notes`.execute(db);
  await sql`drop table casework_partner_tasks`.execute(db);
  await sql`drop table casework_sharing_agreements`.execute(db);
}
