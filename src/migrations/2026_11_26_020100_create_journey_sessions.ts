import { sql, type Kysely } from 'kysely';

// Reports in progress (drafts) and receipt inbox sign-ins. The browser holds only a random
// token in a session cookie; the row is keyed by its SHA-256, so the table does not hold
// live tokens, and everything in it is sealed. Rows expire and are deleted by a job.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table journey_sessions (
      id_hash bytea primary key check (octet_length(id_hash) = 32),
      channel text not null check (channel in ('web', 'phone')),
      sealed bytea not null,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index journey_sessions_expiry_idx on journey_sessions (expires_at)`.execute(db);

  await sql`
    create table journey_photos (
      id uuid primary key,
      session_id_hash bytea not null references journey_sessions (id_hash) on delete cascade,
      position smallint not null check (position between 1 and 10),
      sealed bytea not null,
      unique (session_id_hash, position)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists journey_photos`.execute(db);
  await sql`drop table if exists journey_sessions`.execute(db);
}
