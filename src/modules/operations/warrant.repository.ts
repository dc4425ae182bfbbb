import { sql, type Insertable, type Updateable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type {
  OpsWarrantEntryTable,
  OpsWarrantIntelligenceTable,
  OpsWarrantRow,
  OpsWarrantTable,
} from './warrant.table.ts';

export async function findWarrant(db: DbOrTx, id: string): Promise<OpsWarrantRow | undefined> {
  return db.selectFrom('ops_warrants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listWarrants(db: DbOrTx, limit: number): Promise<OpsWarrantRow[]> {
  return db.selectFrom('ops_warrants').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
}

export async function nextWarrantReference(db: DbOrTx, year: number): Promise<string> {
  const prefix = `W-${String(year)}-`;
  const row = await db
    .selectFrom('ops_warrants')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return `${prefix}${String(row.n + 1).padStart(4, '0')}`;
}

export async function insertWarrant(db: DbOrTx, row: Insertable<OpsWarrantTable>): Promise<void> {
  await db.insertInto('ops_warrants').values(row).execute();
}

export async function insertWarrantIntelligence(
  db: DbOrTx,
  rows: readonly Insertable<OpsWarrantIntelligenceTable>[],
): Promise<void> {
  if (rows.length > 0) {
    await db
      .insertInto('ops_warrant_intelligence')
      .values([...rows])
      .execute();
  }
}

export async function warrantIntelligence(db: DbOrTx, warrantId: string) {
  return db
    .selectFrom('ops_warrant_intelligence')
    .selectAll()
    .where('warrant_id', '=', warrantId)
    .orderBy('reference')
    .execute();
}

export async function warrantEntries(db: DbOrTx, warrantId: string) {
  return db
    .selectFrom('ops_warrant_entries')
    .selectAll()
    .where('warrant_id', '=', warrantId)
    .orderBy('entry_number')
    .execute();
}

export async function insertWarrantEntry(db: DbOrTx, row: Insertable<OpsWarrantEntryTable>): Promise<void> {
  await db.insertInto('ops_warrant_entries').values(row).execute();
}

/** Applies a change only if nobody changed the warrant since `expectedVersion`; false if they did. */
export async function updateWarrantAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<OpsWarrantTable>, 'version' | 'id'>,
): Promise<boolean> {
  const result = await db
    .updateTable('ops_warrants')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Issued warrants whose time ran out: with no entry they become `expired` (to be endorsed and
 * returned), with entries `executed`. Returns the ids that expired unexecuted.
 */
export async function expireWarrants(db: DbOrTx, now: Date): Promise<{ expired: string[]; executed: string[] }> {
  const due = await db
    .selectFrom('ops_warrants as w')
    .select((eb) => [
      'w.id',
      'w.version',
      eb
        .selectFrom('ops_warrant_entries as e')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('e.warrant_id', '=', 'w.id')
        .as('entries'),
    ])
    .where('w.status', '=', 'issued')
    .where('w.expires_at', '<=', now)
    .execute();
  const expired: string[] = [];
  const executed: string[] = [];
  for (const row of due) {
    const status = (row.entries ?? 0) > 0 ? 'executed' : 'expired';
    await db
      .updateTable('ops_warrants')
      .set({ status, updated_at: now, version: row.version + 1 })
      .where('id', '=', row.id)
      .where('status', '=', 'issued')
      .execute();
    (status === 'expired' ? expired : executed).push(row.id);
  }
  return { expired, executed };
}

/** The warrants that cite an intelligence report (for traceability). */
export async function warrantsCiting(db: DbOrTx, intelligenceIds: readonly string[]) {
  if (intelligenceIds.length === 0) return [];
  return db
    .selectFrom('ops_warrant_intelligence as wi')
    .innerJoin('ops_warrants as w', 'w.id', 'wi.warrant_id')
    .select(['wi.intelligence_id', 'w.id', 'w.reference', 'w.status'])
    .where('wi.intelligence_id', '=', sql<string>`any(${sql.val([...intelligenceIds])}::uuid[])`)
    .execute();
}

/** The graded intelligence the given warrants cite (copied grades), for traceability. */
export async function intelligenceOfWarrants(db: DbOrTx, warrantIds: readonly string[]) {
  const ids = [...new Set(warrantIds)];
  if (ids.length === 0) return [];
  return db
    .selectFrom('ops_warrant_intelligence')
    .selectAll()
    .where('warrant_id', 'in', ids)
    .orderBy('reference')
    .execute();
}
