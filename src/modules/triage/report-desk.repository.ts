import type { DbOrTx } from '../../platform/db/database.ts';

/** Assigns the reports to one analyst (replacing whoever had them). */
export async function assignReports(db: DbOrTx, reportIds: readonly string[], assigneeId: string, at: Date) {
  if (reportIds.length === 0) return;
  await db
    .insertInto('report_assignments')
    .values(reportIds.map((reportId) => ({ report_id: reportId, assignee_id: assigneeId, assigned_at: at })))
    .onConflict((oc) =>
      oc.column('report_id').doUpdateSet((eb) => ({
        assignee_id: eb.ref('excluded.assignee_id'),
        assigned_at: eb.ref('excluded.assigned_at'),
      })),
    )
    .execute();
}

export async function unassignReports(db: DbOrTx, reportIds: readonly string[]) {
  if (reportIds.length === 0) return;
  await db
    .deleteFrom('report_assignments')
    .where('report_id', 'in', [...reportIds])
    .execute();
}

export async function findAssignee(db: DbOrTx, reportId: string): Promise<string | null> {
  const row = await db
    .selectFrom('report_assignments')
    .select('assignee_id')
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return row?.assignee_id ?? null;
}

/** Marks the reports as repeating another. */
export async function markDuplicates(db: DbOrTx, reportIds: readonly string[], duplicateOf: string, at: Date) {
  if (reportIds.length === 0) return;
  await db
    .insertInto('report_duplicates')
    .values(reportIds.map((reportId) => ({ report_id: reportId, duplicate_of: duplicateOf, marked_at: at })))
    .onConflict((oc) =>
      oc.column('report_id').doUpdateSet((eb) => ({
        duplicate_of: eb.ref('excluded.duplicate_of'),
        marked_at: eb.ref('excluded.marked_at'),
      })),
    )
    .execute();
}

export async function findDuplicateOf(db: DbOrTx, reportId: string): Promise<string | null> {
  const row = await db
    .selectFrom('report_duplicates')
    .select('duplicate_of')
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return row?.duplicate_of ?? null;
}

/** Renews the user's claim on the report and drops every claim older than `staleBefore`. */
export async function claimReportView(db: DbOrTx, reportId: string, userId: string, at: Date, staleBefore: Date) {
  await db.deleteFrom('report_viewers').where('seen_at', '<', staleBefore).execute();
  await db
    .insertInto('report_viewers')
    .values({ report_id: reportId, user_id: userId, seen_at: at })
    .onConflict((oc) => oc.columns(['report_id', 'user_id']).doUpdateSet({ seen_at: at }))
    .execute();
}

export async function releaseReportView(db: DbOrTx, reportId: string, userId: string) {
  await db.deleteFrom('report_viewers').where('report_id', '=', reportId).where('user_id', '=', userId).execute();
}

/** Who has each report open (a claim seen since `freshSince`), by report. */
export async function findReportViewers(
  db: DbOrTx,
  reportIds: readonly string[],
  freshSince: Date,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (reportIds.length === 0) return out;
  const rows = await db
    .selectFrom('report_viewers')
    .select(['report_id', 'user_id'])
    .where('report_id', 'in', [...reportIds])
    .where('seen_at', '>=', freshSince)
    .orderBy('seen_at')
    .execute();
  for (const row of rows) out.set(row.report_id, [...(out.get(row.report_id) ?? []), row.user_id]);
  return out;
}
