import { randomUUID } from 'node:crypto';
import { correlateReport } from '../../src/modules/correlation/correlate.ts';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { sealEntityDetails, type EntityDetails } from '../../src/modules/pole/entity-details.ts';
import type { Observation } from '../../src/modules/pole/observations.ts';
import { ingestReportObservations } from '../../src/modules/pole/pole-ingest.ts';
import { seededRandom } from '../../src/modules/network/graph-algorithms.ts';
import type { Services } from '../../src/main/services.ts';

// A small world with known ground truth: three planted County Lines networks (a line phone,
// a line holder, an adult and a child runner, a trap house, a stash address, a car and the
// holder's own phone), each linked by co-mentions in its own reports, plus unrelated noise
// and a couple of weak bridges from the networks into the noise.

export type PlantedNetwork = {
  readonly name: string;
  readonly linePhone: string;
  readonly holderPhone: string;
  readonly holder: string;
  readonly adultRunner: string;
  readonly childRunner: string;
  readonly trapHouse: string;
  readonly stash: string;
  readonly vehicle: string;
  readonly entityIds: ReadonlySet<string>;
  readonly reportIds: readonly string[];
};

export type NetworkWorld = {
  readonly networks: readonly PlantedNetwork[];
  readonly noiseIds: readonly string[];
  readonly reportIds: readonly string[];
};

const phone = (e164: string): Observation => ({ kind: 'phone', key: e164, label: e164, field: 'details' });
const person = (name: string): Observation => ({
  kind: 'person',
  key: `name:${name.toLowerCase()}`,
  label: name,
  field: 'details',
});
const address = (n: number, street: string): Observation => ({
  kind: 'location',
  key: `address:${n}|${street.toLowerCase()}`,
  label: `${n} ${street}`,
  field: 'where',
});
const vehicle = (vrm: string): Observation => ({ kind: 'vehicle', key: vrm, label: vrm, field: 'vehicles' });

const plans = [
  {
    name: 'Blade',
    holder: 'Marcus Vane',
    adult: 'Tyrell Ash',
    child: 'Jayden Cole',
    streets: ['Hatfield Road', 'Sutton Road'],
    vrm: 'BL12ADE',
  },
  {
    name: 'Spice',
    holder: 'Dion Creed',
    adult: 'Kyle Marsh',
    child: 'Reece Dunn',
    streets: ['Verulam Road', 'Catherine Street'],
    vrm: 'SP21ICE',
  },
  {
    name: 'Ghost',
    holder: 'Kai Rowe',
    adult: 'Liam Hart',
    child: 'Owen Pike',
    streets: ['London Road', 'Camp Road'],
    vrm: 'GH05TTT',
  },
];

const dayOf = (offset: number) => new Date(Date.UTC(2026, 9, 1 + offset)).toISOString().slice(0, 10);

