// The world's operational history (issue 14): what the police did about each line, drawn from its
// ground truth the way the demo's demo-operations.ts draws it from the stored deal lines. Targets
// are the line's own adults (the holder, its drivers, the hub's runners), never the children or
// local users it exploits; a warrant is sought for a trap house once the public has reported it,
// issued, and executed while the line still uses the house (or left to expire if it moved on);
// the entry arrests the runners found there (a child's arrest records "NRM and s.45 considered"
// before any charging decision), seizes the line's drugs, cash and the handset holding the line's
// number that day, and the line is disrupted on that evidence until a successor number re-opens it.
import { addDays } from './days.ts';
import { createRng } from './prng.ts';
import { indexWorld } from './world-index.ts';
import type {
  CountyLine,
  Day,
  PublicReport,
  ReportTruth,
  World,
  WorldArrest,
  WorldCharge,
  WorldDisruption,
  WorldDrug,
  WorldOperations,
  WorldSeizure,
  WorldSeizureItem,
  WorldTarget,
  WorldWarrant,
} from './world.types.ts';

/** PACE s.16(3): a warrant may be executed within three months of issue (the service's default). */
export const WARRANT_VALIDITY_DAYS = 91;

const drugOf: Readonly<Record<string, WorldDrug>> = {
  crack: 'crack_cocaine',
  heroin: 'heroin',
  cocaine: 'cocaine',
  cannabis: 'cannabis',
};
const formOf: Readonly<Record<WorldDrug, 'wraps' | 'powder' | 'herbal'>> = {
  crack_cocaine: 'wraps',
  heroin: 'wraps',
  cocaine: 'powder',
  cannabis: 'herbal',
};

/** What the police can know of a report about a line: when it came in and the addresses in it. */
export type LineSighting = {
  readonly reportId: string;
  readonly submittedOn: Day;
  readonly lineId: string;
  readonly addressIds: readonly string[];
};

/** The sightings of the line reports among generated reports (noise has none). */
export function lineSightings(reports: readonly PublicReport[], truths: readonly ReportTruth[]): LineSighting[] {
  return truths.flatMap((truth, i) => {
    const report = reports[i];
    return truth.lineId === null || report === undefined
      ? []
      : [
          {
            reportId: truth.reportId,
            submittedOn: report.submittedOn,
            lineId: truth.lineId,
            addressIds: truth.addressIds,
          },
        ];
  });
}

