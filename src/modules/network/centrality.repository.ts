import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { NetworkCentralityRunRow } from './network.table.ts';

export async function findCentralityRunByScope(
  db: DbOrTx,
  scopeKey: string,
): Promise<NetworkCentralityRunRow | undefined> {
  return db.selectFrom('network_centrality_runs').selectAll().where('scope_key', '=', scopeKey).executeTakeFirst();
}

export async function findCentralityRun(db: DbOrTx, id: string): Promise<NetworkCentralityRunRow | undefined> {
  return db.selectFrom('network_centrality_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Starts (or restarts) the run for a scope; answers the run's id. */
export async function claimCentralityRun(
  db: DbOrTx,
  run: { id: string; scopeKey: string; nodeCount: number; linkCount: number; requestedBy: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('network_centrality_runs')
    .values({
      id: run.id,
      scope_key: run.scopeKey,
      status: 'pending',
      node_count: run.nodeCount,
      link_count: run.linkCount,
      requested_by: run.requestedBy,
      requested_at: run.at,
      computed_at: null,
      error: null,
    })
    .onConflict((oc) =>
      oc
        .column('scope_key')
        .doUpdateSet({ status: 'pending', requested_by: run.requestedBy, requested_at: run.at, error: null }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function storeCentralityScores(
  db: DbOrTx,
  runId: string,
  scores: { entityIds: string[]; degrees: number[]; betweenness: number[] },
  computedAt: Date,
): Promise<void> {
  await db.deleteFrom('network_centrality_scores').where('run_id', '=', runId).execute();
  for (let start = 0; start < scores.entityIds.length; start += 10_000) {
    const end = start + 10_000;
    await sql`
      insert into network_centrality_scores (run_id, entity_id, degree, betweenness)
      select ${runId}::uuid, unnest(${sql.val(scores.entityIds.slice(start, end))}::uuid[]),
             unnest(${sql.val(scores.degrees.slice(start, end))}::int[]),
             unnest(${sql.val(scores.betweenness.slice(start, end))}::float8[])`.execute(db);
  }
  await db
    .updateTable('network_centrality_runs')
    .set({ status: 'complete', computed_at: computedAt, error: null })
    .where('id', '=', runId)
    .execute();
}

export async function failCentralityRun(db: DbOrTx, runId: string, error: string): Promise<void> {
  await db
    .updateTable('network_centrality_runs')
    .set({ status: 'failed', error: error.slice(0, 500) })
    .where('id', '=', runId)
    .execute();
}

export async function centralityScores(
  db: DbOrTx,
  runId: string,
): Promise<Map<string, { degree: number; betweenness: number }>> {
  const rows = await db
    .selectFrom('network_centrality_scores')
    .select(['entity_id', 'degree', 'betweenness'])
    .where('run_id', '=', runId)
    .execute();
  return new Map(rows.map((row) => [row.entity_id, { degree: row.degree, betweenness: row.betweenness }]));
}
