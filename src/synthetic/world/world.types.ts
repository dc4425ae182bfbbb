// The shapes of a synthetic world and the ground truth behind the public reports it produces
// (the reports themselves are in report.types.ts, the police side in operations.types.ts).
// Everything is plain JSON (ids are strings, days are 'YYYY-MM-DD') so a world can be
// written to disk, diffed and loaded by other tools.
import type { PublicPlace } from './places.ts';
import type { ReportTruth } from './report.types.ts';

export type Day = string;

export type Vulnerability =
  | 'drug_use'
  | 'alcohol_use'
  | 'learning_disability'
  | 'mental_health'
  | 'older_living_alone'
  | 'care_leaver'
  | 'physical_ill_health';

export type PersonRole =
  | 'resident'
  | 'vulnerable_adult'
  | 'child'
  | 'line_holder'
  | 'runner'
  | 'driver'
  | 'customer'
  | 'recreational_user'
  | 'cuckooed_resident';

export type Appearance = {
  readonly build: string | null;
  /** Reads after a noun: "in a black north face puffer", "with grey hair". */
  readonly look: string;
  readonly feature: string | null;
};

export type Person = {
  readonly id: string;
  readonly firstName: string;
  readonly surname: string;
  /** Mutable while a world is built: a child drawn into a line picks up a new street name. */
  nickname: string | null;
  readonly sex: 'female' | 'male';
  readonly age: number;
  /** Home in the district; null for people who live in the urban hub. */
  readonly addressId: string | null;
  readonly hometown: string;
  readonly roles: PersonRole[];
  readonly vulnerabilities: Vulnerability[];
  /** What a neighbour would notice, as parts a reporter can pick from. */
  readonly appearance: Appearance;
  /** Personal handsets, E.164. */
  readonly phones: string[];
  lineId: string | null;
};

export type Address = {
  readonly id: string;
  readonly flat: string | null;
  readonly houseNumber: string;
  readonly street: string;
  readonly town: string;
  readonly postcode: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly lsoa11cd: string;
  readonly kind: 'house' | 'flat' | 'short_let';
};

export type Vehicle = {
  readonly id: string;
  readonly vrm: string;
  readonly make: string;
  readonly model: string;
  readonly colour: string;
  readonly hire: boolean;
  readonly keeperId: string | null;
  readonly lineId: string | null;
};

/** A handset the deal line ran on, for part of the number's life. */
export type Handset = { readonly imei: string; readonly from: Day; readonly to: Day };

/** One number of a deal line; a line re-brands by moving its customers to a successor number. */
export type LineNumber = {
  readonly e164: string;
  readonly from: Day;
  readonly to: Day;
  readonly handsets: Handset[];
  /** The number this one replaced, if any. */
  readonly succeeds: string | null;
};

export type TrapHouse = {
  readonly addressId: string;
  readonly cuckooed: boolean;
  /** The vulnerable adult whose home was taken over (null for a short let). */
  readonly residentId: string | null;
  readonly from: Day;
  readonly to: Day;
};

export type CountyLine = {
  readonly id: string;
  readonly brand: string;
  /** How customers and neighbours say it: "the Blade line". */
  readonly name: string;
  readonly hub: string;
  readonly drugs: string[];
  readonly activeFrom: Day;
  readonly activeTo: Day;
  readonly holderId: string;
  readonly runnerIds: string[];
  readonly driverIds: string[];
  readonly vehicleIds: string[];
  readonly customerIds: string[];
  readonly numbers: LineNumber[];
  readonly trapHouses: TrapHouse[];
  /** Public places where the line's runners meet customers. */
  readonly placeIds: string[];
};

export type World = {
  readonly seed: number;
  readonly startDay: Day;
  readonly days: number;
  readonly people: Person[];
  readonly addresses: Address[];
  readonly vehicles: Vehicle[];
  readonly lines: CountyLine[];
  readonly places: readonly PublicPlace[];
};

export type LineTruth = {
  readonly lineId: string;
  readonly name: string;
  readonly numbers: string[];
  readonly holderId: string;
  readonly runnerIds: string[];
  readonly childRunnerIds: string[];
  readonly driverIds: string[];
  readonly vehicleIds: string[];
  readonly trapAddressIds: string[];
  readonly cuckooedAddressIds: string[];
  readonly customerIds: string[];
};

export type WorldGroundTruth = {
  readonly seed: number;
  readonly lines: LineTruth[];
  readonly trapHouses: (TrapHouse & { lineId: string })[];
  readonly exploitedChildren: { personId: string; lineId: string; age: number }[];
  readonly exploitedAdults: { personId: string; lineId: string; how: 'cuckooed' | 'runner' }[];
  readonly reports: ReportTruth[];
};

// The reports and the police side have files of their own; this file re-exports them so every
// importer of world.types.ts still finds them here.
export * from './report.types.ts';
export type * from './operations.types.ts';
