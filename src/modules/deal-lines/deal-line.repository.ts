import { sql, type Insertable, type Updateable } from 'kysely';
import type { DbOrTx, OnlyColumns } from '../../platform/db/database.ts';
import type { DealLineStatus } from './deal-line.ts';
import type { DealLineRow, DealLineTable } from './deal-line.table.ts';
import { findEntity } from '../pole/index.ts';

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

export async function findDealLine(db: DbOrTx, id: string): Promise<DealLineRow | undefined> {
  return db.selectFrom('deal_lines').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Brand and status of the given lines, for other modules (operations) to show. */
export async function dealLinesByIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('deal_lines')
    .select(['id', 'brand_name', 'status', 'successor_line_id'])
    .where('id', '=', sql<string>`any(${uuids(ids)})`)
    .execute();
}

export async function listDealLines(
  db: DbOrTx,
  filter: { statuses: readonly DealLineStatus[]; limit: number },
): Promise<(DealLineRow & { number_count: number; people_count: number })[]> {
  let query = db
    .selectFrom('deal_lines as l')
    .selectAll('l')
    .select((eb) => [
      eb
        .selectFrom('deal_line_numbers as n')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('n.deal_line_id', '=', 'l.id')
        .where('n.to_date', 'is', null)
        .as('number_count'),
      eb
        .selectFrom('deal_line_people as p')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('p.deal_line_id', '=', 'l.id')
        .where('p.removed_at', 'is', null)
        .as('people_count'),
    ]);
  if (filter.statuses.length > 0) query = query.where('l.status', 'in', [...filter.statuses]);
  const rows = await query.orderBy('l.last_seen', 'desc').orderBy('l.brand_name').limit(filter.limit).execute();
  return rows.map((row) => ({ ...row, number_count: row.number_count ?? 0, people_count: row.people_count ?? 0 }));
}

export async function findEntityKind(db: DbOrTx, id: string) {
  return findEntity(db, id, { unmergedOnly: true });
}

export async function findOpenNumber(db: DbOrTx, phoneEntityId: string) {
  return db
    .selectFrom('deal_line_numbers')
    .select(['id', 'deal_line_id'])
    .where('phone_entity_id', '=', phoneEntityId)
    .where('to_date', 'is', null)
    .executeTakeFirst();
}

export async function findActiveRole(db: DbOrTx, lineId: string, personId: string, role: string) {
  return db
    .selectFrom('deal_line_people')
    .select('id')
    .where('deal_line_id', '=', lineId)
    .where('person_entity_id', '=', personId)
    .where('role', '=', role as never)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** The successor chain from a line (to refuse a rebrand that would loop back). */
export async function successorChain(db: DbOrTx, startId: string, maxLength: number): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null = startId;
  while (current !== null && chain.length < maxLength) {
    chain.push(current);
    const row = await db
      .selectFrom('deal_lines')
      .select('successor_line_id')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.successor_line_id ?? null;
  }
  return chain;
}

export async function insertNumber(
  db: DbOrTx,
  row: {
    id: string;
    lineId: string;
    phoneId: string;
    from: string;
    to: string | null;
    replaces?: string | null;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('deal_line_numbers')
    .values({
      id: row.id,
      deal_line_id: row.lineId,
      phone_entity_id: row.phoneId,
      from_date: row.from,
      to_date: row.to,
      replaces_number_id: row.replaces ?? null,
      added_by: row.by,
      added_at: row.at,
    })
    .execute();
}

export async function insertStatusChange(
  db: DbOrTx,
  row: {
    id: string;
    lineId: string;
    from: DealLineStatus | null;
    to: DealLineStatus;
    successor: string | null;
    note: string;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('deal_line_status_history')
    .values({
      id: row.id,
      deal_line_id: row.lineId,
      from_status: row.from,
      to_status: row.to,
      successor_line_id: row.successor,
      note: row.note,
      changed_by: row.by,
      changed_at: row.at,
    })
    .execute();
}

export async function insertSample(
  db: DbOrTx,
  row: {
    id: string;
    lineId: string;
    sealed: Buffer;
    observedOn: string;
    reportId: string | null;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('deal_line_samples')
    .values({
      id: row.id,
      deal_line_id: row.lineId,
      text_sealed: row.sealed,
      observed_on: row.observedOn,
      report_id: row.reportId,
      added_by: row.by,
      added_at: row.at,
    })
    .execute();
}

export type DealLineChanges = Updateable<DealLineTable>;

export async function insertDealLine(db: DbOrTx, row: Insertable<DealLineTable>): Promise<void> {
  await db.insertInto('deal_lines').values(row).execute();
}

export async function updateDealLine<C extends DealLineChanges>(
  db: DbOrTx,
  id: string,
  changes: OnlyColumns<C, DealLineChanges>,
): Promise<void> {
  await db.updateTable('deal_lines').set(changes).where('id', '=', id).execute();
}

/** Applies the changes only if the line is still at `expectedVersion`; false when someone changed it first. */
export async function updateDealLineAtVersion<C extends DealLineChanges>(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: OnlyColumns<C, DealLineChanges>,
): Promise<boolean> {
  const result = await db
    .updateTable('deal_lines')
    .set(changes)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// What other modules read of deal lines (ADR 0037): a batch lookup by phone ids (rule a) and a
// typed sub-query of the numbers lines have used, for a repository that keeps one statement (rule
// b). network cannot import this module (it is imported by it), so main/services.ts hands these in.

/** Phones that are a current number of a recorded deal line, in one query. */
export async function dealLinesOfPhones(
  db: DbOrTx,
  phoneIds: readonly string[],
): Promise<Map<string, { lineId: string; brandName: string }>> {
  if (phoneIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('deal_line_numbers as n')
    .innerJoin('deal_lines as l', 'l.id', 'n.deal_line_id')
    .select(['n.phone_entity_id', 'l.id', 'l.brand_name'])
    .where(sql<boolean>`n.phone_entity_id = any(${uuids(phoneIds)})`)
    .where('n.to_date', 'is', null)
    .execute();
  return new Map(rows.map((row) => [row.phone_entity_id, { lineId: row.id, brandName: row.brand_name }]));
}

/** Every number a deal line has used (current ones have no `to_date`), with the line's brand and status. */
export function lineNumberRows(db: DbOrTx) {
  return db
    .selectFrom('deal_line_numbers as n')
    .innerJoin('deal_lines as l', 'l.id', 'n.deal_line_id')
    .select(['n.phone_entity_id', 'n.to_date', 'l.id as line_id', 'l.brand_name', 'l.status as line_status']);
}
