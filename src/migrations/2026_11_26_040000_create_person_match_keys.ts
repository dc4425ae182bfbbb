import { sql, type Kysely } from 'kysely';

// Person entity resolution (issue #5). Match keys and the name index belong to a person
// record by id only: the POLE store's persons table comes separately, so there is no foreign
// key here yet. Keys stay with the record that produced them; merges are rows in
// person_merges, and a person's current identity is found by following the merges that are
// not undone. Undoing a merge is then one UPDATE, and nothing has to be copied back.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table person_match_keys (
      person_id uuid not null,
      key_type text not null,
      key text not null,
      primary key (person_id, key_type, key)
    )`.execute(db);
  await sql`create index person_match_keys_lookup_idx on person_match_keys (key_type, key)`.execute(db);

  await sql`
    create table person_name_index (
      person_id uuid primary key,
      normalised_name text not null
    )`.execute(db);
  await sql`
    create index person_name_index_trgm_idx on person_name_index
    using gin (normalised_name gin_trgm_ops)`.execute(db);

  await sql`
    create table person_merges (
      id uuid primary key default gen_random_uuid(),
      survivor_id uuid not null,
      merged_id uuid not null,
      actor_user_id text not null,
      reason text not null,
      score double precision,
      explanation jsonb not null default '[]'::jsonb,
      created_at timestamptz not null,
      undone_at timestamptz,
      undone_by text,
      undo_reason text,
      check (survivor_id <> merged_id),
      check ((undone_at is null) = (undone_by is null))
    )`.execute(db);
  // A person can be merged into only one other at a time, so identities form a forest and
  // following merges upwards always ends.
  await sql`
    create unique index person_merges_one_active_idx on person_merges (merged_id)
    where undone_at is null`.execute(db);
  await sql`create index person_merges_survivor_idx on person_merges (survivor_id) where undone_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists person_merges`.execute(db);
  await sql`drop table if exists person_name_index`.execute(db);
  await sql`drop table if exists person_match_keys`.execute(db);
}
