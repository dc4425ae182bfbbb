import { sql, type Kysely } from 'kysely';

// Targets (nominals) of the operations module: a person the unit has chosen to pursue, with
// a review date and an optional manual adjustment of the computed priority (with its reason).
// The priority itself is computed from the store on every read; each change keeps a snapshot of
// the inputs and the model version beside it (DOMAIN-OPERATIONS b.1: never only the total).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table ops_targets (
      id uuid primary key,
      person_entity_id uuid not null references pole_entities (id),
      status text not null check (status in ('active', 'closed')),
      rationale text not null,
      adjustment integer not null default 0 check (adjustment between -50 and 50),
      adjustment_reason text,
      review_on date not null,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      closed_reason text,
      version integer not null default 1,
      check ((adjustment = 0) or (adjustment_reason is not null)),
      check ((status = 'closed') = (closed_reason is not null))
    )`.execute(db);
  await sql`create unique index ops_targets_active_person_idx on ops_targets (person_entity_id) where status = 'active'`.execute(
    db,
  );
  await sql`create index ops_targets_status_idx on ops_targets (status, review_on)`.execute(db);

  await sql`
    create table ops_target_history (
      id uuid primary key,
      seq bigint generated always as identity,
      target_id uuid not null references ops_targets (id),
      action text not null,
      note text,
      adjustment integer not null,
      computed_score integer not null,
      model_version text not null,
      inputs jsonb not null,
      changed_by text not null,
      changed_at timestamptz not null
    )`.execute(db);
  await sql`create index ops_target_history_target_idx on ops_target_history (target_id, seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table ops_target_history`.execute(db);
  await sql`drop table ops_targets`.execute(db);
}
