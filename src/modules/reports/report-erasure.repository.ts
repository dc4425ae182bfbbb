import type { DbOrTx } from '../../platform/db/database.ts';

export type ErasureCounts = {
  readonly mentions: number;
  readonly linkSources: number;
  readonly linksRemoved: number;
  readonly alertsRemoved: number;
};

/** What another module erased of what it derived from one report (POLE store, alerts, samples). */
export type DerivedErasure = (tx: DbOrTx, reportId: string) => Promise<ErasureCounts>;

export async function reportExists(db: DbOrTx, reportId: string): Promise<boolean> {
  return (await db.selectFrom('reports').select('id').where('id', '=', reportId).executeTakeFirst()) !== undefined;
}

/** Deletes the report itself with its photos, messages and queue row (cascade). */
export async function deleteReport(tx: DbOrTx, reportId: string): Promise<void> {
  await tx.deleteFrom('reports').where('id', '=', reportId).execute();
}
