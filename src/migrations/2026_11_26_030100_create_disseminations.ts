import { sql, type Kysely } from 'kysely';

// Who a record has been shared with: one team or one partner organisation per row, under
// handling code P, or C with its conditions. Withdrawn rows stay, so the history of who
// could see what remains answerable.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table disseminations (
      id uuid primary key default gen_random_uuid(),
      subject_type text not null,
      subject_id text not null,
      team_id uuid references teams (id),
      partner_organisation_id uuid references partner_organisations (id),
      handling_code text not null check (handling_code in ('P', 'C')),
      conditions text,
      reason text not null,
      disseminated_by uuid not null references staff_users (id),
      disseminated_at timestamptz not null,
      withdrawn_at timestamptz,
      withdrawn_by uuid references staff_users (id),
      check ((team_id is null) <> (partner_organisation_id is null)),
      check (handling_code = 'P' or length(trim(coalesce(conditions, ''))) > 0)
    )`.execute(db);
  await sql`create index disseminations_subject_idx on disseminations (subject_type, subject_id)`.execute(db);
  await sql`
    create index disseminations_partner_idx on disseminations (partner_organisation_id)
    where withdrawn_at is null`.execute(db);
  await sql`create index disseminations_team_idx on disseminations (team_id) where withdrawn_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists disseminations`.execute(db);
}
