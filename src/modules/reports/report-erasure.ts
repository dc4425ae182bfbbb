import type { DbOrTx } from '../../platform/db/database.ts';
import { deleteReport, reportExists, type DerivedErasure, type ErasureCounts } from './report-erasure.repository.ts';

/**
 * Erases one report and what was derived from it alone, inside the caller's transaction: first what
 * other modules derived from it (`eraseDerived`, wired in main/report-erasure.ts: its mentions and
 * link sources in the POLE store, its alert evidence, its deal-line samples' link), then the report
 * itself with its photos, messages and queue row. Intelligence reports written from it are records
 * of their own, with their own review dates, and are not touched. Undefined when there is no such
 * report.
 */
export async function eraseReport(
  tx: DbOrTx,
  reportId: string,
  eraseDerived: DerivedErasure,
): Promise<ErasureCounts | undefined> {
  if (!(await reportExists(tx, reportId))) return undefined;
  const counts = await eraseDerived(tx, reportId);
  await deleteReport(tx, reportId);
  return counts;
}
