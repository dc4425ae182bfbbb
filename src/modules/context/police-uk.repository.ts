import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { columnSpecs, type PoliceUkKind } from './police-uk-format.ts';
import type { TableRow } from './police-uk-validate.ts';

// The context_* tables' SQL (ADR 0043). Rows are written in batches with one upsert each:
// new keys are inserted, a key whose content changed is updated, an unchanged row is left alone
// (PostgreSQL's `xmax = 0` tells an inserted row from an updated one in the same statement).

const tables = {
  street: 'context_street_crimes',
  outcomes: 'context_crime_outcomes',
  'stop-and-search': 'context_stop_searches',
} as const satisfies Record<PoliceUkKind, string>;

function columnsOf(kind: PoliceUkKind): string[] {
  const columns = columnSpecs[kind].map((spec) => spec.column);
  if (!columns.includes('month')) columns.push('month');
  if (kind === 'stop-and-search') columns.push('force');
  return [...columns, 'row_key', 'content_hash', 'import_id'];
}

export async function insertPoliceImport(
  db: DbOrTx,
  row: { id: string; source: string; importedBy: string; startedAt: Date; finishedAt: Date; summary: unknown },
): Promise<void> {
  await db
    .insertInto('context_police_imports')
    .values({
      id: row.id,
      source: row.source,
      imported_by: row.importedBy,
      started_at: row.startedAt,
      finished_at: row.finishedAt,
      summary: JSON.stringify(row.summary),
    })
    .execute();
}

/** Upserts one batch (rows with distinct keys); returns how many were new and how many changed. */
export async function upsertPoliceRows(
  db: DbOrTx,
  kind: PoliceUkKind,
  rows: readonly TableRow[],
  importId: string,
): Promise<{ inserted: number; updated: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const columns = columnsOf(kind);
  const table = sql.table(tables[kind]);
  const values = rows.map(
    (row) => sql`(${sql.join(columns.map((column) => (column === 'import_id' ? importId : (row[column] ?? null))))})`,
  );
  const changed = await sql<{ inserted: boolean }>`
    insert into ${table} (${sql.join(columns.map((column) => sql.ref(column)))})
    values ${sql.join(values)}
    on conflict (row_key) do update set ${sql.join(
      columns
        .filter((column) => column !== 'row_key')
        .map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`),
    )}
    where ${table}.content_hash <> excluded.content_hash
    returning (xmax = 0) as inserted`.execute(db);
  const inserted = changed.rows.filter((row) => row.inserted).length;
  return { inserted, updated: changed.rows.length - inserted };
}

export async function countPoliceRows(db: DbOrTx): Promise<Record<PoliceUkKind, number> & { imports: number }> {
  const count = async (table: (typeof tables)[PoliceUkKind] | 'context_police_imports') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    street: await count('context_street_crimes'),
    outcomes: await count('context_crime_outcomes'),
    'stop-and-search': await count('context_stop_searches'),
    imports: await count('context_police_imports'),
  };
}

/** The latest month with street crimes in LSOAs whose name starts with the district's name. */
export async function latestStreetMonth(db: DbOrTx, district: string): Promise<string | null> {
  const row = await db
    .selectFrom('context_street_crimes')
    .select((eb) => eb.fn.max('month').as('month'))
    .where('lsoa_name', 'like', `${district} %`)
    .executeTakeFirst();
  return row?.month ?? null;
}

export type StreetCount = { month: string; latitude: number; longitude: number; crimeType: string; crimes: number };

/** Street crimes with a point, in the district's LSOAs and the months, counted by month, point and type. */
export async function districtStreetCounts(
  db: DbOrTx,
  filter: { district: string; fromMonth: string; toMonth: string },
): Promise<StreetCount[]> {
  const rows = await db
    .selectFrom('context_street_crimes')
    .select((eb) => [
      'month',
      'latitude',
      'longitude',
      'crime_type as crimeType',
      eb.fn.countAll<string>().as('crimes'),
    ])
    .where('lsoa_name', 'like', `${filter.district} %`)
    .where('month', '>=', filter.fromMonth)
    .where('month', '<=', filter.toMonth)
    .where('latitude', 'is not', null)
    .where('longitude', 'is not', null)
    .groupBy(['month', 'latitude', 'longitude', 'crime_type'])
    .execute();
  return rows.map((row) => ({
    month: row.month,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    crimeType: row.crimeType,
    crimes: Number(row.crimes),
  }));
}

export async function finishPoliceImport(db: DbOrTx, id: string, finishedAt: Date, summary: unknown): Promise<void> {
  await db
    .updateTable('context_police_imports')
    .set({ finished_at: finishedAt, summary: JSON.stringify(summary) })
    .where('id', '=', id)
    .execute();
}

/** An import that changed nothing leaves no log row (the audit trail still has the attempt). */
export async function deletePoliceImport(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('context_police_imports').where('id', '=', id).execute();
}

export type LsoaCount = { lsoaCode: string; lsoaName: string; month: string; crimeType: string; crimes: number };

/** Street crimes counted by LSOA, month and type (for LSOA maps and dashboards), optionally only some types. */
export async function streetCrimesByLsoa(
  db: DbOrTx,
  filter: { fromMonth: string; toMonth: string; lsoaNamePrefix?: string; crimeTypes?: readonly string[] },
): Promise<LsoaCount[]> {
  let query = db
    .selectFrom('context_street_crimes')
    .select((eb) => [
      'lsoa_code as lsoaCode',
      'lsoa_name as lsoaName',
      'month',
      'crime_type as crimeType',
      eb.fn.countAll<string>().as('crimes'),
    ])
    .where('month', '>=', filter.fromMonth)
    .where('month', '<=', filter.toMonth)
    .where('lsoa_code', '<>', '');
  if (filter.lsoaNamePrefix !== undefined) query = query.where('lsoa_name', 'like', `${filter.lsoaNamePrefix} %`);
  if (filter.crimeTypes !== undefined && filter.crimeTypes.length > 0) {
    query = query.where('crime_type', 'in', [...filter.crimeTypes]);
  }
  const rows = await query
    .groupBy(['lsoa_code', 'lsoa_name', 'month', 'crime_type'])
    .orderBy('lsoa_code')
    .orderBy('month')
    .execute();
  return rows.map((row) => ({ ...row, crimes: Number(row.crimes) }));
}
