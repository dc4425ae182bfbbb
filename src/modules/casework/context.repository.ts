import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { CaseworkContextInterventionTable, CaseworkContextTable } from './context.table.ts';

// The only code that queries casework_contexts and casework_context_interventions.

export async function insertContext(db: DbOrTx, row: Insertable<CaseworkContextTable>) {
  await db.insertInto('casework_contexts').values(row).execute();
}

export async function findContext(db: DbOrTx, id: string) {
  return db.selectFrom('casework_contexts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listContexts(db: DbOrTx, limit: number) {
  return db.selectFrom('casework_contexts').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
}

export async function insertIntervention(db: DbOrTx, row: Insertable<CaseworkContextInterventionTable>) {
  await db.insertInto('casework_context_interventions').values(row).execute();
}

export async function interventionsOf(db: DbOrTx, contextIds: readonly string[]) {
  if (contextIds.length === 0) return [];
  return db
    .selectFrom('casework_context_interventions')
    .select([
      'id',
      'context_id',
      'owner_agency',
      'description_sealed',
      sql<string>`to_char(taken_on, 'YYYY-MM-DD')`.as('taken_on'),
      'recorded_by',
    ])
    .where('context_id', '=', sql<string>`any(${sql.val([...contextIds])}::uuid[])`)
    .orderBy('taken_on')
    .orderBy('recorded_at')
    .execute();
}
