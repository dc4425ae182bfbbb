import { sql, type Kysely } from 'kysely';

// s.23 Misuse of Drugs Act warrants, application to return (DOMAIN-OPERATIONS b.2): the
// application with the graded intelligence it rests on (grades copied at the time), inspector
// authorisation (four eyes), the court's decision, entries made under it, and the endorsed return.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ops_warrants (
      id uuid primary key,
      reference text not null unique,
      status text not null check (status in
        ('awaiting_authorisation', 'authorised', 'issued', 'refused', 'executed', 'expired', 'returned')),
      applicant_id text not null,
      premises text not null,
      premises_entity_id uuid references pole_entities (id),
      person_entity_ids uuid[] not null default '{}',
      search_persons_found boolean not null,
      drugs_sought text[] not null,
      entries_sought integer not null check (entries_sought between 1 and 20),
      multiple_entry_grounds text,
      grounds text not null,
      undermining text not null,
      corroboration_note text,
      planned_execution_on date not null,
      authorised_by text,
      authorised_at timestamptz,
      authorisation_note text,
      court_decision text check (court_decision in ('issued', 'refused')),
      court_name text,
      decided_on date,
      validity_months integer,
      expires_at timestamptz,
      returned_on date,
      return_endorsement text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      check (authorised_by is null or authorised_by <> applicant_id),
      check ((entries_sought = 1) or (multiple_entry_grounds is not null)),
      check ((court_decision = 'issued') = (expires_at is not null))
    )`.execute(db);
  await sql`create index ops_warrants_status_idx on ops_warrants (status, expires_at)`.execute(db);

  await sql`
    create table ops_warrant_intelligence (
      warrant_id uuid not null references ops_warrants (id),
      intelligence_id uuid not null references intelligence_reports (id),
      reference text not null,
      source_type text not null,
      source_evaluation text not null,
      intelligence_assessment text not null,
      handling_code text not null,
      primary key (warrant_id, intelligence_id)
    )`.execute(db);
  await sql`create index ops_warrant_intelligence_intel_idx on ops_warrant_intelligence (intelligence_id)`.execute(db);

  await sql`
    create table ops_warrant_entries (
      id uuid primary key,
      warrant_id uuid not null references ops_warrants (id),
      entry_number integer not null,
      executed_at timestamptz not null,
      entry_method text not null,
      officers_present text not null,
      persons_present text not null,
      children_present boolean not null,
      vulnerable_adults_present boolean not null,
      safeguarding_referral_needed boolean not null,
      force_used text,
      damage text,
      articles_found boolean not null,
      items_seized text not null,
      recorded_by text not null,
      recorded_at timestamptz not null,
      unique (warrant_id, entry_number)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table ops_warrant_entries`.execute(db);
  await sql`drop table ops_warrant_intelligence`.execute(db);
  await sql`drop table ops_warrants`.execute(db);
}
