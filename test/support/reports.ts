import { sql } from 'kysely';
import type { Services } from '../../src/main/services.ts';
import { reportSealContext } from '../../src/modules/reports/report.service.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';

/** Opens a stored report with the data key, as only the application can: for assertions. */
export async function openStoredReport(services: Services, reportId: string) {
  const row = await services.db.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow();
  const photos = await services.db
    .selectFrom('report_photos')
    .select(['id', 'position', 'sealed'])
    .where('report_id', '=', reportId)
    .orderBy('position')
    .execute();
  return {
    row,
    answers: JSON.parse(
      services.sealer.openText(row.answers_sealed, reportSealContext.answers(reportId)),
    ) as ReportAnswers,
    contact:
      row.contact_sealed === null
        ? null
        : (JSON.parse(services.sealer.openText(row.contact_sealed, reportSealContext.contact(reportId))) as unknown),
    photos: photos.map((photo) => services.sealer.open(photo.sealed, reportSealContext.photo(reportId, photo.id))),
  };
}

export async function onlyReportId(services: Services): Promise<string> {
  const rows = await services.db.selectFrom('reports').select('id').execute();
  if (rows.length !== 1) throw new Error(`expected one report, found ${String(rows.length)}`);
  return rows[0]!.id;
}

/**
 * Every row of every table in the schema as text, bytea included (PostgreSQL prints it as
 * hex): what someone holding a copy of the database could read.
 */
export async function dumpAllTables(services: Services): Promise<string> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(services.db);
  const parts: string[] = [];
  for (const { table_name: table } of tables.rows) {
    const rows = await sql<{ row: string }>`select row_to_json(t)::text as row from ${sql.table(table)} t`.execute(
      services.db,
    );
    parts.push(`== ${table}`, ...rows.rows.map((row) => row.row));
  }
  return parts.join('\n');
}

/** A string as it would appear in a dump: plain, or hex-encoded inside a bytea column. */
export function appearsIn(dump: string, plaintext: string): boolean {
  const lower = dump.toLowerCase();
  return lower.includes(plaintext.toLowerCase()) || lower.includes(Buffer.from(plaintext, 'utf8').toString('hex'));
}

/** Stores an anonymous web report with these answers, as the public site does; answers its id. */
export async function recordWebReport(services: Services, answers: ReportAnswers): Promise<string> {
  const recorded = await services.db
    .transaction()
    .execute((tx) =>
      services.reports.recordNewReport(tx, { channel: 'web', answers, photos: [], actor: { type: 'public' } }),
    );
  return recorded.reportId;
}
