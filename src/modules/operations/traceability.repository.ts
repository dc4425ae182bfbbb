import type { Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { OpsIntelligenceResultTable } from './warrant.table.ts';

export async function findIntelligenceResult(db: DbOrTx, intelligenceId: string) {
  return db
    .selectFrom('ops_intelligence_results')
    .selectAll()
    .where('intelligence_id', '=', intelligenceId)
    .executeTakeFirst();
}

/** Records the closure; false when the report was already closed (nothing changes). */
export async function insertIntelligenceResult(
  db: DbOrTx,
  row: Insertable<OpsIntelligenceResultTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('ops_intelligence_results')
    .values(row)
    .onConflict((oc) => oc.column('intelligence_id').doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}
