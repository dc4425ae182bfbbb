import { randomUUID } from 'node:crypto';
import type { AuditActor } from '../../platform/audit/audit-event.ts';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { isReportLanguage, type ReportLanguage } from '../../labels/report-languages.ts';
import type { ReportAnswers } from './report-answers.ts';
import { insertReport, insertReportPhoto } from './report.repository.ts';
import { deriveTriage, type ReportChannel } from './report.ts';
import { defaultRetentionPolicy, reviewAfterDays, reviewDay, type RetentionPolicy } from './retention.ts';
import { sealOriginalPhoto } from './photo-originals.ts';
import { generateReceiptCode, hashReceiptCode } from './receipt.ts';

export type ReportServiceDeps = {
  readonly sealer: Sealer;
  readonly receiptKey: Uint8Array;
  readonly clock: Clock;
  readonly audit: AuditTrail;
  /** Postcode → its sector ("AL1 3JX" → "AL1 3") when the sector is in the gazetteer. */
  readonly sectorOf: (postcode: string) => string | undefined;
  /** When reports fall due for review, by type (default: defaultRetentionPolicy). */
  readonly retention?: RetentionPolicy;
  /**
   * Called in the transaction that stores a report: the composition root queues it for triage
   * there, so no stored report can miss processing (ADR 0013) and reports need not know triage.
   */
  readonly reportRecorded: (tx: DbOrTx, reportId: string) => Promise<void>;
};

export type NewReport = {
  readonly channel: ReportChannel;
  readonly answers: ReportAnswers;
  /** Photos already cleaned of metadata (photo-cleaning.ts), in the order given. */
  readonly photos: readonly Uint8Array[];
  /** The photos as uploaded, in the same order (null where none was kept), sealed for evidence. */
  readonly photoOriginals?: readonly (Uint8Array | null)[];
  readonly actor: AuditActor;
  readonly requestId?: string;
  /** The language of the journey the report was written in (default English; ADR 0048). */
  readonly language?: ReportLanguage;
};

export type RecordedReport = { readonly reportId: string; readonly receiptCode: string; readonly submittedOn: string };

/** The context that binds a sealed field to its report, so it cannot be moved to another. */
export const reportSealContext = {
  answers: (reportId: string) => `report:${reportId}:answers`,
  contact: (reportId: string) => `report:${reportId}:contact`,
  photo: (reportId: string, photoId: string) => `report:${reportId}:photo:${photoId}`,
  message: (reportId: string, messageId: string) => `report:${reportId}:message:${messageId}`,
};

export type ReportService = ReturnType<typeof createReportService>;

export function createReportService(deps: ReportServiceDeps) {
  return {
    /**
     * Stores a report, its photos, its receipt hash and the audit event. It runs inside the
     * caller's transaction because the caller (the journey) must consume the draft in the same
     * commit: either everything is stored and the reporter sees a receipt, or nothing is.
     */
    async recordNewReport(tx: DbOrTx, report: NewReport): Promise<RecordedReport> {
      const reportId = randomUUID();
      const submittedOn = londonDay(deps.clock.now());
      const { contact, ...content } = report.answers;
      const triage = deriveTriage(report.answers, deps.sectorOf);
      const language = report.language ?? 'en';
      if (!isReportLanguage(language)) throw new Error(`Not a language of the public site: ${String(language)}`);
      const row = {
        id: reportId,
        channel: report.channel,
        categories: [...triage.categories],
        childInvolved: triage.childInvolved,
        vulnerableAdultInvolved: triage.vulnerableAdultInvolved,
        threatToLife: triage.threatToLife,
        postcodeSector: triage.postcodeSector,
        submittedOn,
        reviewOn: reviewDay(submittedOn, reviewAfterDays(triage, deps.retention ?? defaultRetentionPolicy)),
        answersSealed: deps.sealer.seal(JSON.stringify(content), reportSealContext.answers(reportId)),
        // "Stay anonymous" leaves nothing to keep: no contact record, so staff are never asked for
        // a reason to open one that holds no details.
        contactSealed:
          contact === undefined || contact.choice === 'anonymous'
            ? null
            : deps.sealer.seal(JSON.stringify(contact), reportSealContext.contact(reportId)),
        language,
      };
      // 10^16 codes make a clash vanishingly rare, but the unique index decides, not hope.
      let receiptCode = generateReceiptCode();
      while (!(await insertReport(tx, { ...row, receiptHash: hashReceiptCode(deps.receiptKey, receiptCode) }))) {
        receiptCode = generateReceiptCode();
      }
      let position = 0;
      for (const photo of report.photos) {
        const original = report.photoOriginals?.[position] ?? null;
        position += 1;
        const photoId = randomUUID();
        await insertReportPhoto(tx, {
          id: photoId,
          reportId,
          position,
          sealed: deps.sealer.seal(photo, reportSealContext.photo(reportId, photoId)),
          ...(original === null ? {} : sealOriginalPhoto(deps.sealer, reportId, photoId, original)),
        });
      }
      // Queued for triage in the same commit, so no stored report can miss it (ADR 0013).
      await deps.reportRecorded(tx, reportId);
      await deps.audit.record(tx, {
        actor: report.actor,
        action: 'report.submitted',
        subject: { type: 'report', id: reportId },
        ...(report.requestId === undefined ? {} : { requestId: report.requestId }),
        details: { channel: report.channel, photos: report.photos.length, language },
      });
      return { reportId, receiptCode, submittedOn };
    },
  };
}
