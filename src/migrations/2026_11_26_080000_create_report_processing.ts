import { sql, type Kysely } from 'kysely';

// The triage outbox: a row is written pending in the same transaction as the report, so a
// report committed just before a crash is still processed when the worker comes back.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table report_processing (
      report_id uuid primary key references reports (id) on delete cascade,
      state text not null check (state in ('pending', 'done', 'failed')),
      attempts integer not null default 0,
      last_error text,
      processed_at timestamptz
    )`.execute(db);
  await sql`create index report_processing_todo_idx on report_processing (state) where state in ('pending', 'failed')`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists report_processing`.execute(db);
}
