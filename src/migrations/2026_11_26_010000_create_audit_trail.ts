import { sql, type Kysely } from 'kysely';

// The append-only, hash-chained audit trail (DPA 2018 s.62 logging). Rows can be inserted
// and read; triggers refuse UPDATE, DELETE and TRUNCATE for every role that has not
// disabled them, and the hash chain lets `linebreak audit verify` detect any change made
// by a role that could.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists fuzzystrmatch`.execute(db);

  await sql`
    create table audit_events (
      seq bigint primary key,
      occurred_at timestamptz not null,
      actor_type text not null check (actor_type in ('staff', 'public', 'system')),
      actor_id text,
      action text not null,
      subject_type text,
      subject_id text,
      reason text,
      request_id text,
      details jsonb not null default '{}'::jsonb,
      prev_hash text not null,
      hash text not null unique
    )`.execute(db);
  await sql`create index audit_events_subject_idx on audit_events (subject_type, subject_id, seq)`.execute(db);
  await sql`create index audit_events_actor_idx on audit_events (actor_id, seq)`.execute(db);

  await sql`
    create table audit_chain_head (
      id smallint primary key check (id = 1),
      seq bigint not null,
      hash text not null
    )`.execute(db);
  await sql`insert into audit_chain_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  await sql`
    create function audit_events_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_events_no_update_delete before update or delete on audit_events
    for each row execute function audit_events_refuse_change()`.execute(db);
  await sql`
    create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_refuse_change()`.execute(db);
  // The head only moves forward; going back would hide deleted tail rows.
  await sql`
    create function audit_chain_head_forward_only() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'UPDATE' or new.seq <= old.seq then
        raise exception 'audit_chain_head only moves forward' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger audit_chain_head_guard before update or delete on audit_chain_head
    for each row execute function audit_chain_head_forward_only()`.execute(db);
  await sql`revoke update, delete, truncate on audit_events from public`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists audit_chain_head`.execute(db);
  await sql`drop table if exists audit_events`.execute(db);
  await sql`drop function if exists audit_chain_head_forward_only()`.execute(db);
  await sql`drop function if exists audit_events_refuse_change()`.execute(db);
}
