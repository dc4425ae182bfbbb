import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { CaseworkNrmReferralTable, CaseworkScreeningTable } from './casework.table.ts';
import type { NrmStatus } from './nrm.ts';

// The only code that queries casework_screenings and casework_nrm_referrals.

const day = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

export async function insertScreening(db: DbOrTx, row: Insertable<CaseworkScreeningTable>): Promise<void> {
  await db.insertInto('casework_screenings').values(row).execute();
}

export async function screeningsOf(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('casework_screenings')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('screened_at', 'desc')
    .execute();
}

export async function insertNrmReferral(db: DbOrTx, row: Insertable<CaseworkNrmReferralTable>): Promise<void> {
  await db.insertInto('casework_nrm_referrals').values(row).execute();
}

const nrmColumns = [
  'id',
  'case_id',
  'kind',
  'consent',
  'first_responder',
  'exploitation_types',
  'county_lines',
  'status',
  day('submitted_on').as('submitted_on'),
  day('rg_decided_on').as('rg_decided_on'),
  'rg_positive',
  day('cg_decided_on').as('cg_decided_on'),
  'created_by',
  'created_at',
  'version',
] as const;

export async function nrmReferralsOf(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('casework_nrm_referrals')
    .select(nrmColumns)
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

export async function findNrmReferral(db: DbOrTx, caseId: string, id: string) {
  return db
    .selectFrom('casework_nrm_referrals')
    .select(nrmColumns)
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateNrmAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: {
    status: NrmStatus;
    submitted_on?: string;
    rg_decided_on?: string;
    rg_positive?: boolean;
    cg_decided_on?: string;
    updated_at: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('casework_nrm_referrals')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
