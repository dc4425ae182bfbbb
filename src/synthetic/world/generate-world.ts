// generateWorld: a whole synthetic St Albans district from one seed — the people, homes, cars and
// County Lines (buildWorld), the public reports they cause (generateReports) and the ground truth
// needed to score triage, entity matching and alerting against them, and the operational history
// that follows from them (generateOperations).
import { buildLine } from './build-lines.ts';
import { createPopulation, populateDistrict } from './build-population.ts';
import { generateReports } from './generate-reports.ts';
import { LINE_BRANDS } from './names.ts';
import { generateOperations, lineSightings } from './operations.ts';
import { createPhoneAllocator } from './phones.ts';
import { PUBLIC_PLACES } from './places.ts';
import { createRng } from './prng.ts';
import { resolveWorldOptions, type ResolvedWorldOptions, type WorldOptions } from './world-options.ts';
import type { PublicReport, ReportTruth, World, WorldGroundTruth, WorldOperations } from './world.types.ts';

export type GeneratedWorld = {
  readonly options: ResolvedWorldOptions;
  readonly world: World;
  readonly reports: PublicReport[];
  readonly groundTruth: WorldGroundTruth;
  /** What the police did about the lines: targets, warrants, arrests, seizures, charges, disruptions. */
  readonly operations: WorldOperations;
};

/** The district and its lines, without reports. */
export function buildWorld(options: WorldOptions): World {
  const { seed, lines, startDay, days, residents } = resolveWorldOptions(options);
  const population = createPopulation(seed);
  populateDistrict(population, createRng(seed, 'district'), residents);
  const phones = createPhoneAllocator(createRng(seed, 'phones'));
  const brands = createRng(seed, 'brands').sample(LINE_BRANDS, lines);
  const context = { population, phones, startDay, days };
  const countyLines = brands.map((brand, index) => buildLine(context, seed, index, brand));
  return {
    seed,
    startDay,
    days,
    people: population.people,
    addresses: population.addresses,
    vehicles: population.vehicles,
    lines: countyLines,
    places: PUBLIC_PLACES,
  };
}

/** What is true about the world's lines, independent of any report. */
export function worldGroundTruth(world: World, reports: ReportTruth[] = []): WorldGroundTruth {
  const person = new Map(world.people.map((p) => [p.id, p]));
  const isChild = (id: string) => (person.get(id)?.age ?? 99) < 18;
  return {
    seed: world.seed,
    lines: world.lines.map((line) => ({
      lineId: line.id,
      name: line.name,
      numbers: line.numbers.map((n) => n.e164),
      holderId: line.holderId,
      runnerIds: line.runnerIds,
      childRunnerIds: line.runnerIds.filter(isChild),
      driverIds: line.driverIds,
      vehicleIds: line.vehicleIds,
      trapAddressIds: line.trapHouses.map((t) => t.addressId),
      cuckooedAddressIds: line.trapHouses.filter((t) => t.cuckooed).map((t) => t.addressId),
      customerIds: line.customerIds,
    })),
    trapHouses: world.lines.flatMap((line) => line.trapHouses.map((trap) => ({ ...trap, lineId: line.id }))),
    exploitedChildren: world.lines.flatMap((line) =>
      line.runnerIds
        .filter(isChild)
        .map((personId) => ({ personId, lineId: line.id, age: person.get(personId)?.age ?? 0 })),
    ),
    exploitedAdults: world.lines.flatMap((line) => [
      ...line.trapHouses.flatMap((t) =>
        t.residentId === null ? [] : [{ personId: t.residentId, lineId: line.id, how: 'cuckooed' as const }],
      ),
      // Local adults running for the line (usually users paying off a debt), not the hub's own members.
      ...line.runnerIds
        .filter((id) => !isChild(id) && person.get(id)?.addressId !== null)
        .map((personId) => ({ personId, lineId: line.id, how: 'runner' as const })),
    ]),
    reports,
  };
}

/** A complete world with its reports held in memory: for tests, demos and a few thousand reports. */
export function generateWorld(options: WorldOptions): GeneratedWorld {
  const resolved = resolveWorldOptions(options);
  const world = buildWorld(resolved);
  const reports: PublicReport[] = [];
  const truths: ReportTruth[] = [];
  for (const { report, truth } of generateReports(world, resolved.reports)) {
    reports.push(report);
    truths.push(truth);
  }
  return {
    options: resolved,
    world,
    reports,
    groundTruth: worldGroundTruth(world, truths),
    operations: generateOperations(world, lineSightings(reports, truths)),
  };
}
