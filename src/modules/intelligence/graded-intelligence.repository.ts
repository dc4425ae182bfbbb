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

/** Intelligence reports by id, with the recipients each was disseminated to. */
export async function findIntelligenceWithRecipients(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return { rows: [], disseminations: [] };
  const list = sql<string>`any(${sql.val([...ids])}::uuid[])`;
  const rows = await db.selectFrom('intelligence_reports').selectAll().where('id', '=', list).execute();
  const disseminations = await db
    .selectFrom('intelligence_disseminations')
    .select(['intelligence_id', 'recipient_type', 'recipient_id'])
    .where('intelligence_id', '=', list)
    .execute();
  return { rows, disseminations };
}
