// Lookups the report generators need over and over, built once per world: who lives where, which
// lines, numbers and trap houses are active on a given day, and which addresses are ordinary homes
// (the ones noise reports are about).
import type { PublicPlace } from './places.ts';
import type { Address, CountyLine, Day, LineNumber, Person, TrapHouse, Vehicle, World } from './world.types.ts';

export type WorldIndex = {
  readonly world: World;
  person(id: string): Person;
  address(id: string): Address;
  vehicle(id: string): Vehicle;
  place(id: string): PublicPlace;
  residentsAt(addressId: string): readonly Person[];
  activeLines(day: Day): readonly CountyLine[];
  numberOn(line: CountyLine, day: Day): LineNumber;
  trapsOn(line: CountyLine, day: Day): readonly TrapHouse[];
  /** Homes with no part in any line: what nuisance and mistaken reports are about. */
  readonly ordinaryAddresses: readonly Address[];
  /** Children who are not runners. */
  readonly ordinaryChildren: readonly Person[];
  readonly recreationalUsers: readonly Person[];
  readonly residentVehicles: readonly Vehicle[];
  /** Adults living at an ordinary address (neighbours, carers' clients, party hosts). */
  readonly ordinaryAdults: readonly Person[];
  /** Older people living alone at an ordinary address: carers' visits get mistaken for dealing. */
  readonly olderNeighbours: readonly Person[];
  /** Every number anyone in the world uses; a misremembered number must avoid them. */
  readonly isNumberTaken: (e164: string) => boolean;
};

function lookup<T extends { id: string }>(items: readonly T[], what: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`no ${what} with id ${id}`);
    return found;
  };
}

// Days are ISO strings, so string comparison is date comparison.
const within = (day: Day, from: Day, to: Day) => from <= day && day <= to;

export function indexWorld(world: World): WorldIndex {
  const residents = new Map<string, Person[]>();
  for (const person of world.people) {
    if (person.addressId === null) continue;
    const list = residents.get(person.addressId) ?? [];
    list.push(person);
    residents.set(person.addressId, list);
  }
  const trapAddresses = new Set(world.lines.flatMap((line) => line.trapHouses.map((t) => t.addressId)));
  const ordinaryAddresses = world.addresses.filter((a) => a.kind !== 'short_let' && !trapAddresses.has(a.id));
  const ordinary = new Set(ordinaryAddresses.map((a) => a.id));
  const taken = new Set<string>([
    ...world.people.flatMap((p) => p.phones),
    ...world.lines.flatMap((l) => l.numbers.map((n) => n.e164)),
  ]);
  return {
    world,
    person: lookup(world.people, 'person'),
    address: lookup(world.addresses, 'address'),
    vehicle: lookup(world.vehicles, 'vehicle'),
    place: lookup(world.places, 'place'),
    residentsAt: (addressId) => residents.get(addressId) ?? [],
    activeLines: (day) => world.lines.filter((line) => within(day, line.activeFrom, line.activeTo)),
    numberOn(line, day) {
      const current = line.numbers.find((n) => within(day, n.from, n.to));
      const fallback = day < line.activeFrom ? line.numbers[0] : line.numbers.at(-1);
      const number = current ?? fallback;
      if (!number) throw new Error(`${line.id} has no numbers`);
      return number;
    },
    trapsOn(line, day) {
      const active = line.trapHouses.filter((t) => within(day, t.from, t.to));
      return active.length > 0 ? active : line.trapHouses.slice(-1);
    },
    ordinaryAddresses,
    ordinaryChildren: world.people.filter((p) => p.age < 18 && p.lineId === null && p.addressId !== null),
    recreationalUsers: world.people.filter(
      (p) => p.roles.includes('recreational_user') && p.addressId !== null && ordinary.has(p.addressId),
    ),
    residentVehicles: world.vehicles.filter((v) => v.lineId === null),
    ordinaryAdults: world.people.filter(
      (p) => p.age >= 18 && p.lineId === null && p.addressId !== null && ordinary.has(p.addressId),
    ),
    olderNeighbours: world.people.filter(
      (p) => p.vulnerabilities.includes('older_living_alone') && p.addressId !== null && ordinary.has(p.addressId),
    ),
    isNumberTaken: (e164) => taken.has(e164),
  };
}
