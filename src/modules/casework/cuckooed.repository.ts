import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type {
  CaseworkCaseLineTable,
  CaseworkCuckooedActionTable,
  CaseworkCuckooedAddressTable,
} from './cuckooed.table.ts';

// The only code that queries casework_cuckooed_addresses, casework_cuckooed_actions and
// casework_case_lines. Dates come back as "YYYY-MM-DD" text on both engines.

const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
const uuids = (ids: readonly string[]) => sql<string>`any(${sql.val([...ids])}::uuid[])`;

const addressColumns = [
  'id',
  'address_sealed',
  'location_entity_id',
  'uprn',
  'deal_line_id',
  'cuckoo_types',
  'status',
  day('review_on').as('review_on'),
  'created_by',
  'created_at',
  'version',
] as const;

export type CuckooedAddressRecord = Awaited<ReturnType<typeof findCuckooedAddress>> & object;

export async function insertCuckooedAddress(db: DbOrTx, row: Insertable<CaseworkCuckooedAddressTable>) {
  await db.insertInto('casework_cuckooed_addresses').values(row).execute();
}

export async function findCuckooedAddress(db: DbOrTx, id: string) {
  return db.selectFrom('casework_cuckooed_addresses').select(addressColumns).where('id', '=', id).executeTakeFirst();
}

/** A page of the register: active entries first, the earliest review first. */
export async function listCuckooedAddresses(db: DbOrTx, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('casework_cuckooed_addresses')
      .select(addressColumns)
      .orderBy(sql`case when status = 'active' then 0 else 1 end`)
      .orderBy('review_on')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('casework_cuckooed_addresses')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function updateCuckooedAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: { review_on?: string; status?: 'active' | 'closed'; updated_at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('casework_cuckooed_addresses')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertCuckooedAction(db: DbOrTx, row: Insertable<CaseworkCuckooedActionTable>) {
  await db.insertInto('casework_cuckooed_actions').values(row).execute();
}

export async function actionsOfAddresses(db: DbOrTx, addressIds: readonly string[]) {
  if (addressIds.length === 0) return [];
  return db
    .selectFrom('casework_cuckooed_actions')
    .select([
      'id',
      'address_id',
      'kind',
      day('taken_on').as('taken_on'),
      sql<string | null>`to_char(until_on, 'YYYY-MM-DD')`.as('until_on'),
      'note_sealed',
      'recorded_by',
      'recorded_at',
    ])
    .where('address_id', '=', uuids(addressIds))
    .orderBy('taken_on')
    .orderBy('recorded_at')
    .execute();
}

export async function insertCaseLine(db: DbOrTx, row: Insertable<CaseworkCaseLineTable>): Promise<boolean> {
  const result = await db
    .insertInto('casework_case_lines')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'deal_line_id']).doNothing())
    .returning('case_id')
    .executeTakeFirst();
  return result !== undefined;
}

export async function linesOfCase(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('casework_case_lines')
    .select(['deal_line_id', 'linked_at'])
    .where('case_id', '=', caseId)
    .orderBy('linked_at')
    .execute();
}

/**
 * Per deal line: the people safeguarded (cases linked to the line), the cuckooed addresses on
 * the register for it, and the NRM referrals submitted on the linked cases (not drafts, not
 * withdrawn, not duty-to-notify reports). Three grouped queries for the whole batch.
 */
export async function safeguardingCountsOfLines(db: DbOrTx, lineIds: readonly string[]) {
  if (lineIds.length === 0) return { cases: [], addresses: [], referrals: [] };
  const [cases, addresses, referrals] = await Promise.all([
    db
      .selectFrom('casework_case_lines')
      .select(['deal_line_id', (eb) => eb.fn.count<string>('case_id').distinct().as('n')])
      .where('deal_line_id', '=', uuids(lineIds))
      .groupBy('deal_line_id')
      .execute(),
    db
      .selectFrom('casework_cuckooed_addresses')
      .select(['deal_line_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('deal_line_id', '=', uuids(lineIds))
      .groupBy('deal_line_id')
      .execute(),
    db
      .selectFrom('casework_nrm_referrals as r')
      .innerJoin('casework_case_lines as l', 'l.case_id', 'r.case_id')
      .select(['l.deal_line_id', (eb) => eb.fn.count<string>('r.id').distinct().as('n')])
      .where('l.deal_line_id', '=', uuids(lineIds))
      .where('r.kind', '=', 'nrm')
      .where('r.status', 'not in', ['draft', 'withdrawn'])
      .groupBy('l.deal_line_id')
      .execute(),
  ]);
  return { cases, addresses, referrals };
}
