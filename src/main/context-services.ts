import { createAcquisitiveCrimeService, createPoliceUkImportService } from '../modules/context/index.ts';
import { createMapsService } from '../modules/maps/index.ts';
import type { AuditTrail } from '../platform/audit/audit-trail.ts';
import type { Clock } from '../platform/clock.ts';
import type { Sealer } from '../platform/crypto/sealer.ts';
import type { Db } from '../platform/db/database.ts';

// The context module (data.police.uk, ADR 0043) composed with the maps module: acquisitive crime
// is counted round the flagged locations the viewer may see, read through maps' index here so
// neither module imports the other.
export function createContextServices(deps: { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock }) {
  const maps = createMapsService({ ...deps, styleUrl: null });
  return {
    policeUkImport: createPoliceUkImportService(deps),
    acquisitiveCrime: createAcquisitiveCrimeService({
      db: deps.db,
      audit: deps.audit,
      flaggedPlaces: async (actor) =>
        (await maps.flaggedLocations(actor, { period: 'all' })).features.map((feature) => ({
          id: feature.properties.entityId,
          label: feature.properties.label,
          longitude: feature.geometry.coordinates[0],
          latitude: feature.geometry.coordinates[1],
        })),
    }),
  };
}
