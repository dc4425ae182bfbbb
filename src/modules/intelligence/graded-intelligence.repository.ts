import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

/** Intelligence reports made from a set of public reports, with their grades (not their texts). */
export async function gradedIntelligenceFromReports(db: DbOrTx, reportIds: readonly string[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('intelligence_reports')
    .select([
      'id',
      'reference',
      'submission_id',
      'source_type',
      'source_evaluation',
      'intelligence_assessment',
      'handling_code',
      'status',
      'created_at',
    ])
    .where('submission_id', '=', sql<string>`any(${sql.val([...reportIds])}::uuid[])`)
    .where('status', '<>', 'archived')
    .execute();
}
