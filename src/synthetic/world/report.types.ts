// The public reports a synthetic world produces, and the truth behind each one.
import type { CuckooingSignCode, ExploitationSignCode } from './signs.ts';
import type { Day } from './world.types.ts';

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
