import { sql } from 'kysely';
import type { DbOrTx, OnlyColumns } from '../../platform/db/database.ts';
import type {
  IntelligenceDisseminationTable,
  IntelligenceReportRow,
  IntelligenceReportTable,
} from './intelligence.table.ts';
import type { Insertable, Updateable } from 'kysely';

export async function nextIntelligenceReference(db: DbOrTx, year: number): Promise<string> {
  const { rows } = await sql<{ n: string | number }>`select nextval('intelligence_reference_seq') as n`.execute(db);
  return `IR-${String(year)}-${String(rows[0]?.n ?? 0).padStart(6, '0')}`;
}

export async function insertIntelligenceReport(db: DbOrTx, row: Insertable<IntelligenceReportTable>): Promise<void> {
  await db.insertInto('intelligence_reports').values(row).execute();
}

export async function findIntelligenceReport(db: DbOrTx, id: string): Promise<IntelligenceReportRow | undefined> {
  return db.selectFrom('intelligence_reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the row for a change made in the caller's transaction. */
export async function lockIntelligenceReport(db: DbOrTx, id: string): Promise<IntelligenceReportRow | undefined> {
  return db.selectFrom('intelligence_reports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type IntelligenceReportChanges = Updateable<IntelligenceReportTable>;

/** A misspelt or unknown column in `changes` fails typecheck (OnlyColumns). */
export async function updateIntelligenceReport<C extends IntelligenceReportChanges>(
  db: DbOrTx,
  id: string,
  changes: OnlyColumns<C, IntelligenceReportChanges>,
): Promise<void> {
  await db
    .updateTable('intelligence_reports')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function insertDisseminations(
  db: DbOrTx,
  rows: readonly Insertable<IntelligenceDisseminationTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('intelligence_disseminations')
    .values([...rows])
    .onConflict((oc) => oc.columns(['intelligence_id', 'recipient_type', 'recipient_id']).doNothing())
    .execute();
}

export async function findDisseminations(db: DbOrTx, intelligenceId: string) {
  return db
    .selectFrom('intelligence_disseminations')
    .selectAll()
    .where('intelligence_id', '=', intelligenceId)
    .orderBy('disseminated_at')
    .execute();
}

export type IntelligenceListFilter = {
  statuses?: readonly string[];
  /** Only reports disseminated to one of these recipients (for readers outside the unit). */
  recipients?: { teamIds: readonly string[]; partnerOrganisationId: string | null };
  limit: number;
};

export async function listIntelligenceReports(
  db: DbOrTx,
  filter: IntelligenceListFilter,
): Promise<IntelligenceReportRow[]> {
  let query = db.selectFrom('intelligence_reports').selectAll();
  if (filter.statuses && filter.statuses.length > 0) {
    query = query.where('status', 'in', [...filter.statuses] as IntelligenceReportRow['status'][]);
  }
  const recipients = filter.recipients;
  if (recipients) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('intelligence_disseminations as d')
          .select('d.id')
          .whereRef('d.intelligence_id', '=', 'intelligence_reports.id')
          .where((inner) =>
            inner.or([
              ...(recipients.teamIds.length > 0
                ? [
                    inner.and([
                      inner('d.recipient_type', '=', 'team'),
                      inner('d.recipient_id', 'in', [...recipients.teamIds]),
                    ]),
                  ]
                : []),
              ...(recipients.partnerOrganisationId !== null
                ? [
                    inner.and([
                      inner('d.recipient_type', '=', 'partner_organisation'),
                      inner('d.recipient_id', '=', recipients.partnerOrganisationId),
                    ]),
                  ]
                : []),
            ]),
          ),
      ),
    );
  }
  return query.orderBy('created_at', 'desc').limit(filter.limit).execute();
}

/**
 * Intelligence reports disseminated (and still disseminated) to one of these recipients: a
 * team the reader is in, or the reader's partner organisation. Newest first.
 */
export async function findIntelligenceSharedWith(
  db: DbOrTx,
  recipients: { teamIds: readonly string[]; partnerOrganisationId: string | null },
  limit: number,
) {
  const { teamIds, partnerOrganisationId } = recipients;
  if (teamIds.length === 0 && partnerOrganisationId === null) return [];
  return db
    .selectFrom('intelligence_disseminations as d')
    .innerJoin('intelligence_reports as r', 'r.id', 'd.intelligence_id')
    .select([
      'd.id',
      'd.intelligence_id',
      'd.disseminated_at',
      'r.reference',
      'r.handling_code',
      'r.handling_conditions',
    ])
    .where('r.status', '=', 'disseminated')
    .where((eb) =>
      eb.or([
        ...(teamIds.length > 0
          ? [eb.and([eb('d.recipient_type', '=', 'team'), eb('d.recipient_id', 'in', [...teamIds])])]
          : []),
        ...(partnerOrganisationId !== null
          ? [
              eb.and([
                eb('d.recipient_type', '=', 'partner_organisation'),
                eb('d.recipient_id', '=', partnerOrganisationId),
              ]),
            ]
          : []),
      ]),
    )
    .orderBy('d.disseminated_at', 'desc')
    .limit(limit)
    .execute();
}
