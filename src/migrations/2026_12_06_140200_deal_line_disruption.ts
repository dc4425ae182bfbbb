import { sql, type Kysely } from 'kysely';

// Disruption per line (issue 14): a line can be closed; a move to disrupted or closed made from
// operations carries its evidence (the arrests, seizures, warrants and charges it rests on); a
// successor number names the number it replaced and re-opens a disrupted or closed line.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table deal_lines drop constraint deal_lines_status_check`.execute(db);
  await sql`
    alter table deal_lines add constraint deal_lines_status_check
      check (status in ('suspected', 'confirmed', 'disrupted', 'closed', 'rebranded'))
  `.execute(db);
  await sql`alter table deal_line_status_history add column evidence jsonb not null default '[]'`.execute(db);
  await sql`alter table deal_line_numbers add column replaces_number_id uuid references deal_line_numbers (id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table deal_line_numbers drop column replaces_number_id`.execute(db);
  await sql`alter table deal_line_status_history drop column evidence`.execute(db);
  await sql`alter table deal_lines drop constraint deal_lines_status_check`.execute(db);
  await sql`
    alter table deal_lines add constraint deal_lines_status_check
      check (status in ('suspected', 'confirmed', 'disrupted', 'rebranded'))
  `.execute(db);
}
