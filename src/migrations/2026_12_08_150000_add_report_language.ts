import { sql, type Kysely } from 'kysely';

// Reports keep the language they were written in (issue 20, ADR 0048). The code is in clear,
// like the other triage facts, so the inbox can show and filter it without opening the report;
// it is one of a handful of values. Reports from before this migration were all written in
// English. `for_translation` is staff work on the report: an analyst marks it for a translator
// and clears the mark; who did so and when is in the audit trail, not here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table reports add column language text not null default 'en'
      check (language ~ '^[a-z]{2,3}$')`.execute(db);
  await sql`alter table reports add column for_translation boolean not null default false`.execute(db);
  await sql`create index reports_for_translation_idx on reports (submitted_on) where for_translation`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists reports_for_translation_idx`.execute(db);
  await sql`alter table reports drop column for_translation`.execute(db);
  await sql`alter table reports drop column language`.execute(db);
}
