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
    .select(['id', 'warrant_id', 'person_entity_id', 'arrested_at', 'suspected_offence'])
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

/** Arrests of the given people, newest first (the disruption measures of a line). */
export async function arrestsOfPeople(db: DbOrTx, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('ops_arrests')
    .select(['id', 'person_entity_id', 'arrested_at', 'child_at_arrest', 'nrm_s45_considered_by'])
    .where('person_entity_id', 'in', [...personIds])
    .orderBy('arrested_at', 'desc')
    .execute();
}

/**
 * The items of seizures tied to a line: a seizure holding one of its phones, or made at the
 * arrest of one of its people.
 */
export async function seizureItemsOfLine(db: DbOrTx, lineId: string, arrestIds: readonly string[]) {
  const seizureIds = db.selectFrom('ops_seizure_items').select('seizure_id').where('deal_line_id', '=', lineId);
  return db
    .selectFrom('ops_seizure_items as i')
    .innerJoin('ops_seizures as s', 's.id', 'i.seizure_id')
    .select([
      'i.id',
      'i.seizure_id',
      'i.kind',
      'i.drug',
      'i.drug_class',
      'i.form',
      'i.quantity',
      'i.unit',
      'i.cash_pence',
      'i.deal_line_id',
      's.seized_at',
      's.place',
    ])
    .where((eb) =>
      eb.or([
        eb('i.seizure_id', 'in', seizureIds),
        ...(arrestIds.length > 0 ? [eb('s.arrest_id', 'in', [...arrestIds])] : []),
      ]),
    )
    .execute();
}

/** Which of the given records exist, by kind (evidence for a line's disruption). */
export async function existingRecords(db: DbOrTx, refs: readonly { kind: string; id: string }[]) {
  const ids = (kind: string) => refs.filter((r) => r.kind === kind).map((r) => r.id);
  const found = async (table: 'ops_arrests' | 'ops_seizures' | 'ops_charges' | 'ops_warrants', wanted: string[]) =>
    wanted.length === 0
      ? []
      : (await db.selectFrom(table).select('id').where('id', 'in', wanted).execute()).map((r) => r.id);
  const [arrests, seizures, charges, warrants] = await Promise.all([
    found('ops_arrests', ids('arrest')),
    found('ops_seizures', ids('seizure')),
    found('ops_charges', ids('charge')),
    found('ops_warrants', ids('warrant')),
  ]);
  return new Set([
    ...arrests.map((id) => `arrest:${id}`),
    ...seizures.map((id) => `seizure:${id}`),
    ...charges.map((id) => `charge:${id}`),
    ...warrants.map((id) => `warrant:${id}`),
  ]);
}

/** The items of the given seizures (what a warrant's page lists as seized under it). */
export async function itemsOfSeizures(db: DbOrTx, seizureIds: readonly string[]) {
  if (seizureIds.length === 0) return [];
  return db
    .selectFrom('ops_seizure_items')
    .select([
      'id',
      'seizure_id',
      'kind',
      'drug',
      'drug_class',
      'form',
      'quantity',
      'unit',
      'cash_pence',
      'deal_line_id',
      'description',
    ])
    .where('seizure_id', 'in', [...seizureIds])
    .orderBy('seizure_id')
    .orderBy('id')
    .execute();
}
