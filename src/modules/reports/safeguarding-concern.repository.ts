import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// The reads the safeguarding team's view needs (the reports module owns the reports table).

const concernColumns = [
  'id',
  'status',
  'categories',
  'child_involved',
  'vulnerable_adult_involved',
  'threat_to_life',
  'postcode_sector',
  sql<string>`to_char(submitted_on, 'YYYY-MM-DD')`.as('submitted_on'),
] as const;

/** Reports about a child or a vulnerable adult, threat to life first, then newest first. */
/** A page of concerns, most urgent first (ties broken by id so pages do not overlap). */
export async function listSafeguardingConcerns(db: DbOrTx, limit: number, offset = 0) {
  return db
    .selectFrom('reports')
    .select(concernColumns)
    .where((eb) => eb.or([eb('child_involved', '=', true), eb('vulnerable_adult_involved', '=', true)]))
    .orderBy('threat_to_life', 'desc')
    .orderBy('submitted_on', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countSafeguardingConcerns(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => eb.or([eb('child_involved', '=', true), eb('vulnerable_adult_involved', '=', true)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One report with its sealed answers and contact (the caller checks it is a concern). */
export async function findReportWithSealedAnswers(db: DbOrTx, reportId: string) {
  return db
    .selectFrom('reports')
    .select([...concernColumns, 'answers_sealed', 'contact_sealed'])
    .where('id', '=', reportId)
    .executeTakeFirst();
}
