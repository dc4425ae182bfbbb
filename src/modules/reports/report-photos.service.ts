import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditActorOf, requirePermission, requireReason, type StaffActor } from '../access/index.ts';
import { originalPhotoContext, sha256Hex, type OriginalPhotoFacts } from './photo-originals.ts';
import { reportExists } from './report-erasure.repository.ts';
import { findReportPhoto, isUuid, listReportPhotos } from './report.repository.ts';
import { reportSealContext } from './report.service.ts';

export type ReportPhotosService = ReturnType<typeof createReportPhotosService>;

// Staff see a report's photos only as cleaned copies (no hidden information). The original,
// as uploaded, is for evidential use: it opens only with its own permission and a stated
// reason, both recorded in the audit trail, and its recorded SHA-256 is checked on opening.
export function createReportPhotosService(deps: { db: Db; sealer: Sealer; audit: AuditTrail }) {
  const { db, sealer, audit } = deps;

  return {
    async list(actor: StaffActor, reportId: string) {
      requirePermission(actor, 'report.read');
      if (!isUuid(reportId) || !(await reportExists(db, reportId))) throw new AppError('not_found_or_no_access');
      const photos = await listReportPhotos(db, reportId);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: auditActorOf(actor),
          action: 'report.photos_listed',
          subject: { type: 'report', id: reportId },
          requestId: actor.requestId,
          details: { count: photos.length },
        }),
      );
      return photos.map((photo) => ({ id: photo.id, position: photo.position, originalKept: photo.hasOriginal }));
    },

    /** The cleaned photo, as a JPEG. */
    async cleaned(actor: StaffActor, reportId: string, photoId: string): Promise<Buffer> {
      requirePermission(actor, 'report.read');
      const photo = await findReportPhoto(db, reportId, photoId);
      if (!photo) throw new AppError('not_found_or_no_access');
      const jpeg = sealer.open(photo.sealed, reportSealContext.photo(reportId, photoId));
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: auditActorOf(actor),
          action: 'report.photo_read',
          subject: { type: 'report_photo', id: photoId },
          requestId: actor.requestId,
          details: { reportId },
        }),
      );
      return jpeg;
    },

    /** The original as uploaded, for evidence: a stated reason each time, checked against its recorded hash. */
    async openOriginal(actor: StaffActor, reportId: string, photoId: string, reason: string | undefined) {
      requirePermission(actor, 'report.open_photo_original');
      const stated = requireReason(reason);
      const photo = await findReportPhoto(db, reportId, photoId);
      if (!photo?.originalSealed || !photo.originalFactsSealed) throw new AppError('not_found_or_no_access');
      const original = sealer.open(photo.originalSealed, originalPhotoContext.bytes(reportId, photoId));
      const facts = JSON.parse(
        sealer.openText(photo.originalFactsSealed, originalPhotoContext.facts(reportId, photoId)),
      ) as OriginalPhotoFacts;
      const computed = sha256Hex(original);
      const verified = computed === facts.sha256 && original.length === facts.bytes;
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: auditActorOf(actor),
          action: 'report.photo_original_opened',
          subject: { type: 'report_photo', id: photoId },
          reason: stated,
          requestId: actor.requestId,
          details: { reportId, verified },
        }),
      );
      return {
        photoId,
        reportId,
        format: facts.format,
        bytes: facts.bytes,
        recordedSha256: facts.sha256,
        computedSha256: computed,
        verified,
        original,
      };
    },
  };
}
