import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Db } from '../../platform/db/database.ts';
import { requirePermission, type StaffActor } from '../access/index.ts';
import { acquisitiveContext, addMonths, type Place } from './acquisitive-crime.ts';
import { districtStreetCounts, latestStreetMonth } from './police-uk.repository.ts';

/** The district whose LSOAs ("St Albans 001A" …) give the baseline. */
export const contextDistrict = 'St Albans';

/**
 * Acquisitive crime near the flagged places the viewer may see (the maps module's flagged
 * locations, handed in by the composition root), for police staff only (`operations.read`:
 * analysts, supervisors, officers; never partner agencies). Each read is audited.
 */
export function createAcquisitiveCrimeService(deps: {
  db: Db;
  audit: AuditTrail;
  flaggedPlaces: (actor: StaffActor) => Promise<Place[]>;
}) {
  return {
    async nearFlaggedPlaces(actor: StaffActor, options: { radiusMetres: number; month?: string | undefined }) {
      requirePermission(actor, 'operations.read');
      requirePermission(actor, 'entity.read');
      const latest = await latestStreetMonth(deps.db, contextDistrict);
      // A month after the latest imported one would count months with no data as none: use the latest.
      const referenceMonth =
        options.month !== undefined && latest !== null && options.month < latest ? options.month : latest;
      const places = await deps.flaggedPlaces(actor);
      const context =
        referenceMonth === null
          ? null
          : acquisitiveContext({
              places,
              referenceMonth,
              radiusMetres: options.radiusMetres,
              counts: await districtStreetCounts(deps.db, {
                district: contextDistrict,
                fromMonth: addMonths(referenceMonth, -14),
                toMonth: referenceMonth,
              }),
            });
      await deps.db.transaction().execute((tx) =>
        deps.audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'context.acquisitive_crime',
          requestId: actor.requestId,
          details: {
            radiusMetres: options.radiusMetres,
            referenceMonth,
            placeIds: places.map((place) => place.id),
          },
        }),
      );
      return {
        district: contextDistrict,
        latestMonth: latest,
        referenceMonth,
        radiusMetres: options.radiusMetres,
        districtMapPoints: context?.districtMapPoints ?? 0,
        windows: context?.windows ?? { last: [], previous: [], lastYear: [] },
        places: context?.places ?? [],
      };
    },
  };
}

export type AcquisitiveCrimeService = ReturnType<typeof createAcquisitiveCrimeService>;
