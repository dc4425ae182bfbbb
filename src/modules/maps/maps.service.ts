import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { can, requirePermission, type StaffActor } from '../access/index.ts';
import { type AlertKind, alertTitles } from '../correlation/index.ts';
import { locationCoordinates, openLabel } from '../network/index.ts';
import { openEntityDetails } from '../pole/index.ts';
import { alertLocations, dealLineLocations, type FlaggedLocationRow } from './maps.repository.ts';
import type { MapPeriod } from './maps.schemas.ts';
import { gazetteerGeoJson, presentFlaggedLocations, type FlaggedLocation, type FlagReason } from './maps.presenter.ts';

const maxLocations = 2000;

/**
 * Which alert kinds a viewer may see on the map: the same rule as the alerts queue (the
 * intelligence unit sees every alert; safeguarding leads the child and cuckooing alerts).
 */
function visibleAlertKinds(actor: StaffActor): readonly AlertKind[] | 'all' {
  if (can(actor, 'report.read')) return 'all';
  if (can(actor, 'safeguarding.read')) return ['child_safeguarding', 'child_drug_use', 'possible_cuckooing'];
  return [];
}

/** The staff district map: a gazetteer background and the flagged locations the viewer may see. */
export function createMapsService(deps: {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  clock: Clock;
  styleUrl: string | null;
}) {
  const { db, sealer, audit } = deps;
  const requireMapReader = (actor: StaffActor) => {
    if (!can(actor, 'entity.read') && !can(actor, 'network.read')) throw new AppError('forbidden');
  };

  return {
    /** The base map: the force's own MapLibre style if configured, else null (the offline background). */
    style(actor: StaffActor) {
      requireMapReader(actor);
      return { styleUrl: deps.styleUrl };
    },

    /** Street points of St Albans district, for anyone who may read entities or networks. */
    gazetteer(actor: StaffActor) {
      requireMapReader(actor);
      return gazetteerGeoJson();
    },

    /**
     * Locations with an open alert the viewer may see, and (with `network.read`) locations
     * linked to a deal line's numbers, each with why it is flagged, within the period (alerts that
     * last fired in it, links last seen in it). Audited with the entities shown.
     */
    async flaggedLocations(actor: StaffActor, filter: { period: MapPeriod } = { period: 'all' }) {
      requirePermission(actor, 'entity.read');
      const since =
        filter.period === 'all' ? null : new Date(deps.clock.now().getTime() - Number(filter.period) * 86_400_000);
      const byEntity = new Map<string, { row: FlaggedLocationRow; reasons: FlagReason[] }>();
      const add = (row: FlaggedLocationRow, reason: FlagReason) => {
        const entry = byEntity.get(row.entityId) ?? { row, reasons: [] };
        entry.reasons.push(reason);
        byEntity.set(row.entityId, entry);
      };
      for (const row of await alertLocations(db, visibleAlertKinds(actor), maxLocations, since)) {
        add(row, {
          kind: 'alert',
          alertId: row.alertId,
          alertKind: row.alertKind,
          title: alertTitles[row.alertKind],
          status: row.alertStatus,
          priority: row.priority,
        });
      }
      if (can(actor, 'network.read')) {
        for (const row of await dealLineLocations(db, maxLocations, since)) {
          add(row, { kind: 'deal_line', lineId: row.lineId, brandName: row.brandName, status: row.lineStatus });
        }
      }
      const locations: FlaggedLocation[] = [...byEntity.values()].map(({ row, reasons }) => {
        const label = openLabel(sealer, row.entityId, row.labelSealed);
        return {
          entityId: row.entityId,
          label,
          coordinates: locationCoordinates(label, openEntityDetails(sealer, row.entityId, row.detailsSealed)),
          reasons,
        };
      });
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'map.flagged_locations',
          requestId: actor.requestId,
          details: { period: filter.period, count: locations.length, entityIds: locations.map((l) => l.entityId) },
        }),
      );
      return { ...presentFlaggedLocations(locations), period: filter.period };
    },
  };
}

export type MapsService = ReturnType<typeof createMapsService>;
