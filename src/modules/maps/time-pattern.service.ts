import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, can, type StaffActor } from '../access/index.ts';
import { areaAt, findWard, listWards } from '../gazetteer/index.ts';
import { locationCoordinates, openLabel } from '../network/index.ts';
import { allLiveLocations, locationsByIds, openEntityDetails, reportIdsMentioningLocations } from '../pole/index.ts';
import { reportSealContext, sealedAnswersOfReports, type ReportAnswers } from '../reports/index.ts';
import { rangeOf } from './hotspots.schemas.ts';
import { timeGrid } from './time-grid.ts';

/** The newest reports read for one grid: enough for a pattern, bounded in time. */
export const maxGridReports = 2000;

/**
 * When activity happens at an address or in a ward, from what reporters said: the reports that
 * mention the place (or any place in the ward) between two days, newest first, their sealed "when"
 * answers opened here and folded into a day × time grid. Needs `report.read` (the answers are the
 * reporters'); audited with the subject and how many reports were read.
 */
export function createTimePatternService(deps: { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock }) {
  const { db, sealer, audit } = deps;
  const coordinatesOf = (row: { entityId: string; labelSealed: Uint8Array; detailsSealed: Uint8Array | null }) => {
    const label = openLabel(sealer, row.entityId, row.labelSealed);
    return { label, at: locationCoordinates(label, openEntityDetails(sealer, row.entityId, row.detailsSealed)) };
  };

  return {
    /** The district's wards (codes and names), for anyone who may read entities. */
    wards(actor: StaffActor) {
      if (!can(actor, 'entity.read')) throw new AppError('forbidden', 'Requires the entity.read permission');
      return listWards().map((w) => ({ code: w.code, name: w.name }));
    },

    async grid(actor: StaffActor, query: { location?: string; ward?: string; from?: string; to?: string }) {
      if (!can(actor, 'report.read')) {
        await db
          .transaction()
          .execute((tx) =>
            audit.record(tx, auditEventBy(actor, 'access.denied', { details: { operation: 'map.time_pattern' } })),
          );
        throw new AppError('forbidden', 'Requires the report.read permission');
      }
      const range = rangeOf(query, londonDay(deps.clock.now()));
      let subject: { kind: 'location' | 'ward'; id: string; name: string };
      let entityIds: string[];
      if (query.location !== undefined) {
        const [row] = await locationsByIds(db, [query.location]);
        if (!row) throw new AppError('not_found_or_no_access');
        subject = { kind: 'location', id: row.entityId, name: coordinatesOf(row).label };
        entityIds = [row.entityId];
      } else {
        const ward = findWard(query.ward ?? '');
        if (!ward) throw new AppError('not_found_or_no_access');
        subject = { kind: 'ward', id: ward.code, name: ward.name };
        entityIds = (await allLiveLocations(db)).flatMap((row) => {
          const { at } = coordinatesOf(row);
          return at && areaAt('ward', at.latitude, at.longitude)?.code === ward.code ? [row.entityId] : [];
        });
      }
      const reportIds = await reportIdsMentioningLocations(db, entityIds, range, maxGridReports);
      const rows = await sealedAnswersOfReports(db, reportIds);
      const whens = rows.map(
        (row) =>
          (JSON.parse(sealer.openText(row.answers_sealed, reportSealContext.answers(row.id))) as ReportAnswers).when,
      );
      const grid = timeGrid(whens);
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'map.time_pattern', {
            subject: { type: subject.kind === 'location' ? 'entity' : 'ward', id: subject.id },
            details: { ...range, reports: rows.length, reportIds },
          }),
        ),
      );
      return { subject, ...range, ...grid, capped: reportIds.length >= maxGridReports };
    },
  };
}
export type TimePatternService = ReturnType<typeof createTimePatternService>;
