// What other modules derived from a report, erased with it at retention review (issue 13: each
// table is queried only by its owner, so the erasure is a list of each owner's own step, in one
// transaction). The reports module owns the order: this runs before the report row goes.
import { eraseReportEvidence } from '../modules/correlation/index.ts';
import { alertsWithDealLines, detachSamplesFromReport } from '../modules/deal-lines/index.ts';
import { eraseReportFromPole } from '../modules/pole/index.ts';
import type { DerivedErasure } from '../modules/reports/index.ts';

export const eraseDerivedFromReport: DerivedErasure = async (tx, reportId) => {
  const pole = await eraseReportFromPole(tx, reportId);
  // An alert that rested on this report alone goes too, unless a deal line was opened from it.
  const alertsRemoved = await eraseReportEvidence(tx, reportId, (alertIds) => alertsWithDealLines(tx, alertIds));
  await detachSamplesFromReport(tx, reportId);
  return { ...pole, alertsRemoved };
};