export async function buildNetworkWorld(services: Services, seed = 7): Promise<NetworkWorld> {
  const random = seededRandom(seed);
  const allReports: string[] = [];
  const idOf = new Map<string, string>();

  async function report(day: string, observations: Observation[], advertisesDrugs = false): Promise<string> {
    const reportId = randomUUID();
    allReports.push(reportId);
    await services.db.transaction().execute(async (tx) => {
      const { entities } = await ingestReportObservations(tx, services, { reportId, observedOn: day, observations });
      for (const e of entities) idOf.set(`${e.kind}:${e.observation.key}`, e.id);
      await correlateReport(
        tx,
        { clock: services.clock, thresholds: defaultThresholds },
        { reportId, observedOn: day, childConcern: null, cuckooingSigns: false, advertisesDrugs },
        entities,
      );
    });
    return reportId;
  }
  const id = (o: Observation) => idOf.get(`${o.kind}:${o.key}`) ?? '';

  const networks: PlantedNetwork[] = [];
  for (const [i, plan] of plans.entries()) {
    const o = {
      linePhone: phone(`+4477009${String(i)}0001`),
      holderPhone: phone(`+4477009${String(i)}0002`),
      holder: person(plan.holder),
      adultRunner: person(plan.adult),
      childRunner: person(plan.child),
      trapHouse: address(10 + i, plan.streets[0] ?? ''),
      stash: address(20 + i, plan.streets[1] ?? ''),
      vehicle: vehicle(plan.vrm),
    };
    const start = i * 3;
    const reports = [
      await report(dayOf(start), [o.linePhone, o.trapHouse], true),
      await report(dayOf(start + 1), [o.linePhone, o.holder, o.holderPhone]),
      await report(dayOf(start + 2), [o.holder, o.adultRunner, o.vehicle]),
      await report(dayOf(start + 3), [o.holder, o.childRunner]),
      await report(dayOf(start + 4), [o.childRunner, o.trapHouse, o.linePhone]),
      await report(dayOf(start + 5), [o.adultRunner, o.stash, o.vehicle]),
      await report(dayOf(start + 6), [o.trapHouse, o.vehicle]),
      await report(dayOf(start + 7), [o.trapHouse, o.adultRunner]),
      await report(dayOf(start + 8), [o.linePhone, o.childRunner]),
      await report(dayOf(start + 9), [o.holder, o.linePhone]),
    ];
    const ids = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, id(v)])) as Record<keyof typeof o, string>;
    await setDetails(services, ids.childRunner, { age: 15 });
    await setDetails(services, ids.holder, { age: 27 });
    networks.push({ name: plan.name, ...ids, entityIds: new Set(Object.values(ids)), reportIds: reports });
  }

  // Noise: 40 unrelated entities co-mentioned at random, plus two weak bridges into the networks.
  const noise: Observation[] = Array.from({ length: 40 }, (_, n) =>
    n % 3 === 0
      ? phone(`+447700950${String(100 + n)}`)
      : n % 3 === 1
        ? person(`Noise Person ${String(n)}`)
        : vehicle(`NZ${String(10 + n)}XYZ`),
  );
  const pick = () => noise[Math.floor(random() * noise.length)] ?? noise[0]!;
  for (let n = 0; n < 60; n += 1) {
    const [a, b] = [pick(), pick()];
    if (a.key !== b.key) await report(dayOf(20 + (n % 10)), [a, b]);
  }
  await report(dayOf(25), [vehicle(plans[0]!.vrm), noise[0]!]);
  await report(dayOf(26), [address(21, plans[1]!.streets[1]!), noise[1]!]);
  const noiseIds = noise.map(id).filter((x) => x !== '');
  return { networks, noiseIds, reportIds: allReports };
}

export async function setDetails(services: Services, entityId: string, details: EntityDetails): Promise<void> {
  await services.db
    .updateTable('pole_entities')
    .set({ details_sealed: sealEntityDetails(services.sealer, entityId, details) })
    .where('id', '=', entityId)
    .execute();
}

/** Every stored link, for reference traversals in tests. */
export async function loadAllLinks(services: Services) {
  const rows = await services.db
    .selectFrom('pole_links')
    .select(['id', 'entity_a', 'entity_b', 'confidence', 'first_seen', 'last_seen'])
    .execute();
  const day = (v: Date | string) => (typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10));
  return rows.map((r) => ({ ...r, first_seen: day(r.first_seen), last_seen: day(r.last_seen) }));
}

/** Breadth-first distances over an in-memory link list (the reference the SQL traversal must match). */
export function referenceDistances(
  links: readonly { entity_a: string; entity_b: string }[],
  seeds: readonly string[],
  maxHops = Infinity,
): Map<string, number> {
  const adjacency = new Map<string, string[]>();
  for (const l of links) {
    adjacency.set(l.entity_a, [...(adjacency.get(l.entity_a) ?? []), l.entity_b]);
    adjacency.set(l.entity_b, [...(adjacency.get(l.entity_b) ?? []), l.entity_a]);
  }
  const distance = new Map(seeds.map((s) => [s, 0]));
  let frontier = [...seeds];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacency.get(node) ?? []) {
        if (!distance.has(other)) {
          distance.set(other, hop);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return distance;
}
