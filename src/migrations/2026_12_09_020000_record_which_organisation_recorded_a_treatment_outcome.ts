import { sql, type Kysely } from 'kysely';

// A drug treatment service's own staff record a referral's outcomes (issue 15): each outcome
// keeps the partner organisation its recorder belonged to when recording it (null: police staff),
// so police staff see who recorded it even if the account later moves or closes, and the service
// sees its own notes and no one else's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table casework_treatment_outcomes add column recorded_by_organisation_id uuid`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table casework_treatment_outcomes drop column recorded_by_organisation_id`.execute(db);
}
