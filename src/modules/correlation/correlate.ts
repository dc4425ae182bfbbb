import { randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { entitiesRepeated, linksOfEntities, reportsBehindLinks, type IngestedEntity } from '../pole/index.ts';
import { alertPriority, windowStart, type CorrelationThresholds, type ReportFacts } from './correlation-rules.ts';
import { type AlertToRaise, entitiesWithOpenAlert, evidenceLimit, raiseAlerts } from './correlation.repository.ts';
import type { AlertKind } from './correlation.table.ts';

export type RaisedAlert = {
  readonly alertId: string;
  readonly kind: AlertKind;
  readonly entityId: string | null;
  readonly isNew: boolean;
};

/**
 * Runs every rule against the entities one new report touched, as it arrives. Each rule asks
 * indexed questions about those entities only, so the cost grows with the size of the report,
 * not with the number of reports stored.
 */
export async function correlateReport(
  tx: DbOrTx,
  deps: { clock: Clock; thresholds: CorrelationThresholds },
  facts: ReportFacts,
  entities: readonly IngestedEntity[],
): Promise<RaisedAlert[]> {
  const { thresholds } = deps;
  // Alerts carry the day, not the second: a time stamped moments after a report arrives would
  // reveal when the reporter sent it.
  const now = new Date(`${deps.clock.now().toISOString().slice(0, 10)}T00:00:00Z`);
  const raised: RaisedAlert[] = [];
  const idsOf = (kind: IngestedEntity['kind'], keep: (e: IngestedEntity) => boolean = () => true) => [
    ...new Set(entities.filter((e) => e.kind === kind && keep(e)).map((e) => e.id)),
  ];
  // Alerts are collected and raised together, in two statements, before the vehicle rule reads
  // which addresses are flagged (so it sees the trap houses this very report flags).
  let pending = new Map<string, AlertToRaise>();
  const raise = (kind: AlertKind, entityId: string | null, reportIds: readonly string[]) => {
    const key = `${kind} ${entityId ?? randomUUID()}`;
    const earlier = pending.get(key);
    if (earlier !== undefined) {
      pending.set(key, { ...earlier, reportIds: [...earlier.reportIds, ...reportIds] });
      return;
    }
    pending.set(key, { id: randomUUID(), kind, entityId, priority: alertPriority[kind], reportIds });
  };
  const flush = async () => {
    const alerts = [...pending.values()];
    pending = new Map();
    const results = await raiseAlerts(tx, alerts, now);
    alerts.forEach((alert, index) => {
      const result = results[index];
      if (result !== undefined) raised.push({ ...result, kind: alert.kind, entityId: alert.entityId });
    });
  };
  const locations = idsOf('location');
  const phones = idsOf('phone');
  const vehicles = idsOf('vehicle');

  // A child at risk of exploitation, or seen using drugs: immediately, on this report alone.
  if (facts.childConcern !== null) {
    const subject = locations[0] ?? phones[0] ?? vehicles[0] ?? null;
    raise(facts.childConcern === 'exploitation' ? 'child_safeguarding' : 'child_drug_use', subject, [facts.reportId]);
  }
  if (facts.cuckooingSigns) {
    for (const location of locations) raise('possible_cuckooing', location, [facts.reportId]);
  }

  // Trap houses (a location named again and again within the window) and deal lines (a phone
  // named by several reports that talk of drugs), asked in one round trip.
  const repeated = await entitiesRepeated(
    tx,
    {
      inWindow: {
        entityIds: locations,
        fromDay: windowStart(facts.observedOn, thresholds.windowDays),
        toDay: facts.observedOn,
        minReports: thresholds.trapHouseReports,
      },
      ever: { entityIds: facts.drugTalk === false ? [] : phones, minReports: thresholds.dealLineReports },
    },
    evidenceLimit,
  );
  for (const hit of repeated.inWindow) raise('possible_trap_house', hit.entityId, hit.reportIds);
  const phoneEvidence = new Map(repeated.ever.map((hit) => [hit.entityId, hit.reportIds]));
  if (facts.advertisesDrugs) {
    for (const phone of phones) if (!phoneEvidence.has(phone)) phoneEvidence.set(phone, [facts.reportId]);
  }
  for (const [phone, reportIds] of phoneEvidence) raise('possible_deal_line', phone, reportIds);
  await flush();

  // A vehicle this report names for the first time is linked only to this report's entities, so
  // it can reach the threshold only when enough of this report's own addresses are flagged: one
  // read of those addresses instead of the vehicle's links and the alerts at their other ends.
  const seenBefore = idsOf('vehicle', (e) => !e.isNew);
  let vehiclesToCheck = seenBefore;
  if (seenBefore.length < vehicles.length && locations.length >= thresholds.vehicleFlaggedAddresses) {
    const flaggedHere = await entitiesWithOpenAlert(tx, locations, flaggedAddressKinds);
    if (flaggedHere.size >= thresholds.vehicleFlaggedAddresses) vehiclesToCheck = vehicles;
  }
  for (const hit of await flaggedLocationsLinkedToVehicles(tx, vehiclesToCheck)) {
    if (hit.locationIds.length >= thresholds.vehicleFlaggedAddresses) {
      raise('vehicle_at_flagged_addresses', hit.vehicleId, await reportsBehindLinks(tx, hit.linkIds, evidenceLimit));
    }
  }
  await flush();
  return raised;
}

/** The alerts that flag an address for the vehicle rule. */
const flaggedAddressKinds: readonly AlertKind[] = ['possible_trap_house', 'possible_cuckooing'];

/** For each vehicle, the linked locations that carry an open trap-house or cuckooing alert. */
async function flaggedLocationsLinkedToVehicles(
  tx: DbOrTx,
  vehicleIds: readonly string[],
): Promise<{ vehicleId: string; locationIds: string[]; linkIds: string[] }[]> {
  const links = await linksOfEntities(tx, vehicleIds);
  const flagged = await entitiesWithOpenAlert(
    tx,
    links.map((link) => link.otherId),
    flaggedAddressKinds,
  );
  const byVehicle = new Map<string, { vehicleId: string; locationIds: string[]; linkIds: string[] }>();
  for (const link of links) {
    if (!flagged.has(link.otherId)) continue;
    let hit = byVehicle.get(link.entityId);
    if (hit === undefined) {
      byVehicle.set(link.entityId, (hit = { vehicleId: link.entityId, locationIds: [], linkIds: [] }));
    }
    if (!hit.locationIds.includes(link.otherId)) hit.locationIds.push(link.otherId);
    hit.linkIds.push(link.linkId);
  }
  return [...byVehicle.values()];
}
