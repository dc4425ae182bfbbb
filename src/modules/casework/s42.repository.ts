import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { S42Outcome } from './s42.ts';
import type { CaseworkS42EnquiryTable } from './s42.table.ts';

// The only code that queries casework_s42_enquiries.

const columns = [
  'id',
  'case_id',
  'cuckoo_types',
  'wishes_sealed',
  'status',
  'outcome',
  sql<string>`to_char(started_on, 'YYYY-MM-DD')`.as('started_on'),
  sql<string | null>`to_char(concluded_on, 'YYYY-MM-DD')`.as('concluded_on'),
  'created_by',
  'version',
] as const;

export async function insertS42Enquiry(db: DbOrTx, row: Insertable<CaseworkS42EnquiryTable>) {
  await db.insertInto('casework_s42_enquiries').values(row).execute();
}

export async function s42EnquiriesOf(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('casework_s42_enquiries')
    .select(columns)
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

export async function findS42Enquiry(db: DbOrTx, caseId: string, id: string) {
  return db
    .selectFrom('casework_s42_enquiries')
    .select(columns)
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function concludeS42AtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: { outcome: S42Outcome; concluded_on: string; updated_at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('casework_s42_enquiries')
    .set({ ...changes, status: 'concluded', version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
