import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { ReferralDecision } from './case.ts';
import type { Insertable } from 'kysely';
import type { CaseworkActionTable, CaseworkCaseTable, CaseworkConcernTable } from './casework.table.ts';

// The only code that queries the casework_* tables. Dates come back as "YYYY-MM-DD" text on
// both engines (to_char), never as a Date in the server's time zone.

const day = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

const caseColumns = [
  'id',
  'subject_kind',
  'subject_sealed',
  'person_entity_id',
  'team_id',
  'status',
  'referral_received_at',
  'referral_decision',
  'referral_decided_at',
  'strategy_required_at',
  day('assessment_completed_on').as('assessment_completed_on'),
  day('conference_held_on').as('conference_held_on'),
  'opened_by',
  'opened_at',
  'updated_at',
  'closed_reason',
  'version',
] as const;

export type CaseRecord = Awaited<ReturnType<typeof findCase>> & object;

export async function findCase(db: DbOrTx, id: string) {
  return db.selectFrom('casework_cases').select(caseColumns).where('id', '=', id).executeTakeFirst();
}

export async function findOpenCaseBySubjectKey(db: DbOrTx, subjectKey: string) {
  return db
    .selectFrom('casework_cases')
    .select(caseColumns)
    .where('subject_key', '=', subjectKey)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

/** Open cases the reader may see: those of no team, or of one of `teamIds`. */
export async function listOpenCases(db: DbOrTx, teamIds: readonly string[], limit: number) {
  return db
    .selectFrom('casework_cases')
    .select(caseColumns)
    .where('status', '=', 'open')
    .where((eb) =>
      teamIds.length === 0
        ? eb('team_id', 'is', null)
        : eb.or([eb('team_id', 'is', null), eb('team_id', 'in', teamIds)]),
    )
    .orderBy('referral_received_at')
    .limit(limit)
    .execute();
}

export async function insertCase(
  db: DbOrTx,
  row: Omit<
    Insertable<CaseworkCaseTable>,
    | 'version'
    | 'status'
    | 'referral_decision'
    | 'referral_decided_at'
    | 'strategy_required_at'
    | 'assessment_completed_on'
    | 'conference_held_on'
    | 'closed_reason'
  >,
): Promise<void> {
  await db
    .insertInto('casework_cases')
    .values({
      ...row,
      status: 'open',
      referral_decision: null,
      referral_decided_at: null,
      strategy_required_at: null,
      assessment_completed_on: null,
      conference_held_on: null,
      closed_reason: null,
    })
    .execute();
}

export type CaseChanges = {
  referral_decision?: ReferralDecision;
  referral_decided_at?: Date;
  strategy_required_at?: Date | null;
  assessment_completed_on?: string;
  conference_held_on?: string;
  team_id?: string | null;
  status?: 'closed';
  closed_reason?: string;
};

/** Applies a change only if nobody changed the case since `expectedVersion`; false if they did. */
export async function updateCaseAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: CaseChanges & { updated_at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('casework_cases')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A change that needs no version from the reader (a new concern, a discussion): bumps it all the same. */
export async function touchCase(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db
    .updateTable('casework_cases')
    .set((eb) => ({ updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function insertConcern(db: DbOrTx, row: Insertable<CaseworkConcernTable>): Promise<void> {
  await db.insertInto('casework_concerns').values(row).execute();
}

export async function concernsOf(db: DbOrTx, caseId: string) {
  return db.selectFrom('casework_concerns').selectAll().where('case_id', '=', caseId).orderBy('received_at').execute();
}

export async function insertDiscussion(
  db: DbOrTx,
  row: {
    id: string;
    case_id: string;
    held_at: Date;
    conference_needed: boolean;
    content_sealed: Buffer;
    recorded_by: string;
    recorded_at: Date;
  },
): Promise<void> {
  await db.insertInto('casework_strategy_discussions').values(row).execute();
}

export async function discussionsOf(db: DbOrTx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('casework_strategy_discussions')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('held_at')
    .execute();
}

export async function insertAction(db: DbOrTx, row: Insertable<CaseworkActionTable>): Promise<void> {
  await db.insertInto('casework_actions').values(row).execute();
}

export async function actionsOf(db: DbOrTx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('casework_actions')
    .select([
      'id',
      'case_id',
      'discussion_id',
      'owner_agency',
      'description_sealed',
      day('due_on').as('due_on'),
      'status',
      day('done_on').as('done_on'),
      'created_by',
      'created_at',
    ])
    .where('case_id', 'in', caseIds)
    .orderBy('due_on')
    .execute();
}

export async function completeAction(db: DbOrTx, caseId: string, actionId: string, doneOn: string): Promise<boolean> {
  const result = await db
    .updateTable('casework_actions')
    .set({ status: 'done', done_on: doneOn })
    .where('id', '=', actionId)
    .where('case_id', '=', caseId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** For officers: whether a person is the subject of any case (open or closed), nothing more. */
export async function hasCaseForPerson(db: DbOrTx, personEntityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('casework_cases')
    .select('id')
    .where('person_entity_id', '=', personEntityId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
