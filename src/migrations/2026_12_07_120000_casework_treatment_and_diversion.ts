import { sql, type Kysely } from 'kysely';

// Drug treatment referrals, their engagement outcomes, and diversion for recreational users
// (issue 15); concerns that arrive from operations (a warrant executed with children or
// vulnerable adults present, the arrest of a child). The person's name and date of birth and
// every note are sealed; statuses, dates and the eligibility facts stay in clear for the lists.
// No referral is stored without the person's consent (a check, not only the service).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table casework_concerns drop constraint casework_concerns_source_check`.execute(db);
  await sql`
    alter table casework_concerns add constraint casework_concerns_source_check
      check (source in ('report', 'alert', 'manual', 'warrant', 'arrest'))`.execute(db);

  await sql`
    create table casework_treatment_referrals (
      id uuid primary key,
      person_entity_id uuid,
      subject_sealed bytea not null,
      organisation_id uuid not null,
      consent_given boolean not null check (consent_given),
      consent_on date not null,
      arrest_id uuid,
      status text not null check (status in ('referred', 'assessed', 'engaged', 'disengaged', 'completed', 'declined')),
      referred_by text not null,
      referred_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1
    )`.execute(db);
  await sql`create index casework_treatment_person_idx on casework_treatment_referrals (person_entity_id)`.execute(db);

  await sql`
    create table casework_treatment_outcomes (
      id uuid primary key,
      referral_id uuid not null references casework_treatment_referrals (id),
      outcome text not null check (outcome in ('assessed', 'engaged', 'disengaged', 'completed', 'declined')),
      recorded_on date not null,
      note_sealed bytea,
      recorded_by text not null,
      recorded_at timestamptz not null
    )`.execute(db);
  await sql`create index casework_treatment_outcomes_idx on casework_treatment_outcomes (referral_id, recorded_on)`.execute(
    db,
  );

  await sql`
    create table casework_diversions (
      id uuid primary key,
      person_entity_id uuid,
      subject_sealed bytea not null,
      arrest_id uuid,
      stop_reference text,
      eligibility jsonb not null,
      status text not null check (status in ('offered', 'completed', 'not_completed')),
      offered_on date not null,
      completed_on date,
      outcome_recorded boolean not null default false,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      check (arrest_id is not null or stop_reference is not null),
      check ((status = 'offered') = (completed_on is null))
    )`.execute(db);
  await sql`create unique index casework_diversions_arrest_idx on casework_diversions (arrest_id) where arrest_id is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table casework_diversions`.execute(db);
  await sql`drop table casework_treatment_outcomes`.execute(db);
  await sql`drop table casework_treatment_referrals`.execute(db);
  await sql`alter table casework_concerns drop constraint casework_concerns_source_check`.execute(db);
  await sql`
    alter table casework_concerns add constraint casework_concerns_source_check
      check (source in ('report', 'alert', 'manual'))`.execute(db);
}
