import { sql, type Kysely } from 'kysely';

// Contextual safeguarding (issue 15, DOMAIN-OPERATIONS a.2): a place where young people are
// exploited (a park, a school, a flat) carries its own interventions, like a case. The name and
// each intervention's text are sealed; the kind, the optional POLE location and dates stay clear.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table casework_contexts (
      id uuid primary key,
      kind text not null check (kind in ('park', 'school', 'flat', 'shop', 'transport', 'online', 'other')),
      name_sealed bytea not null,
      location_entity_id uuid references pole_entities (id),
      created_by text not null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`
    create table casework_context_interventions (
      id uuid primary key,
      context_id uuid not null references casework_contexts (id),
      owner_agency text not null,
      description_sealed bytea not null,
      taken_on date not null,
      recorded_by text not null,
      recorded_at timestamptz not null
    )`.execute(db);
  await sql`create index casework_context_interventions_idx on casework_context_interventions (context_id, taken_on)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table casework_context_interventions`.execute(db);
  await sql`drop table casework_contexts`.execute(db);
}
