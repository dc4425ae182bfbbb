import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { reportRows } from '../reports/index.ts';
import { indexedReportRows } from '../search/index.ts';

/** Called in the transaction that stores the report. */
export async function enqueueReportProcessing(db: DbOrTx, reportId: string): Promise<void> {
  await db
    .insertInto('report_processing')
    .values({ report_id: reportId, state: 'pending', attempts: 0, last_error: null, processed_at: null })
    .execute();
}

/**
 * Processing may commit without waiting for its WAL flush (ADR 0017): everything it writes is
 * derived from the report, which was committed durably with its queue entry, so a crash can only
 * lose the last fraction of a second of processing, atomically, and the report, still pending,
 * is processed again. Any later durable commit (an analyst acting on an alert) flushes it first.
 */
export async function deferCommitFlush(tx: DbOrTx): Promise<void> {
  await sql`set local synchronous_commit = off`.execute(tx);
}

/** Reports waiting to be processed, oldest first; failed ones are retried a few times. */
export async function findReportsToProcess(db: DbOrTx, limit: number, maxAttempts: number): Promise<string[]> {
  const rows = await db
    .selectFrom('report_processing')
    .select('report_id')
    .where((eb) =>
      eb.or([eb('state', '=', 'pending'), eb.and([eb('state', '=', 'failed'), eb('attempts', '<', maxAttempts)])]),
    )
    .limit(limit)
    .execute();
  return rows.map((row) => row.report_id);
}

/**
 * Takes the row for this transaction. SKIP LOCKED lets several workers on PostgreSQL share the
 * queue without processing one report twice; a row another worker finished is no longer to do.
 */
export async function claimReportProcessing(db: DbOrTx, reportId: string): Promise<boolean> {
  const row = await db
    .selectFrom('report_processing')
    .select('report_id')
    .where('report_id', '=', reportId)
    .where('state', 'in', ['pending', 'failed'])
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row !== undefined;
}

/** No processing time is kept: it would tell when the reporter sent the report. */
export async function markReportProcessed(db: DbOrTx, reportId: string): Promise<void> {
  await db
    .updateTable('report_processing')
    .set((eb) => ({ state: 'done', processed_at: null, last_error: null, attempts: eb('attempts', '+', 1) }))
    .where('report_id', '=', reportId)
    .execute();
}

export async function markReportProcessingFailed(db: DbOrTx, reportId: string, error: string): Promise<void> {
  await db
    .updateTable('report_processing')
    .set((eb) => ({ state: 'failed', last_error: error.slice(0, 500), attempts: eb('attempts', '+', 1) }))
    .where('report_id', '=', reportId)
    .execute();
}

/** Reports not yet tokenised whose triage is over (or that have no triage row), oldest first. */
export async function findReportsToIndex(db: DbOrTx, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom(reportRows(db).as('r'))
    .leftJoin('report_processing as p', 'p.report_id', 'r.id')
    .leftJoin(indexedReportRows(db).as('s'), 's.report_id', 'r.id')
    .select('r.id')
    .where('s.report_id', 'is', null)
    .where((eb) => eb.or([eb('p.state', 'is', null), eb('p.state', '!=', 'pending')]))
    .orderBy('r.submitted_on')
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}
