// The shapes of a synthetic world, the public reports it produces and the ground truth behind
// them. Everything is plain JSON (ids are strings, days are 'YYYY-MM-DD') so a world can be
// written to disk, diffed and loaded by other tools.
import type { PublicPlace } from './places.ts';
import type { CuckooingSignCode, ExploitationSignCode } from './signs.ts';

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

export const REPORT_CATEGORIES = [
  'dealing_at_address',
  'vehicle',
  'phone_or_messages',
  'young_person_exploited',
  'home_taken_over',
  'recreational_use',
  'something_else',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export type TimeOfDay = 'early_morning' | 'morning' | 'afternoon' | 'evening' | 'night';

export type StructuredAnswers = {
  where?: { street?: string; houseNumber?: string; postcode?: string };
  when?: { timesOfDay?: TimeOfDay[]; allHours?: boolean; visitorsPerDay?: number };
  people?: { description?: string; name?: string; nickname?: string; approxAge?: number }[];
  childInvolved?: boolean;
  vulnerableAdultInvolved?: boolean;
  vehicles?: { make?: string; model?: string; colour?: string; registration?: string }[];
  phones?: { number?: string; messageText?: string }[];
  cuckooingSigns?: CuckooingSignCode[];
  exploitationSigns?: ExploitationSignCode[];
};

/** A report as the public form or a call handler would store it. */
export type PublicReport = {
  readonly id: string;
  readonly submittedOn: Day;
  readonly channel: 'web' | 'phone';
  readonly category: ReportCategory;
  readonly freeText: string;
  readonly structured: StructuredAnswers;
  readonly anonymous: boolean;
};

/** Signal (about a County Line) or one of the kinds of noise. */
export type ReportKind = 'line' | 'recreational' | 'nuisance' | 'unrelated' | 'mistaken';

/** Where in the report a mention sits. */
export type MentionPlace = 'text' | 'structured' | 'both';

export type PersonMention = {
  /** The cluster every mention of one person shares: the person's world id. */
  readonly clusterId: string;
  /** How the reporter referred to them: a name, a nickname or a description. */
  readonly as: string;
  readonly in: MentionPlace;
};

export type ReportTruth = {
  readonly reportId: string;
  readonly kind: ReportKind;
  readonly noise: boolean;
  readonly lineId: string | null;
  /** What the report is really about, e.g. "trap_house", "deal_line", "mistaken.carers". */
  readonly subject: string;
  readonly addressIds: string[];
  readonly placeIds: string[];
  /** Numbers as written (normalised) and what they really are (null: nothing in the world). */
  readonly phones: { written: string; refersTo: string | null }[];
  /** Vehicles described, and how much of the registration the reporter gave. */
  readonly vehicles: { vehicleId: string; registration: 'full' | 'partial' | 'none' }[];
  readonly people: PersonMention[];
  readonly misspeltStreet: boolean;
};

export type GeneratedReport = { readonly report: PublicReport; readonly truth: ReportTruth };

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

// The police side of the world (issue 14): what operations did about its lines, consistent with
// the ground truth above. Codes follow the operations module's vocabularies (controlled drugs,
// MDA offences, Home Office outcome types 1–22).

export type WorldDrug = 'crack_cocaine' | 'heroin' | 'cocaine' | 'cannabis';

export type WorldSeizureItem =
  | {
      readonly kind: 'drug';
      readonly drug: WorldDrug;
      readonly form: 'wraps' | 'powder' | 'herbal';
      readonly grams: number;
    }
  | { readonly kind: 'cash'; readonly amountPence: number }
  /** A handset holding the line's number on the day: it links the seizure to its deal line. */
  | { readonly kind: 'phone'; readonly number: string; readonly lineId: string }
  | { readonly kind: 'vehicle'; readonly vehicleId: string };

export type WorldTarget = {
  readonly personId: string;
  readonly lineId: string;
  readonly role: 'line_holder' | 'driver' | 'runner';
  readonly from: Day;
};

export type WorldWarrant = {
  readonly id: string;
  readonly lineId: string;
  /** A trap house of the line: a real address of the world. */
  readonly addressId: string;
  /** People named on the application: the line's people believed to use the premises. */
  readonly personIds: string[];
  /** The line's reports about the address, submitted before the application. */
  readonly groundReportIds: string[];
  readonly drugsSought: WorldDrug[];
  readonly appliedOn: Day;
  readonly issuedOn: Day;
  /** The last day it may be executed (issue plus the validity). */
  readonly expiresOn: Day;
  readonly status: 'executed' | 'issued' | 'expired';
  readonly executedOn: Day | null;
  readonly childrenPresent: boolean;
  readonly vulnerableAdultsPresent: boolean;
};

export type WorldArrest = {
  readonly id: string;
  readonly personId: string;
  readonly lineId: string;
  readonly on: Day;
  /** Where: the warrant's premises, or null for a roadside stop. */
  readonly addressId: string | null;
  readonly warrantId: string | null;
  readonly child: boolean;
  /** Exploited by the line (a child, or a local user running for it). */
  readonly exploited: boolean;
  /** "NRM and s.45 defence considered": a child's, always before the charging decision. */
  readonly nrmS45ConsideredOn: Day | null;
};

export type WorldSeizure = {
  readonly id: string;
  readonly lineId: string;
  readonly on: Day;
  readonly addressId: string | null;
  readonly warrantId: string | null;
  readonly arrestId: string | null;
  readonly items: WorldSeizureItem[];
};

export type WorldCharge = {
  readonly id: string;
  readonly arrestId: string;
  readonly offence: 'mda_s4_3' | 'mda_s5_2' | 'mda_s5_3';
  /** Home Office outcome type, 1–22. */
  readonly outcomeType: number;
  readonly decidedOn: Day;
};

export type WorldDisruption = {
  readonly lineId: string;
  readonly on: Day;
  readonly status: 'disrupted';
  readonly evidence: { kind: 'warrant' | 'arrest' | 'seizure'; id: string }[];
  /** The successor number that re-opened the line after the disruption, if it re-branded. */
  readonly reopenedBy: string | null;
};

export type WorldOperations = {
  readonly targets: WorldTarget[];
  readonly warrants: WorldWarrant[];
  readonly arrests: WorldArrest[];
  readonly seizures: WorldSeizure[];
  readonly charges: WorldCharge[];
  readonly disruptions: WorldDisruption[];
};
