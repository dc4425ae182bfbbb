import { sql, type Kysely } from 'kysely';

// Person resolution is wired into ingest (issue #5). The first version of its tables kept
// blocking keys (phonetic codes, e-mail addresses, nicknames) and a trigram index of names in
// clear, which a copy of the database would reveal. From here on each key is a keyed HMAC
// (like every other identifier in the POLE store) and the trigram index is gone: similarity
// on names needs the names, so candidates come from the keyed blocking keys only and are
// scored in the application, where the sealed labels can be opened. Nothing wrote these
// tables from reports before this migration, so the old rows are test data and are dropped.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists person_name_index`.execute(db);
  await sql`delete from person_match_keys`.execute(db);

  // A pair of person entities the resolver thinks may be one person, for an analyst to
  // confirm (merge) or reject. The explanation is not stored: it names the people, so it is
  // worked out again from the sealed records whenever an analyst opens the suggestion.
  await sql`
    create table person_match_suggestions (
      id uuid primary key default gen_random_uuid(),
      person_a uuid not null references pole_entities (id),
      person_b uuid not null references pole_entities (id),
      score double precision not null,
      decision text not null check (decision in ('match', 'possible')),
      status text not null default 'open' check (status in ('open', 'merged', 'rejected')),
      suggested_on date not null,
      decided_by text,
      decided_on date,
      check (person_a < person_b),
      unique (person_a, person_b)
    )`.execute(db);
  await sql`create index person_match_suggestions_b_idx on person_match_suggestions (person_b)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists person_match_suggestions`.execute(db);
  await sql`
    create table if not exists person_name_index (
      person_id uuid primary key,
      normalised_name text not null
    )`.execute(db);
  await sql`
    create index if not exists person_name_index_trgm_idx on person_name_index
    using gin (normalised_name gin_trgm_ops)`.execute(db);
}
