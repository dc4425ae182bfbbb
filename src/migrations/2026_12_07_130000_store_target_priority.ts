import { sql, type Kysely } from 'kysely';

// The target list pages over a stored priority instead of computing every active target's
// priority on each read (ADR 0040). Each active target keeps the priority computed from its
// facts (with its reasons and model version), whether the person is also a victim, and when it
// was computed and for which London day (recency counts in days); the service recomputes it on
// every change of the target, on each read of the target, and a scheduled job recomputes all
// active targets (new intelligence, a new day). Rows from before this migration, or computed for
// an earlier day, are recomputed before a list reads them (priority_as_of is null or past).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ops_targets add column priority_score integer not null default 0`.execute(db);
  await sql`alter table ops_targets add column priority jsonb`.execute(db);
  await sql`alter table ops_targets add column victim jsonb`.execute(db);
  await sql`alter table ops_targets add column priority_computed_at timestamptz`.execute(db);
  await sql`alter table ops_targets add column priority_as_of date`.execute(db);
  await sql`
    create index ops_targets_priority_idx on ops_targets (priority_score desc, review_on, id)
    where status = 'active'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index ops_targets_priority_idx`.execute(db);
  await sql`alter table ops_targets drop column priority_as_of`.execute(db);
  await sql`alter table ops_targets drop column priority_computed_at`.execute(db);
  await sql`alter table ops_targets drop column victim`.execute(db);
  await sql`alter table ops_targets drop column priority`.execute(db);
  await sql`alter table ops_targets drop column priority_score`.execute(db);
}
