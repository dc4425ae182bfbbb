import { sql, type Kysely } from 'kysely';

// An alert's evidence count follows its evidence rows by a statement-level trigger (ADR 0057), so
// raising alerts with their evidence is one statement a report instead of two (issue 19). Only
// rows really inserted are counted: `on conflict do nothing` leaves repeats out of the transition
// table. Erasure deletes evidence and recounts, as before; there is no trigger on delete.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function correlation_alert_evidence_counted() returns trigger language plpgsql as $$
    begin
      update correlation_alerts a set evidence_count = a.evidence_count + c.added
      from (select alert_id, count(*)::int as added from added_rows group by alert_id) c
      where a.id = c.alert_id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger correlation_alert_reports_counted after insert on correlation_alert_reports
    referencing new table as added_rows for each statement
    execute function correlation_alert_evidence_counted()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists correlation_alert_reports_counted on correlation_alert_reports`.execute(db);
  await sql`drop function if exists correlation_alert_evidence_counted()`.execute(db);
}