export function generateOperations(world: World, sightings: readonly LineSighting[]): WorldOperations {
  const index = indexWorld(world);
  const lastDay = addDays(world.startDay, world.days - 1);
  const submitted = new Map(sightings.map((r) => [r.reportId, r.submittedOn]));
  const ops: WorldOperations = { targets: [], warrants: [], arrests: [], seizures: [], charges: [], disruptions: [] };
  for (const line of world.lines) planLine(line);
  return ops;

  function planLine(line: CountyLine): void {
    const rng = createRng(world.seed, 'operations', line.id);
    const person = (id: string) => index.person(id);
    const isChild = (id: string) => person(id).age < 18;
    // A local adult running for the line is a user paying off a debt: exploited, not a target.
    const isLocalUser = (id: string) => !isChild(id) && person(id).addressId !== null;

    // Targets: the holder, the drivers and the hub's adult runners, from a fortnight into the line.
    const targetFrom = minDay(addDays(line.activeFrom, 14), lastDay);
    const targets: WorldTarget[] = [
      { personId: line.holderId, lineId: line.id, role: 'line_holder', from: targetFrom },
      ...line.driverIds.map((id) => ({ personId: id, lineId: line.id, role: 'driver' as const, from: targetFrom })),
      ...line.runnerIds
        .filter((id) => !isChild(id) && !isLocalUser(id))
        .map((id) => ({ personId: id, lineId: line.id, role: 'runner' as const, from: targetFrom })),
    ];
    ops.targets.push(...targets);

    // The warrant: for the trap house the public reported most, once two reports are in.
    const grounds = line.trapHouses.map((trap) => ({
      trap,
      reportIds: sightings
        .filter((t) => t.lineId === line.id && t.addressIds.includes(trap.addressId))
        .map((t) => t.reportId)
        .filter((id) => {
          const on = submitted.get(id);
          return on !== undefined && trap.from <= on && on <= trap.to;
        })
        .sort((a, b) => (submitted.get(a) ?? '').localeCompare(submitted.get(b) ?? '') || a.localeCompare(b)),
    }));
    const chosen = grounds
      .filter((g) => g.reportIds.length > 0)
      .sort((a, b) => b.reportIds.length - a.reportIds.length)[0];
    if (!chosen) return;
    const cited = chosen.reportIds.slice(0, 2);
    const appliedOn = minDay(addDays(submitted.get(cited.at(-1) ?? '') ?? chosen.trap.from, rng.int(1, 4)), lastDay);
    const issuedOn = minDay(addDays(appliedOn, 1), lastDay);
    const expiresOn = addDays(issuedOn, WARRANT_VALIDITY_DAYS - 1);
    const plannedOn = addDays(issuedOn, rng.int(2, 12));
    // Executed while the line still uses the house and the world still runs; else it lapses.
    const executedOn = plannedOn <= chosen.trap.to && plannedOn <= lastDay ? plannedOn : null;
    const status = executedOn !== null ? 'executed' : expiresOn <= lastDay ? 'expired' : 'issued';
    const runnersThere = executedOn === null ? [] : pickRunners(line, rng, isChild);
    const drugs = line.drugs.flatMap((d) => {
      const code = drugOf[d];
      return code ? [code] : [];
    });
    const warrantId = rng.uuid();
    const warrant: WorldWarrant = {
      id: warrantId,
      lineId: line.id,
      addressId: chosen.trap.addressId,
      personIds: [line.holderId, ...line.runnerIds.filter((id) => !isChild(id))],
      groundReportIds: cited,
      drugsSought: drugs,
      appliedOn,
      issuedOn,
      expiresOn,
      status,
      executedOn,
      childrenPresent: runnersThere.some(isChild),
      vulnerableAdultsPresent: executedOn !== null && chosen.trap.cuckooed,
    };
    ops.warrants.push(warrant);
    if (executedOn === null) return;

    // The entry: runners arrested, the line's drugs, cash and phone seized.
    const arrests: WorldArrest[] = runnersThere.map((personId) => ({
      id: rng.uuid(),
      personId,
      lineId: line.id,
      on: executedOn,
      addressId: chosen.trap.addressId,
      warrantId,
      child: isChild(personId),
      exploited: isChild(personId) || isLocalUser(personId),
      nrmS45ConsideredOn: isChild(personId) ? executedOn : null,
    }));
    ops.arrests.push(...arrests);
    const number = index.numberOn(line, executedOn);
    const items: WorldSeizureItem[] = [
      ...drugs.map((drug) => ({ kind: 'drug' as const, drug, form: formOf[drug], grams: rng.int(30, 300) / 10 })),
      { kind: 'cash', amountPence: rng.int(40, 600) * 500 },
      { kind: 'phone', number: number.e164, lineId: line.id },
    ];
    const seizure: WorldSeizure = {
      id: rng.uuid(),
      lineId: line.id,
      on: executedOn,
      addressId: chosen.trap.addressId,
      warrantId,
      arrestId: null,
      items,
    };
    ops.seizures.push(seizure);
    for (const arrest of arrests) ops.charges.push(...chargesFor(arrest, rng.uuid(), rng.uuid()));

    // A roadside stop of the driver in one of the line's vehicles, some days later.
    const stopOn = addDays(executedOn, rng.int(3, 20));
    const driverId = line.driverIds[0];
    const vehicleId = line.vehicleIds[0];
    if (
      driverId !== undefined &&
      vehicleId !== undefined &&
      stopOn <= minDay(line.activeTo, lastDay) &&
      rng.chance(0.6)
    ) {
      const arrest: WorldArrest = {
        id: rng.uuid(),
        personId: driverId,
        lineId: line.id,
        on: stopOn,
        addressId: null,
        warrantId: null,
        child: false,
        exploited: false,
        nrmS45ConsideredOn: null,
      };
      const found: WorldSeizure = {
        id: rng.uuid(),
        lineId: line.id,
        on: stopOn,
        addressId: null,
        warrantId: null,
        arrestId: arrest.id,
        items: [
          { kind: 'vehicle', vehicleId },
          { kind: 'cash', amountPence: rng.int(20, 200) * 500 },
        ],
      };
      ops.arrests.push(arrest);
      ops.seizures.push(found);
      ops.charges.push({ id: rng.uuid(), arrestId: arrest.id, offence: 'mda_s4_3', outcomeType: 1, decidedOn: stopOn });
    }

    // The line is disrupted on the entry's evidence; a later number re-opens it.
    const successor = line.numbers.find((n) => n.from > executedOn && n.succeeds !== null);
    const disruption: WorldDisruption = {
      lineId: line.id,
      on: executedOn,
      status: 'disrupted',
      evidence: [
        { kind: 'warrant', id: warrantId },
        { kind: 'seizure', id: seizure.id },
        ...arrests.map((a) => ({ kind: 'arrest' as const, id: a.id })),
      ],
      reopenedBy: successor?.e164 ?? null,
    };
    ops.disruptions.push(disruption);
  }
}

/** Up to two runners found at the entry: an adult first where there is one, and a child. */
function pickRunners(line: CountyLine, rng: ReturnType<typeof createRng>, isChild: (id: string) => boolean) {
  const adults = line.runnerIds.filter((id) => !isChild(id));
  const children = line.runnerIds.filter(isChild);
  return [...rng.sample(adults, 1), ...rng.sample(children, 1)];
}

/**
 * A charging decision per arrest: possession with intent to supply, charged (type 1), for the
 * line's adults; a local user running for the line is charged with possession (s.5(2)) after the
 * exploitation is weighed; a child is diverted (type 22) the day after "NRM and s.45 considered".
 */
function chargesFor(arrest: WorldArrest, id: string, secondId: string): WorldCharge[] {
  if (arrest.child) {
    return [{ id, arrestId: arrest.id, offence: 'mda_s5_2', outcomeType: 22, decidedOn: addDays(arrest.on, 1) }];
  }
  if (arrest.exploited) {
    return [{ id, arrestId: arrest.id, offence: 'mda_s5_2', outcomeType: 1, decidedOn: addDays(arrest.on, 1) }];
  }
  return [
    { id, arrestId: arrest.id, offence: 'mda_s5_3', outcomeType: 1, decidedOn: arrest.on },
    { id: secondId, arrestId: arrest.id, offence: 'mda_s4_3', outcomeType: 1, decidedOn: arrest.on },
  ];
}

function minDay(a: Day, b: Day): Day {
  return a < b ? a : b;
}
