// The ordinary district the County Lines move into: households on real streets, with older
// people living alone, adults who use drugs or struggle with their mental health, families with
// teenagers, recreational users and the cars parked outside. Most public reports are about these
// people, and most of them have nothing to do with a line — which is what makes noise realistic.
import {
  FEMALE_ADULT_NAMES,
  FEMALE_YOUNG_NAMES,
  MALE_ADULT_NAMES,
  MALE_YOUNG_NAMES,
  NICKNAMES,
  SURNAMES,
} from './names.ts';
import { createRng, type Rng } from './prng.ts';
import { inventPostcode, STREETS, type StreetRecord } from './places.ts';
import { inventRegistration, inventVehicle } from './vehicles.ts';
import type { Address, Appearance, Person, PersonRole, Vehicle, Vulnerability } from './world.types.ts';

const YOUNG_LOOKS = [
  'in a black north face puffer',
  'in a grey nike tech tracksuit',
  'in a black tracksuit and a balaclava',
  'in white air forces with a man bag',
  'in a camo jacket',
  'in a black hoodie, hood always up',
  'in a puffer jacket and sliders',
  'all in black with a face mask',
  'in a grey trackie',
];
const YOUNG_FEATURES = [
  'always on an e-bike',
  'carries a gucci bag',
  'a scar through one eyebrow',
  'curly hair',
  'shaved head',
];
const BUILDS = ['skinny', 'short', 'tall', 'stocky', 'slim'];
const OLDER_LOOKS = [
  'with grey hair',
  'with a walking stick',
  'in a dressing gown',
  'with a little dog',
  'with glasses',
];

/** Mutable while the world is being built; frozen into World afterwards. */
export type Population = {
  people: Person[];
  addresses: Address[];
  vehicles: Vehicle[];
  /** People who live alone and are vulnerable: the homes County Lines take over. */
  cuckooable: Person[];
  children: Person[];
  adults: Person[];
  nextPersonId(): string;
  nextVehicleId(): string;
  /** A registration no other vehicle in the world has. */
  newRegistration(rng: Rng): string;
  addAddress(rng: Rng, street: StreetRecord, kind: Address['kind']): Address;
};

const pad = (n: number) => String(n).padStart(5, '0');

export function describeYoung(rng: Rng): Appearance {
  return {
    build: rng.pick(BUILDS),
    look: rng.pick(YOUNG_LOOKS),
    feature: rng.chance(0.4) ? rng.pick(YOUNG_FEATURES) : null,
  };
}

function describeOlder(rng: Rng): Appearance {
  return { build: rng.chance(0.3) ? rng.pick(BUILDS) : null, look: rng.pick(OLDER_LOOKS), feature: null };
}

export function inventName(rng: Rng, sex: Person['sex'], age: number): { firstName: string; surname: string } {
  const young = age < 30;
  const pool =
    sex === 'female' ? (young ? FEMALE_YOUNG_NAMES : FEMALE_ADULT_NAMES) : young ? MALE_YOUNG_NAMES : MALE_ADULT_NAMES;
  return { firstName: rng.pick(pool), surname: rng.pick(SURNAMES) };
}

export function inventNickname(rng: Rng): string {
  return rng.pick(NICKNAMES);
}

export function createPopulation(seed: number): Population {
  let personCount = 0;
  let vehicleCount = 0;
  const taken = new Set<string>();
  const registrations = new Set<string>();
  const postcodes = new Map<string, string[]>();
  const population: Population = {
    people: [],
    addresses: [],
    vehicles: [],
    cuckooable: [],
    children: [],
    adults: [],
    nextPersonId: () => `person-${pad(++personCount)}`,
    nextVehicleId: () => `vehicle-${pad(++vehicleCount)}`,
    newRegistration(rng) {
      let vrm = inventRegistration(rng);
      while (registrations.has(vrm)) vrm = inventRegistration(rng);
      registrations.add(vrm);
      return vrm;
    },
    addAddress(rng, street, kind) {
      let codes = postcodes.get(street.name);
      if (!codes) {
        // Stable per street: one or two fictional units, odd and even sides.
        const streetRng = createRng(seed, 'postcode', street.name);
        codes = [inventPostcode(streetRng, street), inventPostcode(streetRng, street)];
        postcodes.set(street.name, codes);
      }
      const max = street.name.endsWith('Close') ? 40 : 180;
      let houseNumber = '';
      let flat: string | null = null;
      for (let attempt = 0; attempt < 50; attempt++) {
        houseNumber = String(rng.int(1, max));
        flat = kind === 'house' ? null : String(rng.int(1, 12));
        if (!taken.has(`${street.name}|${houseNumber}|${flat ?? ''}`)) break;
      }
      taken.add(`${street.name}|${houseNumber}|${flat ?? ''}`);
      const address: Address = {
        id: `address-${pad(population.addresses.length + 1)}`,
        flat,
        houseNumber,
        street: street.name,
        town: street.town,
        postcode: codes[Number(houseNumber) % 2] ?? codes[0] ?? '',
        latitude: street.latitude,
        longitude: street.longitude,
        lsoa11cd: street.lsoa11cd,
        kind,
      };
      population.addresses.push(address);
      return address;
    },
  };
  return population;
}

