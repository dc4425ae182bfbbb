import type { DbOrTx } from '../../platform/db/database.ts';
import type { Dissemination, DisseminationDraft, RecordRef } from './dissemination.ts';
import type { DisseminationRow } from './dissemination.table.ts';

export function rowToDissemination(row: DisseminationRow): Dissemination {
  return {
    id: row.id,
    subject: { type: row.subject_type, id: row.subject_id },
    recipient:
      row.team_id !== null
        ? { kind: 'team', teamId: row.team_id }
        : { kind: 'partner_organisation', partnerOrganisationId: row.partner_organisation_id ?? '' },
    handlingCode: row.handling_code,
    conditions: row.conditions,
    reason: row.reason,
    disseminatedBy: row.disseminated_by,
    disseminatedAt: row.disseminated_at,
    withdrawnAt: row.withdrawn_at,
  };
}

export async function insertDissemination(
  db: DbOrTx,
  draft: DisseminationDraft,
  by: string,
  at: Date,
): Promise<Dissemination> {
  const row = await db
    .insertInto('disseminations')
    .values({
      subject_type: draft.subject.type,
      subject_id: draft.subject.id,
      team_id: draft.recipient.kind === 'team' ? draft.recipient.teamId : null,
      partner_organisation_id:
        draft.recipient.kind === 'partner_organisation' ? draft.recipient.partnerOrganisationId : null,
      handling_code: draft.handlingCode,
      conditions: draft.handlingCode === 'C' ? (draft.conditions?.trim() ?? null) : null,
      reason: draft.reason.trim(),
      disseminated_by: by,
      disseminated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToDissemination(row);
}

export async function findDisseminationById(db: DbOrTx, id: string): Promise<Dissemination | undefined> {
  const row = await db.selectFrom('disseminations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToDissemination(row);
}

export async function markDisseminationWithdrawn(db: DbOrTx, id: string, by: string, at: Date): Promise<void> {
  await db
    .updateTable('disseminations')
    .set({ withdrawn_at: at, withdrawn_by: by })
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** Every dissemination of one record, withdrawn ones included, oldest first. */
export async function findDisseminationsOf(db: DbOrTx, subject: RecordRef): Promise<Dissemination[]> {
  const rows = await db
    .selectFrom('disseminations')
    .selectAll()
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .orderBy('disseminated_at')
    .execute();
  return rows.map(rowToDissemination);
}

export async function findActiveDisseminationsTo(
  db: DbOrTx,
  recipients: { partnerOrganisationId: string } | { teamIds: readonly string[] },
): Promise<Dissemination[]> {
  let query = db.selectFrom('disseminations').selectAll().where('withdrawn_at', 'is', null);
  if ('partnerOrganisationId' in recipients) {
    query = query.where('partner_organisation_id', '=', recipients.partnerOrganisationId);
  } else {
    if (recipients.teamIds.length === 0) return [];
    query = query.where('team_id', 'in', [...recipients.teamIds]);
  }
  const rows = await query.orderBy('disseminated_at', 'desc').limit(500).execute();
  return rows.map(rowToDissemination);
}
