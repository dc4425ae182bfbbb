import { sql, type Kysely } from 'kysely';

// Issue 8, safety and trust details:
// - every report has a review date set by its type, and the day the retention job flagged it;
// - a photo keeps, beside its cleaned copy, a sealed copy of the original as uploaded and a
//   sealed note of its SHA-256 (sealed too, so a copy of the database cannot confirm that a
//   given picture was sent), for evidential use only;
// - a draft photo keeps the original and what hidden information it carried, sealed, until
//   the report is sent or the draft expires.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reports add column review_on date`.execute(db);
  await sql`update reports set review_on = submitted_on + 365 where review_on is null`.execute(db);
  await sql`alter table reports alter column review_on set not null`.execute(db);
  await sql`alter table reports add column review_flagged_on date`.execute(db);
  await sql`create index reports_review_idx on reports (review_on) where review_flagged_on is null`.execute(db);

  await sql`alter table report_photos add column original_sealed bytea`.execute(db);
  await sql`alter table report_photos add column original_facts_sealed bytea`.execute(db);

  await sql`alter table journey_photos add column original_sealed bytea`.execute(db);
  await sql`alter table journey_photos add column findings_sealed bytea`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table journey_photos drop column if exists findings_sealed`.execute(db);
  await sql`alter table journey_photos drop column if exists original_sealed`.execute(db);
  await sql`alter table report_photos drop column if exists original_facts_sealed`.execute(db);
  await sql`alter table report_photos drop column if exists original_sealed`.execute(db);
  await sql`drop index if exists reports_review_idx`.execute(db);
  await sql`alter table reports drop column if exists review_flagged_on`.execute(db);
  await sql`alter table reports drop column if exists review_on`.execute(db);
}
