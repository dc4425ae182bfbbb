// The County Lines networks, modelled on the NCA's typical scenario (DOMAIN.md §3.1–3.2): a line
// holder in an urban hub, a branded deal-line number that re-brands to a successor, child and
// adult runners, a driver and cars, trap houses that are mostly cuckooed homes of vulnerable
// local people, and local customers.
import { addDays } from './days.ts';
import { describeYoung, inventName, inventNickname, type Population } from './build-population.ts';
import { HUBS } from './names.ts';
import { inventImei, type PhoneAllocator } from './phones.ts';
import { PUBLIC_PLACES, STREETS } from './places.ts';
import { createRng, type Rng } from './prng.ts';
import { inventVehicle } from './vehicles.ts';
import type { CountyLine, Day, Handset, LineNumber, Person, PersonRole, TrapHouse } from './world.types.ts';

type Span = { from: number; to: number };

type LineContext = {
  readonly population: Population;
  readonly phones: PhoneAllocator;
  readonly startDay: Day;
  readonly days: number;
};

/** Cuts [from, to] into `parts` consecutive pieces at random points, each at least a week long where possible. */
function splitSpan(rng: Rng, span: Span, parts: number): Span[] {
  const length = span.to - span.from + 1;
  const cuts: number[] = [];
  for (let i = 1; i < parts; i++) {
    const centre = Math.floor((length * i) / parts);
    const wobble = Math.floor(length / (parts * 4));
    cuts.push(span.from + Math.max(1, centre + rng.int(-wobble, wobble)));
  }
  const edges = [span.from, ...cuts, span.to + 1];
  return edges.slice(0, -1).map((from, i) => ({ from, to: (edges[i + 1] ?? span.to + 1) - 1 }));
}

function newOutsider(
  ctx: LineContext,
  rng: Rng,
  init: { age: number; hub: string; roles: PersonRole[]; lineId: string },
) {
  const sex: Person['sex'] = init.roles.includes('child') && rng.chance(0.2) ? 'female' : 'male';
  const person: Person = {
    id: ctx.population.nextPersonId(),
    ...inventName(rng, sex, init.age),
    nickname: rng.chance(0.8) ? inventNickname(rng) : null,
    sex,
    age: init.age,
    addressId: null,
    hometown: init.hub,
    roles: init.roles,
    vulnerabilities: [],
    appearance: describeYoung(rng),
    phones: [ctx.phones.nextMobile()],
    lineId: init.lineId,
  };
  ctx.population.people.push(person);
  return person;
}

