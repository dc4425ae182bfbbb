import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type {
  CaseworkDiversionTable,
  CaseworkTreatmentOutcomeTable,
  CaseworkTreatmentReferralTable,
} from './treatment.table.ts';
import type { DiversionStatus, TreatmentStatus } from './treatment.ts';

// The only code that queries the treatment and diversion tables. Dates come back as
// "YYYY-MM-DD" text on both engines.

const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
const optionalDay = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

const referralColumns = [
  'id',
  'person_entity_id',
  'subject_sealed',
  'organisation_id',
  'consent_given',
  day('consent_on').as('consent_on'),
  'arrest_id',
  'status',
  'referred_by',
  'referred_at',
  'version',
] as const;

export type TreatmentReferralRecord = Awaited<ReturnType<typeof findTreatmentReferral>> & object;

export async function insertTreatmentReferral(db: DbOrTx, row: Insertable<CaseworkTreatmentReferralTable>) {
  await db.insertInto('casework_treatment_referrals').values(row).execute();
}

export async function findTreatmentReferral(db: DbOrTx, id: string) {
  return db.selectFrom('casework_treatment_referrals').select(referralColumns).where('id', '=', id).executeTakeFirst();
}

export async function listTreatmentReferrals(db: DbOrTx, limit: number) {
  return db
    .selectFrom('casework_treatment_referrals')
    .select(referralColumns)
    .orderBy('referred_at', 'desc')
    .limit(limit)
    .execute();
}

/** The referrals made to one treatment service, newest first: what that service's users may see. */
export async function listTreatmentReferralsTo(db: DbOrTx, organisationId: string, limit: number) {
  return db
    .selectFrom('casework_treatment_referrals')
    .select(referralColumns)
    .where('organisation_id', '=', organisationId)
    .orderBy('referred_at', 'desc')
    .limit(limit)
    .execute();
}

export async function insertTreatmentOutcome(db: DbOrTx, row: Insertable<CaseworkTreatmentOutcomeTable>) {
  await db.insertInto('casework_treatment_outcomes').values(row).execute();
}

export async function outcomesOf(db: DbOrTx, referralIds: readonly string[]) {
  if (referralIds.length === 0) return [];
  return db
    .selectFrom('casework_treatment_outcomes')
    .select([
      'id',
      'referral_id',
      'outcome',
      day('recorded_on').as('recorded_on'),
      'note_sealed',
      'recorded_by',
      'recorded_by_organisation_id',
      'recorded_at',
    ])
    .where('referral_id', 'in', referralIds)
    .orderBy('recorded_on')
    .orderBy('recorded_at')
    .execute();
}

export async function updateReferralStatusAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  status: TreatmentStatus,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('casework_treatment_referrals')
    .set({ status, updated_at: at, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const diversionColumns = [
  'id',
  'person_entity_id',
  'subject_sealed',
  'arrest_id',
  'stop_reference',
  'eligibility',
  'status',
  day('offered_on').as('offered_on'),
  optionalDay('completed_on').as('completed_on'),
  'outcome_recorded',
  'created_by',
  'created_at',
  'version',
] as const;

export type DiversionRecord = Awaited<ReturnType<typeof findDiversion>> & object;

export async function insertDiversion(db: DbOrTx, row: Insertable<CaseworkDiversionTable>) {
  await db.insertInto('casework_diversions').values(row).execute();
}

export async function findDiversion(db: DbOrTx, id: string) {
  return db.selectFrom('casework_diversions').select(diversionColumns).where('id', '=', id).executeTakeFirst();
}

export async function findDiversionForArrest(db: DbOrTx, arrestId: string) {
  return db.selectFrom('casework_diversions').select('id').where('arrest_id', '=', arrestId).executeTakeFirst();
}

export async function listDiversions(db: DbOrTx, limit: number) {
  return db
    .selectFrom('casework_diversions')
    .select(diversionColumns)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function finishDiversionAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  change: { status: Exclude<DiversionStatus, 'offered'>; completedOn: string; outcomeRecorded: boolean; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('casework_diversions')
    .set({
      status: change.status,
      completed_on: change.completedOn,
      outcome_recorded: change.outcomeRecorded,
      updated_at: change.at,
      version: expectedVersion + 1,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'offered')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
