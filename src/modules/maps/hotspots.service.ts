import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, can, type StaffActor } from '../access/index.ts';
import { alertCountsByEntity, alertKinds, type AlertKind } from '../correlation/index.ts';
import { locationCoordinates, openLabel } from '../network/index.ts';
import { issuedWarrantPlaces, seizurePlaces } from '../operations/index.ts';
import { locationReportCounts, locationsByIds, openEntityDetails } from '../pole/index.ts';
import { countByArea, type HexResolution, type HotspotUnit, type PointCount } from './hotspot-areas.ts';
import { rangeOf, type HotspotLayer } from './hotspots.schemas.ts';

type DayRange = { from: string; to: string };
const maxPlaced = 500_000;
type SealedLocation = { entityId: string; labelSealed: Uint8Array; detailsSealed: Uint8Array | null };

/** A place typed by staff ("Flat 2, 3 Victoria Street, St Albans AL1 3JX"): the first part the gazetteer knows. */
export function placeOfText(text: string) {
  const parts = [text, ...text.split(',').map((part) => part.trim())];
  const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i.exec(text)?.[0];
  if (postcode) parts.push(postcode);
  for (const part of parts) {
    const found = locationCoordinates(part.replace(/^(flat|unit)\s+\w+\s+/i, ''), {});
    if (found) return found;
  }
  return null;
}

/** Which alert kinds a viewer may count: every kind for the intelligence unit, the child and cuckooing kinds for safeguarding. */
export function countableAlertKinds(actor: StaffActor): readonly AlertKind[] {
  if (can(actor, 'report.read')) return alertKinds;
  if (can(actor, 'safeguarding.read')) return ['child_safeguarding', 'child_drug_use', 'possible_cuckooing'];
  return [];
}

/** May the viewer count this layer? Reports need report.read, warrants and seizures operations.read. */
export function mayCountLayer(actor: StaffActor, layer: HotspotLayer): boolean {
  if (layer === 'reports') return can(actor, 'report.read');
  if (layer === 'alerts') return countableAlertKinds(actor).length > 0;
  return can(actor, 'operations.read');
}

/**
 * Hotspot maps: reports (by the places they mention), alerts (by the address they are about),
 * issued warrants (by premises) and seizures (by place) between two days, counted by ward, LSOA or
 * H3 hexagon. Each owner counts its own rows in one grouped query; only the distinct places are
 * opened here and placed with the gazetteer. Counts only leave; every request is audited.
 */
export function createHotspotsService(deps: { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock }) {
  const { db, sealer, audit } = deps;

  // Where each location was placed, kept by entity and by the nonces of its sealed label and details:
  // a resealed (changed) label or details has a fresh random nonce, so it is placed again. Only
  // coordinates are kept, never a label.
  const placed = new Map<string, { latitude: number; longitude: number } | null>();
  const nonceOf = (sealed: Uint8Array | null) => (sealed ? Buffer.from(sealed.subarray(1, 25)).toString('base64') : '');
  const place = (row: SealedLocation) => {
    const key = `${row.entityId}:${nonceOf(row.labelSealed)}:${nonceOf(row.detailsSealed)}`;
    const known = placed.get(key);
    if (known !== undefined) return known;
    const label = openLabel(sealer, row.entityId, row.labelSealed);
    const at = locationCoordinates(label, openEntityDetails(sealer, row.entityId, row.detailsSealed));
    if (placed.size >= maxPlaced) placed.clear();
    placed.set(key, at ? { latitude: at.latitude, longitude: at.longitude } : null);
    return at;
  };

  async function pointsOf(actor: StaffActor, layer: HotspotLayer, range: DayRange) {
    const points: PointCount[] = [];
    let unplaced = 0;
    const add = (where: { latitude: number; longitude: number } | null, count: number) => {
      if (where) points.push({ latitude: where.latitude, longitude: where.longitude, count });
      else unplaced += count;
    };
    if (layer === 'reports') {
      for (const row of await locationReportCounts(db, range)) add(place(row), row.count);
    } else if (layer === 'alerts') {
      const rows = await alertCountsByEntity(db, countableAlertKinds(actor), range);
      await addAtEntities(db, rows, add);
    } else {
      const rows = layer === 'warrants' ? await issuedWarrantPlaces(db, range) : await seizurePlaces(db, range);
      const withEntity = rows.filter((r) => r.entityId !== null);
      for (const row of rows.filter((r) => r.entityId === null)) add(placeOfText(row.place), row.count);
      await addAtEntities(db, withEntity, add);
    }
    return { points, unplaced };
  }

  async function addAtEntities(
    db: DbOrTx,
    rows: readonly { entityId: string | null; count: number }[],
    add: (where: { latitude: number; longitude: number } | null, count: number) => void,
  ) {
    const ids = [...new Set(rows.flatMap((r) => (r.entityId ? [r.entityId] : [])))];
    const located = new Map((await locationsByIds(db, ids)).map((row) => [row.entityId, place(row)]));
    for (const row of rows) add(row.entityId ? (located.get(row.entityId) ?? null) : null, row.count);
  }

  return {
    async hotspots(
      actor: StaffActor,
      query: { layer: HotspotLayer; unit: HotspotUnit; resolution: HexResolution; from?: string; to?: string },
    ) {
      if (!mayCountLayer(actor, query.layer)) {
        await db
          .transaction()
          .execute((tx) =>
            audit.record(
              tx,
              auditEventBy(actor, 'access.denied', { details: { operation: 'map.hotspots', layer: query.layer } }),
            ),
          );
        throw new AppError('forbidden', 'Your role may not count these records');
      }
      const range = rangeOf(query, londonDay(deps.clock.now()));
      const { points, unplaced } = await pointsOf(actor, query.layer, range);
      const { features, outside } = countByArea(points, query.unit, query.resolution);
      const total = points.reduce((sum, p) => sum + p.count, 0) + unplaced;
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'map.hotspots', {
            details: { layer: query.layer, unit: query.unit, resolution: query.resolution, ...range, total },
          }),
        ),
      );
      return {
        type: 'FeatureCollection' as const,
        features,
        layer: query.layer,
        unit: query.unit,
        resolution: query.resolution,
        ...range,
        total,
        unplaced,
        outside,
      };
    },
  };
}
export type HotspotsService = ReturnType<typeof createHotspotsService>;
