import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { sourceTypeOfReport, type ReportSourceType } from './report-source.ts';
import type { ReportCategory } from '../../labels/report-vocabulary.ts';
import type { ReportChannel, ReportStatus } from './report.ts';

export type NewReportRow = {
  id: string;
  channel: ReportChannel;
  categories: ReportCategory[];
  childInvolved: boolean;
  vulnerableAdultInvolved: boolean;
  threatToLife: boolean;
  postcodeSector: string | null;
  submittedOn: string;
  reviewOn: string;
  receiptHash: Uint8Array;
  answersSealed: Uint8Array;
  contactSealed: Uint8Array | null;
  language: string;
};

/** Inserts the report unless its receipt hash is already taken; answers whether it was inserted. */
export async function insertReport(db: DbOrTx, row: NewReportRow): Promise<boolean> {
  const inserted = await db
    .insertInto('reports')
    .values({
      id: row.id,
      channel: row.channel,
      categories: row.categories,
      child_involved: row.childInvolved,
      vulnerable_adult_involved: row.vulnerableAdultInvolved,
      threat_to_life: row.threatToLife,
      postcode_sector: row.postcodeSector,
      submitted_on: row.submittedOn,
      review_on: row.reviewOn,
      receipt_hash: row.receiptHash,
      answers_sealed: row.answersSealed,
      contact_sealed: row.contactSealed,
      language: row.language,
    })
    .onConflict((oc) => oc.column('receipt_hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertReportPhoto(
  db: DbOrTx,
  row: {
    id: string;
    reportId: string;
    position: number;
    sealed: Uint8Array;
    originalSealed?: Uint8Array;
    originalFactsSealed?: Uint8Array;
  },
): Promise<void> {
  await db
    .insertInto('report_photos')
    .values({
      id: row.id,
      report_id: row.reportId,
      position: row.position,
      sealed: row.sealed,
      original_sealed: row.originalSealed ?? null,
      original_facts_sealed: row.originalFactsSealed ?? null,
    })
    .execute();
}

export type ReportSummaryRow = {
  id: string;
  channel: ReportChannel;
  status: ReportStatus;
  submittedOn: string;
};

const summaryColumns = [
  'id',
  'channel',
  'status',
  sql<string>`to_char(submitted_on, 'YYYY-MM-DD')`.as('submitted_on'),
] as const;

export async function findReportSummaryByReceiptHash(
  db: DbOrTx,
  receiptHash: Uint8Array,
): Promise<ReportSummaryRow | undefined> {
  const row = await db
    .selectFrom('reports')
    .select(summaryColumns)
    .where('receipt_hash', '=', receiptHash)
    .executeTakeFirst();
  return row && { id: row.id, channel: row.channel, status: row.status, submittedOn: row.submitted_on };
}

export async function findReportSummary(db: DbOrTx, id: string): Promise<ReportSummaryRow | undefined> {
  // A malformed id can never name a report; checking here keeps PostgreSQL's uuid cast error away.
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('reports').select(summaryColumns).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, channel: row.channel, status: row.status, submittedOn: row.submitted_on };
}

export async function findReportSealed(
  db: DbOrTx,
  id: string,
): Promise<{ answersSealed: Uint8Array; contactSealed: Uint8Array | null } | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db
    .selectFrom('reports')
    .select(['answers_sealed', 'contact_sealed'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { answersSealed: row.answers_sealed, contactSealed: row.contact_sealed };
}

export async function listReportPhotos(
  db: DbOrTx,
  reportId: string,
): Promise<{ id: string; position: number; sealed: Uint8Array; hasOriginal: boolean }[]> {
  const rows = await db
    .selectFrom('report_photos')
    .select(['id', 'position', 'sealed', sql<boolean>`original_sealed is not null`.as('has_original')])
    .where('report_id', '=', reportId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ id: row.id, position: row.position, sealed: row.sealed, hasOriginal: row.has_original }));
}

export async function findReportPhoto(
  db: DbOrTx,
  reportId: string,
  photoId: string,
): Promise<
  { sealed: Uint8Array; originalSealed: Uint8Array | null; originalFactsSealed: Uint8Array | null } | undefined
> {
  if (!isUuid(reportId) || !isUuid(photoId)) return undefined;
  const row = await db
    .selectFrom('report_photos')
    .select(['sealed', 'original_sealed', 'original_facts_sealed'])
    .where('report_id', '=', reportId)
    .where('id', '=', photoId)
    .executeTakeFirst();
  return (
    row && {
      sealed: row.sealed,
      originalSealed: row.original_sealed,
      originalFactsSealed: row.original_facts_sealed,
    }
  );
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** The order a report moves through; its status only ever moves forward along it. */
const statusOrder: readonly ReportStatus[] = ['received', 'under_review', 'passed_on', 'closed'];

/**
 * Moves a report forward to `to` when staff act on it (a question, grading, dissemination);
 * never back (a closed report stays closed). Returns whether it moved.
 */
export async function advanceReportStatus(tx: DbOrTx, reportId: string, to: ReportStatus): Promise<boolean> {
  if (!isUuid(reportId)) return false;
  const earlier = statusOrder.slice(0, statusOrder.indexOf(to));
  if (earlier.length === 0) return false;
  const moved = await tx
    .updateTable('reports')
    .set({ status: to })
    .where('id', '=', reportId)
    .where('status', 'in', earlier)
    .executeTakeFirst();
  return moved.numUpdatedRows > 0n;
}

/** The source type of one stored report, or undefined when there is no such report. */
export async function findReportSourceType(db: DbOrTx, reportId: string): Promise<ReportSourceType | undefined> {
  const row = await db
    .selectFrom('reports')
    .select(['channel', (eb) => eb('contact_sealed', 'is not', null).as('has_contact')])
    .where('id', '=', reportId)
    .executeTakeFirst();
  return row && sourceTypeOfReport({ channel: row.channel, hasContactDetails: Boolean(row.has_contact) });
}

/** The facts triage and search indexing read of a stored report, with its sealed answers (throws when missing). */
export async function findReportForTriage(db: DbOrTx, reportId: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'submitted_on', 'categories', 'child_involved', 'vulnerable_adult_involved', 'answers_sealed'])
    .where('id', '=', reportId)
    .executeTakeFirstOrThrow();
}
