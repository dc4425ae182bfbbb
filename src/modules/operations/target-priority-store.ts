import { randomUUID } from 'node:crypto';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import type { StaffActor } from '../access/index.ts';
import { gatherPersonFacts } from './target-facts.ts';
import { emptyFacts, victimOf } from './target-presenter.ts';
import { computePriority } from './target-priority.ts';
import {
  activeTargetBatch,
  activeTargetsWithStalePriority,
  insertTargetHistory,
  storeTargetPriority,
} from './target.repository.ts';
import type { OpsTargetRow } from './target.table.ts';

/**
 * The stored copy of each target's priority, which orders the target list: recomputed from the
 * person's facts in batches, daily and before a list, and snapshotted into the history with
 * every change (used by target.service.ts).
 */
export function createTargetPriorityStore(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const today = () => londonDay(clock.now());

  /** Computes and stores the priority of these targets from their facts now, in one batch of reads. */
  async function recompute(
    tx: DbOrTx,
    rows: readonly { id: string; person_entity_id: string; adjustment: number }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const now = today();
    const facts = await gatherPersonFacts(
      tx,
      rows.map((r) => r.person_entity_id),
      now,
    );
    const at = clock.now();
    for (const row of rows) {
      const own = facts.get(row.person_entity_id) ?? emptyFacts(now);
      await storeTargetPriority(tx, row.id, {
        priority: computePriority(own, row.adjustment),
        victim: victimOf(own),
        asOf: now,
        at,
      });
    }
  }

  /** Before a list: any active target whose stored priority is from an earlier day (or none) is recomputed. */
  async function refreshStale(): Promise<void> {
    for (;;) {
      const stale = await activeTargetsWithStalePriority(db, today(), 500);
      if (stale.length === 0) return;
      await db.transaction().execute((tx) => recompute(tx, stale));
    }
  }

  async function snapshot(
    tx: Parameters<typeof insertTargetHistory>[0],
    actor: StaffActor,
    target: { id: string; personId: string; adjustment: number },
    action: string,
    note: string | null,
  ) {
    const facts = (await gatherPersonFacts(tx, [target.personId], today())).get(target.personId);
    const priority = computePriority(facts ?? emptyFacts(today()), target.adjustment);
    await storeTargetPriority(tx, target.id, {
      priority,
      victim: victimOf(facts ?? emptyFacts(today())),
      asOf: today(),
      at: clock.now(),
    });
    await insertTargetHistory(tx, {
      id: randomUUID(),
      targetId: target.id,
      action,
      note,
      adjustment: target.adjustment,
      computed: priority.computed,
      modelVersion: priority.modelVersion,
      inputs: facts ?? null,
      by: actor.userId,
      at: clock.now(),
    });
    return priority;
  }

  /** The scheduled recompute: every active target's priority from its facts now, in batches. */
  async function recomputeAll(): Promise<number> {
    let afterId: string | null = null;
    let count = 0;
    for (;;) {
      const batch = await activeTargetBatch(db, afterId, 500);
      if (batch.length === 0) return count;
      await db.transaction().execute((tx) => recompute(tx, batch));
      count += batch.length;
      afterId = batch.at(-1)?.id ?? null;
    }
  }

  return { refreshStale, snapshot, recomputeAll };
}

const day = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** Whether the list's stored copy of a priority differs from the one computed now. */
export function storedPriorityDiffers(
  row: OpsTargetRow,
  priority: { score: number; computed: number; reasons: readonly string[] },
  victim: { reasons: readonly string[] } | null,
  now: string,
): boolean {
  const stored = row.priority;
  return (
    stored === null ||
    day(row.priority_as_of) !== now ||
    stored.score !== priority.score ||
    stored.computed !== priority.computed ||
    stored.reasons.join('\n') !== priority.reasons.join('\n') ||
    (row.victim?.reasons ?? []).join('\n') !== (victim?.reasons ?? []).join('\n')
  );
}
