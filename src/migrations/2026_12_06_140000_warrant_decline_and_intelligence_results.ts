import { sql, type Kysely } from 'kysely';

// Issue 14: an inspector can decline a warrant application with a reason (a new status and who,
// when, why); intelligence can be closed with its result (what it led to), one closure per report.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ops_warrants drop constraint ops_warrants_status_check`.execute(db);
  await sql`
    alter table ops_warrants add constraint ops_warrants_status_check check (status in
      ('awaiting_authorisation', 'authorised', 'declined', 'issued', 'refused', 'executed', 'expired', 'returned'))
  `.execute(db);
  await sql`alter table ops_warrants add column declined_by text`.execute(db);
  await sql`alter table ops_warrants add column declined_at timestamptz`.execute(db);
  await sql`alter table ops_warrants add column decline_reason text`.execute(db);
  await sql`
    alter table ops_warrants add constraint ops_warrants_declined_check check (
      (status = 'declined') = (declined_by is not null and decline_reason is not null)
      and (declined_by is null or declined_by <> applicant_id))
  `.execute(db);

  await sql`
    create table ops_intelligence_results (
      intelligence_id uuid primary key references intelligence_reports (id),
      result text not null check (result in ('actioned', 'no_further_action', 'not_substantiated')),
      note text not null,
      led_to jsonb not null,
      closed_by text not null,
      closed_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table ops_intelligence_results`.execute(db);
  await sql`alter table ops_warrants drop constraint ops_warrants_declined_check`.execute(db);
  await sql`alter table ops_warrants drop column decline_reason`.execute(db);
  await sql`alter table ops_warrants drop column declined_at`.execute(db);
  await sql`alter table ops_warrants drop column declined_by`.execute(db);
  await sql`alter table ops_warrants drop constraint ops_warrants_status_check`.execute(db);
  await sql`
    alter table ops_warrants add constraint ops_warrants_status_check check (status in
      ('awaiting_authorisation', 'authorised', 'issued', 'refused', 'executed', 'expired', 'returned'))
  `.execute(db);
}
