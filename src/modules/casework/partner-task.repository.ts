import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { PartnerTaskStatus, ShareableField } from './partner-task.ts';
import type { CaseworkPartnerTaskNoteTable, CaseworkPartnerTaskTable } from './partner-task.table.ts';

// The only code that queries casework_partner_tasks, casework_partner_task_notes and
// casework_sharing_agreements.

const day = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
const uuids = (ids: readonly string[]) => sql<string>`any(${sql.val([...ids])}::uuid[])`;

const taskColumns = [
  'id',
  'case_id',
  'organisation_id',
  'description_sealed',
  day('due_on').as('due_on'),
  'status',
  'outcome_sealed',
  sql<string | null>`to_char(outcome_on, 'YYYY-MM-DD')`.as('outcome_on'),
  'referred_by',
  'referred_at',
  'version',
] as const;

export type PartnerTaskRecord = Awaited<ReturnType<typeof findPartnerTask>> & object;

export async function findPartnerTask(db: DbOrTx, id: string) {
  return db.selectFrom('casework_partner_tasks').select(taskColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertPartnerTask(db: DbOrTx, row: Insertable<CaseworkPartnerTaskTable>) {
  await db.insertInto('casework_partner_tasks').values(row).execute();
}

/** Tasks for one organisation, or referred by one user, or on one case: open first, soonest due first. */
export async function listPartnerTasks(
  db: DbOrTx,
  filter: { organisationId?: string; referredBy?: string; caseId?: string },
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('casework_partner_tasks');
  if (filter.organisationId !== undefined) query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.referredBy !== undefined) query = query.where('referred_by', '=', filter.referredBy);
  if (filter.caseId !== undefined) query = query.where('case_id', '=', filter.caseId);
  const [rows, total] = await Promise.all([
    query
      .select(taskColumns)
      .orderBy(sql`case when status in ('open', 'accepted') then 0 else 1 end`)
      .orderBy('due_on')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function updatePartnerTaskAtVersion(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: { status: PartnerTaskStatus; outcome_sealed?: Buffer; outcome_on?: string; updated_at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('casework_partner_tasks')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertPartnerTaskNote(db: DbOrTx, row: Insertable<CaseworkPartnerTaskNoteTable>) {
  await db.insertInto('casework_partner_task_notes').values(row).execute();
}

export async function notesOfTasks(db: DbOrTx, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('casework_partner_task_notes')
    .selectAll()
    .where('task_id', '=', uuids(taskIds))
    .orderBy('recorded_at')
    .execute();
}

export async function findSharingAgreement(db: DbOrTx, organisationId: string) {
  return db
    .selectFrom('casework_sharing_agreements')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** Records the agreement; answers false when `expectedVersion` is stale (0 = none yet). */
export async function saveSharingAgreement(
  db: DbOrTx,
  row: { organisation_id: string; reference: string; fields: ShareableField[]; recorded_by: string; recorded_at: Date },
  expectedVersion: number,
): Promise<boolean> {
  const fields = JSON.stringify(row.fields);
  if (expectedVersion === 0) {
    const inserted = await db
      .insertInto('casework_sharing_agreements')
      .values({ ...row, fields })
      .onConflict((oc) => oc.column('organisation_id').doNothing())
      .returning('organisation_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db
    .updateTable('casework_sharing_agreements')
    .set({ reference: row.reference, fields, recorded_by: row.recorded_by, recorded_at: row.recorded_at })
    .set({ version: expectedVersion + 1 })
    .where('organisation_id', '=', row.organisation_id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
