import type { Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type {
  OpsArrestRow,
  OpsArrestTable,
  OpsChargeTable,
  OpsSeizureItemTable,
  OpsSeizureTable,
} from './arrest.table.ts';

export async function findArrest(db: DbOrTx, id: string): Promise<OpsArrestRow | undefined> {
  return db.selectFrom('ops_arrests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listArrests(db: DbOrTx, limit: number): Promise<OpsArrestRow[]> {
  return db.selectFrom('ops_arrests').selectAll().orderBy('arrested_at', 'desc').limit(limit).execute();
}

export async function insertArrest(db: DbOrTx, row: Insertable<OpsArrestTable>): Promise<void> {
  await db.insertInto('ops_arrests').values(row).execute();
}

export async function recordNrmConsidered(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  fields: { by: string; at: Date; note: string },
): Promise<boolean> {
  const result = await db
    .updateTable('ops_arrests')
    .set({
      nrm_s45_considered_by: fields.by,
      nrm_s45_considered_at: fields.at,
      nrm_s45_note: fields.note,
      version: expectedVersion + 1,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertCharge(db: DbOrTx, row: Insertable<OpsChargeTable>): Promise<void> {
  await db.insertInto('ops_charges').values(row).execute();
}

export async function chargesOf(db: DbOrTx, arrestId: string) {
  return db.selectFrom('ops_charges').selectAll().where('arrest_id', '=', arrestId).orderBy('decided_at').execute();
}

export async function insertSeizure(
  db: DbOrTx,
  seizure: Insertable<OpsSeizureTable>,
  items: readonly Insertable<OpsSeizureItemTable>[],
): Promise<void> {
  await db.insertInto('ops_seizures').values(seizure).execute();
  if (items.length > 0) {
    await db
      .insertInto('ops_seizure_items')
      .values([...items])
      .execute();
  }
}

export async function seizuresOfArrest(db: DbOrTx, arrestId: string) {
  return db
    .selectFrom('ops_seizures as s')
    .innerJoin('ops_seizure_items as i', 'i.seizure_id', 's.id')
    .select([
      's.id as seizure_id',
      's.warrant_id',
      's.seized_at',
      's.place',
      'i.id',
      'i.kind',
      'i.drug',
      'i.drug_class',
      'i.form',
      'i.quantity',
      'i.unit',
      'i.cash_pence',
      'i.phone_sealed',
      'i.phone_entity_id',
      'i.deal_line_id',
      'i.description',
    ])
    .where('s.arrest_id', '=', arrestId)
    .orderBy('s.seized_at')
    .execute();
}

export async function arrestsUnderWarrants(db: DbOrTx, warrantIds: readonly string[]) {
  if (warrantIds.length === 0) return [];
  return db
    .selectFrom('ops_arrests')
    .select(['id', 'warrant_id', 'arrested_at', 'suspected_offence'])
    .where('warrant_id', 'in', [...warrantIds])
    .execute();
}

/** Seizures made under the given warrants or at arrests made under them (for traceability). */
export async function seizuresUnderWarrants(db: DbOrTx, warrantIds: readonly string[]) {
  if (warrantIds.length === 0) return [];
  return db
    .selectFrom('ops_seizures as s')
    .leftJoin('ops_arrests as a', 'a.id', 's.arrest_id')
    .select([
      's.id',
      's.arrest_id',
      's.seized_at',
      's.place',
      (eb) => eb.fn.coalesce('s.warrant_id', 'a.warrant_id').as('warrant_id'),
    ])
    .where((eb) => eb.or([eb('s.warrant_id', 'in', [...warrantIds]), eb('a.warrant_id', 'in', [...warrantIds])]))
    .orderBy('s.seized_at')
    .execute();
}
