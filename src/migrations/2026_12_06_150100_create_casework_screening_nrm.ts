import { sql, type Kysely } from 'kysely';

// CCE screenings and NRM referrals (or duty-to-notify reports) on a safeguarding case (issue
// 15). The indicator answers and the first responder's narrative are sealed; the risk level,
// exploitation types, county-lines flag and the decision dates stay in clear for the clocks and
// statistics. The reasonable-grounds due date and recovery period are computed, not stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table casework_screenings (
      id uuid primary key,
      case_id uuid not null references casework_cases (id),
      answers_sealed bytea not null,
      risk_level text not null check (risk_level in ('no_current_risk', 'at_risk', 'high')),
      screened_by text not null,
      screened_at timestamptz not null
    )`.execute(db);
  await sql`create index casework_screenings_case_idx on casework_screenings (case_id, screened_at)`.execute(db);

  await sql`
    create table casework_nrm_referrals (
      id uuid primary key,
      case_id uuid not null references casework_cases (id),
      kind text not null check (kind in ('nrm', 'duty_to_notify')),
      consent boolean,
      first_responder text not null,
      exploitation_types jsonb not null,
      county_lines boolean not null,
      status text not null check (status in ('draft', 'submitted', 'rg_positive', 'rg_negative', 'cg_positive', 'cg_negative', 'withdrawn')),
      submitted_on date,
      rg_decided_on date,
      rg_positive boolean,
      cg_decided_on date,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      check ((kind = 'duty_to_notify') = (consent is false))
    )`.execute(db);
  await sql`create index casework_nrm_case_idx on casework_nrm_referrals (case_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table casework_nrm_referrals`.execute(db);
  await sql`drop table casework_screenings`.execute(db);
}
