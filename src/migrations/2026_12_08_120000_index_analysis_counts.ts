import { sql, type Kysely } from 'kysely';

// Issue 16's grouped counts (ADR 0044): the dashboard counts reports by day and channel, and the
// hotspot map counts the reports mentioning each place within a range of days. Both read only
// index columns, so PostgreSQL answers from the index (index-only scans once vacuumed).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reports_submitted_channel_idx on reports (submitted_on, channel)`.execute(db);
  await sql`create index pole_mentions_day_entity_idx on pole_mentions (observed_on, entity_id, report_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index pole_mentions_day_entity_idx`.execute(db);
  await sql`drop index reports_submitted_channel_idx`.execute(db);
}
