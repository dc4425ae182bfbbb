import type { DbOrTx } from '../../platform/db/database.ts';
import type { Priority } from './target-priority.ts';
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

/** Where a page of the target list ends: the last row's stored score, review date and id. */
export type TargetCursor = { score: number; reviewOn: string; id: string };

/**
 * A page of active targets in stored priority order (score, then the earliest review, then id),
 * after `after` (keyset paging over ops_targets_priority_idx).
 */
export async function listActiveTargetsByPriority(
  db: DbOrTx,
  limit: number,
  after: TargetCursor | null,
): Promise<OpsTargetRow[]> {
  let query = db.selectFrom('ops_targets').selectAll().where('status', '=', 'active');
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('priority_score', '<', after.score),
        eb.and([
          eb('priority_score', '=', after.score),
          eb.or([
            eb('review_on', '>', after.reviewOn),
            eb.and([eb('review_on', '=', after.reviewOn), eb('id', '>', after.id)]),
          ]),
        ]),
      ]),
    );
  }
  return query.orderBy('priority_score', 'desc').orderBy('review_on').orderBy('id').limit(limit).execute();
}

/** Active targets whose stored priority was computed for an earlier day than `today`, or never. */
export async function activeTargetsWithStalePriority(db: DbOrTx, today: string, limit: number) {
  return db
    .selectFrom('ops_targets')
    .select(['id', 'person_entity_id', 'adjustment'])
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('priority_as_of', 'is', null), eb('priority_as_of', '<', today)]))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** A batch of active targets after `afterId`, in id order (for the recompute job). */
export async function activeTargetBatch(db: DbOrTx, afterId: string | null, limit: number) {
  let query = db
    .selectFrom('ops_targets')
    .select(['id', 'person_entity_id', 'adjustment'])
    .where('status', '=', 'active');
  if (afterId) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}

/**
 * Stores a target's computed priority. Derived data: it does not change the target's version,
 * so a recompute never makes a user's edit stale.
 */
export async function storeTargetPriority(
  db: DbOrTx,
  id: string,
  stored: { priority: Priority; victim: { isVictim: boolean; reasons: string[] }; asOf: string; at: Date },
): Promise<void> {
  await db
    .updateTable('ops_targets')
    .set({
      priority_score: stored.priority.score,
      priority: JSON.stringify(stored.priority),
      victim: JSON.stringify(stored.victim),
      priority_as_of: stored.asOf,
      priority_computed_at: stored.at,
    })
    .where('id', '=', id)
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