type Household = 'single_older' | 'single_adult' | 'couple' | 'family' | 'shared';

function addPerson(
  population: Population,
  rng: Rng,
  init: { age: number; addressId: string; town: string; vulnerabilities?: Vulnerability[] },
): Person {
  const sex: Person['sex'] = rng.chance(0.5) ? 'female' : 'male';
  const roles: PersonRole[] = init.age < 18 ? ['child'] : ['resident'];
  const vulnerabilities = init.vulnerabilities ?? [];
  if (vulnerabilities.length > 0) roles.push('vulnerable_adult');
  if (init.age >= 18 && init.age <= 45 && rng.chance(0.1)) roles.push('recreational_user');
  const person: Person = {
    id: population.nextPersonId(),
    ...inventName(rng, sex, init.age),
    nickname: init.age < 18 && rng.chance(0.3) ? inventNickname(rng) : null,
    sex,
    age: init.age,
    addressId: init.addressId,
    hometown: init.town,
    roles,
    vulnerabilities,
    appearance: init.age < 25 ? describeYoung(rng) : describeOlder(rng),
    phones: [],
    lineId: null,
  };
  population.people.push(person);
  (init.age < 18 ? population.children : population.adults).push(person);
  return person;
}

const SINGLE_VULNERABILITIES: readonly (readonly [Vulnerability[], number])[] = [
  [['drug_use'], 4],
  [['alcohol_use'], 2],
  [['mental_health'], 3],
  [['learning_disability'], 2],
  [['care_leaver'], 1],
  [['drug_use', 'mental_health'], 2],
  [['physical_ill_health'], 1],
];

/** Adds households until the district holds about `residents` people. */
export function populateDistrict(population: Population, rng: Rng, residents: number): void {
  const streets = STREETS;
  while (population.people.length < residents) {
    const street = rng.pick(streets);
    const household = rng.weighted<Household>([
      ['single_older', 15],
      ['single_adult', 22],
      ['couple', 20],
      ['family', 33],
      ['shared', 10],
    ]);
    const flats = household === 'single_adult' || household === 'shared' || street.name.endsWith('Court');
    const address = population.addAddress(rng, street, flats && rng.chance(0.7) ? 'flat' : 'house');
    const at = { addressId: address.id, town: street.town };
    if (household === 'single_older') {
      const vulnerable: Vulnerability[] = rng.chance(0.4)
        ? ['older_living_alone', 'physical_ill_health']
        : ['older_living_alone'];
      const person = addPerson(population, rng, { ...at, age: rng.int(70, 92), vulnerabilities: vulnerable });
      population.cuckooable.push(person);
    } else if (household === 'single_adult') {
      const vulnerable = rng.chance(0.4) ? rng.weighted(SINGLE_VULNERABILITIES) : [];
      const age = vulnerable.includes('care_leaver') ? rng.int(18, 23) : rng.int(22, 68);
      const person = addPerson(population, rng, { ...at, age, vulnerabilities: vulnerable });
      if (vulnerable.length > 0) population.cuckooable.push(person);
    } else if (household === 'couple') {
      const age = rng.int(25, 80);
      addPerson(population, rng, { ...at, age });
      addPerson(population, rng, { ...at, age: age + rng.int(-4, 4) });
    } else if (household === 'family') {
      const parentAge = rng.int(30, 55);
      addPerson(population, rng, { ...at, age: parentAge });
      if (rng.chance(0.7)) addPerson(population, rng, { ...at, age: parentAge + rng.int(-4, 4) });
      // Only children old enough to be out on their own are modelled; they are the ones reports mention.
      const children = rng.int(1, 3);
      for (let c = 0; c < children; c++) {
        addPerson(population, rng, { ...at, age: Math.min(17, rng.int(10, Math.min(17, parentAge - 18))) });
      }
    } else {
      const sharers = rng.int(2, 4);
      for (let s = 0; s < sharers; s++) addPerson(population, rng, { ...at, age: rng.int(19, 35) });
    }
    if (household !== 'single_older' && rng.chance(0.35)) addResidentVehicle(population, rng, population.people.at(-1));
  }
}

function addResidentVehicle(population: Population, rng: Rng, keeper: Person | undefined): void {
  if (!keeper || keeper.age < 18) return;
  population.vehicles.push({
    id: population.nextVehicleId(),
    vrm: population.newRegistration(rng),
    ...inventVehicle(rng),
    hire: false,
    keeperId: keeper.id,
    lineId: null,
  });
}
