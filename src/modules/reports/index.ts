// The reports capability as other modules see it. The public journey and the staff API reach
// reports only through what is exported here.
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { createReceiptSignIn, type ReceiptSignInPolicy } from './receipt-sign-in.service.ts';
import { createReportMessagesService } from './report-messages.service.ts';
import { createReportPhotosService } from './report-photos.service.ts';
import { createRetentionReviewService } from './retention-review.service.ts';
import { createReportTranslationService } from './report-translation.service.ts';
import { createReportService } from './report.service.ts';
import type { RetentionPolicy } from './retention.ts';
import type { DerivedErasure } from './report-erasure.repository.ts';

export type * from './report-answers.ts';
export * from '../../labels/report-vocabulary.ts';
export { isReportLanguage, reportLanguages, type ReportLanguage } from '../../labels/report-languages.ts';
export {
  isSafeguardingConcern,
  reportStatusWords,
  reportChannels,
  type ReportChannel,
  type ReportStatus,
} from './report.ts';
export { cleanPhoto, maxPhotoBytes, maxPhotosPerReport, type PhotoProblem } from './photo-cleaning.ts';
export { formatReceiptCode, normaliseReceiptCode, receiptDigits } from './receipt.ts';
export { maxMessageLength, type ReporterInbox, type ReportMessage } from './report-messages.service.ts';
export type { ReportService, RecordedReport } from './report.service.ts';
export type { ReceiptSignIn } from './receipt-sign-in.service.ts';
export type { ReportMessagesService } from './report-messages.service.ts';
export { registerReportMessageRoutes } from './report-messages.routes.ts';
export { registerReportPhotoRoutes } from './report-photos.routes.ts';
export type { ReportPhotosService } from './report-photos.service.ts';
export { hiddenInfoWords, type HiddenInfo } from './photo-metadata.ts';
export { defaultRetentionPolicy, type RetentionPolicy } from './retention.ts';
export { registerRetentionReviewRoutes } from './retention-review.routes.ts';
export { registerReportTranslationRoutes } from './report-translation.routes.ts';
export type { ReportTranslationService } from './report-translation.service.ts';
export { reportRetentionJob, type RetentionReviewService } from './retention-review.service.ts';
export { deleteSpentLockouts } from './receipt-lockout.repository.ts';
export { sourceTypeOfReport, type ReportSourceType } from './report-source.ts';
export { advanceReportStatus, findReportForTriage, findReportSourceType } from './report.repository.ts';
export { eraseReport } from './report-erasure.ts';
export type { DerivedErasure, ErasureCounts } from './report-erasure.repository.ts';

export function createReportingServices(deps: {
  db: Db;
  sealer: Sealer;
  receiptKey: Uint8Array;
  clock: Clock;
  audit: AuditTrail;
  sectorOf: (postcode: string) => string | undefined;
  receiptPolicy?: ReceiptSignInPolicy;
  retention?: RetentionPolicy;
  reportRecorded: (tx: DbOrTx, reportId: string) => Promise<void>;
  /** What other modules derived from a report, erased with it (main/report-erasure.ts). */
  eraseDerived: DerivedErasure;
}) {
  return {
    reports: createReportService(deps),
    reportPhotos: createReportPhotosService(deps),
    retentionReview: createRetentionReviewService(deps),
    reportMessages: createReportMessagesService(deps),
    reportTranslation: createReportTranslationService(deps),
    receiptSignIn: createReceiptSignIn({
      db: deps.db,
      receiptKey: deps.receiptKey,
      clock: deps.clock,
      ...(deps.receiptPolicy ? { policy: deps.receiptPolicy } : {}),
    }),
  };
}
export { isUuid } from './report.repository.ts';
export { createReportService, reportSealContext } from './report.service.ts';
export { reportStatuses } from './report.ts';
export {
  countSafeguardingConcerns,
  findReportWithSealedAnswers,
  listSafeguardingConcerns,
} from './safeguarding-concern.repository.ts';
export { reportFlagsOf } from './report-flags.repository.ts';
export {
  countReports,
  findReportContact,
  findReportRow,
  reportRows,
  reportsAwaitingAnswer,
  updateReportStatuses,
} from './report-rows.repository.ts';
export { reportCountsBySector, sectorsOfReports } from './area-counts.repository.ts';
export {
  reportCountsByPeriod,
  sealedAnswersOfReports,
  type DayRange,
  type PeriodBucket,
} from './report-aggregates.repository.ts';
