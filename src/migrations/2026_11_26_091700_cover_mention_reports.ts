import { sql, type Kysely } from 'kysely';

// The correlation rules read an entity's mentions by (entity, day) and want only their report ids:
// the newest few (deal-line evidence) or those inside the window (trap houses). With report_id in
// the index those reads are index-only: they no longer fetch one heap page per mention, and a
// popular entity's mentions, spread over the table as the store grows, cost no more to read.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index pole_mentions_entity_day_cover_idx on pole_mentions (entity_id, observed_on) include (report_id)`.execute(
    db,
  );
  await sql`drop index pole_mentions_entity_day_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index pole_mentions_entity_day_idx on pole_mentions (entity_id, observed_on)`.execute(db);
  await sql`drop index pole_mentions_entity_day_cover_idx`.execute(db);
}
