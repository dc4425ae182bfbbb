import { sql, type Kysely } from 'kysely';

// A third way in (issue 5: "every channel (web, phone, partner)"): partner agencies (schools,
// youth services, housing, drug services) send referrals through the same journey, signed in
// on the staff site. The channel is one of the few facts a report keeps in clear (ADR 11).
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['reports', 'journey_sessions']) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_channel_check`)}`.execute(db);
    await sql`
      alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_channel_check`)}
      check (channel in ('web', 'phone', 'partner'))`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['reports', 'journey_sessions']) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_channel_check`)}`.execute(db);
    await sql`
      alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_channel_check`)}
      check (channel in ('web', 'phone'))`.execute(db);
  }
}
