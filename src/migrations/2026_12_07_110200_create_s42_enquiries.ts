import { sql, type Kysely } from 'kysely';

// Care Act 2014 s.42 enquiries on an adult's case (issue 15, DOMAIN-OPERATIONS a.4): the three
// conditions of the duty, the cuckooing types, the adult's wishes (sealed; Making Safeguarding
// Personal), and the outcome when concluded. No statutory timescale, so no clock.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table casework_s42_enquiries (
      id uuid primary key,
      case_id uuid not null references casework_cases (id),
      cuckoo_types jsonb not null,
      wishes_sealed bytea not null,
      status text not null check (status in ('open', 'concluded')),
      outcome text check (outcome in ('risk_removed', 'risk_reduced', 'risk_remains', 'not_substantiated')),
      started_on date not null,
      concluded_on date,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      check ((status = 'concluded') = (outcome is not null and concluded_on is not null))
    )`.execute(db);
  await sql`create index casework_s42_case_idx on casework_s42_enquiries (case_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table casework_s42_enquiries`.execute(db);
}