export function buildLine(ctx: LineContext, seed: number, index: number, brand: string): CountyLine {
  const rng = createRng(seed, 'line', index);
  const id = `line-${String(index + 1)}`;
  const last = ctx.days - 1;
  const hub = rng.weighted(HUBS);
  // The first line runs all period and always re-brands, so every world shows a successor number.
  const from = index === 0 || rng.chance(0.6) ? 0 : rng.int(0, Math.floor(ctx.days * 0.5));
  const to = index === 0 || rng.chance(0.7) ? last : rng.int(Math.min(last, from + Math.floor(ctx.days * 0.3)), last);
  const span = { from, to };
  const length = to - from + 1;
  const numberCount =
    length < 21
      ? 1
      : index === 0
        ? 2
        : rng.weighted([
            [1, 45],
            [2, 40],
            [3, 15],
          ] as const);
  const day = (offset: number) => addDays(ctx.startDay, offset);

  let previous: string | null = null;
  const numbers: LineNumber[] = splitSpan(rng, span, numberCount).map((piece) => {
    const e164 = ctx.phones.nextMobile();
    // Handsets are swapped more often than numbers: a number may move to a new phone mid-life.
    const handsetSpans = piece.to - piece.from > 30 && rng.chance(0.4) ? splitSpan(rng, piece, 2) : [piece];
    const handsets: Handset[] = handsetSpans.map((h) => ({ imei: inventImei(rng), from: day(h.from), to: day(h.to) }));
    const number: LineNumber = { e164, from: day(piece.from), to: day(piece.to), handsets, succeeds: previous };
    previous = e164;
    return number;
  });

  const { population } = ctx;
  const holder = newOutsider(ctx, rng, { age: rng.int(19, 32), hub, roles: ['line_holder'], lineId: id });
  const runners: Person[] = [];
  const childRunners = rng.int(1, 3);
  for (let c = 0; c < childRunners; c++) {
    const local = population.children.filter((p) => p.age >= 14 && p.lineId === null);
    const child = local.length > 0 && rng.chance(0.4) ? rng.pick(local) : null;
    if (child) {
      child.roles.push('runner');
      child.lineId = id;
      child.nickname = inventNickname(rng); // a new street name is itself a warning sign
      child.phones.push(ctx.phones.nextMobile());
      runners.push(child);
    } else {
      runners.push(newOutsider(ctx, rng, { age: rng.int(14, 17), hub, roles: ['child', 'runner'], lineId: id }));
    }
  }
  for (let a = rng.int(0, 2); a > 0; a--) {
    const users = population.adults.filter((p) => p.vulnerabilities.includes('drug_use') && p.lineId === null);
    const local = users.length > 0 && rng.chance(0.4) ? rng.pick(users) : null;
    if (local) {
      // A local user running for the line, often to pay off a debt: exploited as well as offending.
      local.roles.push('runner');
      local.lineId = id;
      runners.push(local);
    } else {
      runners.push(newOutsider(ctx, rng, { age: rng.int(18, 24), hub, roles: ['runner'], lineId: id }));
    }
  }
  const driver = newOutsider(ctx, rng, { age: rng.int(20, 35), hub, roles: ['driver'], lineId: id });

  const vehicleIds: string[] = [];
  for (const hire of rng.chance(0.4) ? [false, true] : [false]) {
    const vehicle = {
      id: population.nextVehicleId(),
      vrm: population.newRegistration(rng),
      ...inventVehicle(rng),
      hire,
      keeperId: hire ? null : driver.id,
      lineId: id,
    };
    population.vehicles.push(vehicle);
    vehicleIds.push(vehicle.id);
  }

  const trapHouses: TrapHouse[] = splitSpan(rng, span, length < 30 ? 1 : rng.int(1, 3)).map((piece) => {
    const free = population.cuckooable.filter((p) => p.lineId === null);
    const resident = rng.chance(0.8) && free.length > 0 ? rng.pick(free) : null;
    const period = { from: day(piece.from), to: day(Math.min(to, piece.to + rng.int(0, 5))) };
    if (resident?.addressId) {
      resident.roles.push('cuckooed_resident');
      resident.lineId = id;
      return { addressId: resident.addressId, cuckooed: true, residentId: resident.id, ...period };
    }
    // No one left to exploit, or the line rents instead: a short let used as a trap.
    const address = population.addAddress(rng, rng.pick(STREETS), 'short_let');
    return { addressId: address.id, cuckooed: false, residentId: null, ...period };
  });

  const candidates = population.adults.filter((p) => p.roles.includes('resident') && p.id !== holder.id);
  const users = candidates.filter((p) => p.vulnerabilities.some((v) => v === 'drug_use' || v === 'alcohol_use'));
  const customers = [...new Set([...rng.sample(users, rng.int(4, 10)), ...rng.sample(candidates, rng.int(4, 10))])];
  for (const customer of customers) if (!customer.roles.includes('customer')) customer.roles.push('customer');

  return {
    id,
    brand,
    name: `the ${brand} line`,
    hub,
    drugs: rng.weighted([
      [['crack', 'heroin'], 70],
      [['crack', 'heroin', 'cocaine'], 15],
      [['cocaine'], 8],
      [['cannabis', 'cocaine'], 7],
    ]),
    activeFrom: day(from),
    activeTo: day(to),
    holderId: holder.id,
    runnerIds: runners.map((r) => r.id),
    driverIds: [driver.id],
    vehicleIds,
    customerIds: customers.map((c) => c.id).sort(),
    numbers,
    trapHouses,
    placeIds: rng.sample(PUBLIC_PLACES, rng.int(1, 2)).map((p) => p.id),
  };
}
