import type { DbOrTx } from '../../platform/db/database.ts';
import type { DealLineRow } from './deal-line.table.ts';
import { findEntitiesByIds } from '../pole/index.ts';

// What a deal line's profile page reads: its numbers and people with their POLE labels, samples,
// status history and related lines (deal-line-profile.service.ts). Writes are in deal-line.repository.ts.

/** Each row with its entity's sealed label and details from the POLE store (rows without one dropped). */
async function withEntities<R>(db: DbOrTx, rows: readonly R[], entityIdOf: (row: R) => string) {
  const entities = new Map((await findEntitiesByIds(db, [...new Set(rows.map(entityIdOf))])).map((e) => [e.id, e]));
  return rows.flatMap((row) => {
    const entity = entities.get(entityIdOf(row));
    return entity === undefined ? [] : [{ row, entity }];
  });
}

export async function numbersOf(db: DbOrTx, lineId: string) {
  const rows = await db
    .selectFrom('deal_line_numbers as n')
    .select(['n.id', 'n.phone_entity_id', 'n.from_date', 'n.to_date', 'n.added_by'])
    .where('n.deal_line_id', '=', lineId)
    .orderBy('n.from_date')
    .execute();
  return (await withEntities(db, rows, (row) => row.phone_entity_id)).map(({ row, entity }) => ({
    ...row,
    label_sealed: entity.label_sealed,
    report_count: entity.report_count,
  }));
}

export async function peopleOf(db: DbOrTx, lineId: string) {
  const rows = await db
    .selectFrom('deal_line_people as p')
    .select([
      'p.id',
      'p.person_entity_id',
      'p.role',
      'p.victim',
      'p.added_by',
      'p.added_at',
      'p.removed_by',
      'p.removed_at',
    ])
    .where('p.deal_line_id', '=', lineId)
    .orderBy('p.added_at')
    .execute();
  return (await withEntities(db, rows, (row) => row.person_entity_id)).map(({ row, entity }) => ({
    ...row,
    label_sealed: entity.label_sealed,
    details_sealed: entity.details_sealed,
  }));
}

export async function samplesOf(db: DbOrTx, lineId: string) {
  return db
    .selectFrom('deal_line_samples')
    .selectAll()
    .where('deal_line_id', '=', lineId)
    .orderBy('observed_on', 'desc')
    .limit(100)
    .execute();
}

export async function historyOf(db: DbOrTx, lineId: string) {
  return db
    .selectFrom('deal_line_status_history')
    .selectAll()
    .where('deal_line_id', '=', lineId)
    .orderBy('changed_at')
    .execute();
}

export async function relatedLines(db: DbOrTx, line: DealLineRow) {
  const ids = [line.successor_line_id].filter((id): id is string => id !== null);
  return db
    .selectFrom('deal_lines')
    .select(['id', 'brand_name', 'status', 'successor_line_id'])
    .where((eb) => eb.or([eb('successor_line_id', '=', line.id), ...(ids.length > 0 ? [eb('id', 'in', ids)] : [])]))
    .execute();
}
