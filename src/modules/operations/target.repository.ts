import type { DbOrTx } from '../../platform/db/database.ts';
import type { OpsTargetRow } from './target.table.ts';

export async function findTarget(db: DbOrTx, id: string): Promise<OpsTargetRow | undefined> {
  return db.selectFrom('ops_targets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findActiveTargetOf(db: DbOrTx, personId: string): Promise<OpsTargetRow | undefined> {
  return db
    .selectFrom('ops_targets')
    .selectAll()
    .where('person_entity_id', '=', personId)
    .where('status', '=', 'active')
    .executeTakeFirst();
}

export async function listActiveTargets(db: DbOrTx, limit: number): Promise<OpsTargetRow[]> {
  return db
    .selectFrom('ops_targets')
    .selectAll()
    .where('status', '=', 'active')
    .orderBy('review_on')
    .limit(limit)
    .execute();
}

export async function insertTarget(
  db: DbOrTx,
  row: { id: string; personId: string; rationale: string; reviewOn: string; by: string; at: Date },
): Promise<void> {
  await db
    .insertInto('ops_targets')
    .values({
      id: row.id,
      person_entity_id: row.personId,
      status: 'active',
      rationale: row.rationale,
      adjustment: 0,
      adjustment_reason: null,
      review_on: row.reviewOn,
      created_by: row.by,
      created_at: row.at,
      updated_at: row.at,
      closed_reason: null,
    })
    .execute();
}

/** Applies a change only if nobody changed the target since `expectedVersion`; false if they did. */
export async function updateTargetAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: {
    adjustment?: number;
    adjustment_reason?: string | null;
    review_on?: string;
    status?: 'active' | 'closed';
    closed_reason?: string | null;
    updated_at: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('ops_targets')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertTargetHistory(
  db: DbOrTx,
  row: {
    id: string;
    targetId: string;
    action: string;
    note: string | null;
    adjustment: number;
    computed: number;
    modelVersion: string;
    inputs: unknown;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('ops_target_history')
    .values({
      id: row.id,
      target_id: row.targetId,
      action: row.action,
      note: row.note,
      adjustment: row.adjustment,
      computed_score: row.computed,
      model_version: row.modelVersion,
      inputs: JSON.stringify(row.inputs),
      changed_by: row.by,
      changed_at: row.at,
    })
    .execute();
}

export async function targetHistory(db: DbOrTx, targetId: string) {
  return db
    .selectFrom('ops_target_history')
    .select(['action', 'note', 'adjustment', 'computed_score', 'model_version', 'changed_by', 'changed_at'])
    .where('target_id', '=', targetId)
    .orderBy('seq', 'desc')
    .limit(100)
    .execute();
}
