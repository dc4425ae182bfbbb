import type {
  AgeBand,
  CuckooingIndicator,
  DangerNow,
  DayOfWeek,
  ExploitationIndicator,
  FirstNoticed,
  ReportCategory,
  TimeOfDay,
  VisitLength,
  VisitorCount,
  YesNoUnknown,
} from '../../labels/report-vocabulary.ts';

// What a reporter tells us, one entry per page of the journey, already validated and
// normalised (trimmed, empty strings removed). This is the plaintext that is sealed at rest.

export type AboutAnswers = { categories: ReportCategory[]; otherDescription?: string };

export type WhereAnswers = {
  notAboutAPlace: boolean;
  building?: string;
  street?: string;
  /** True when the street was found in the St Albans district gazetteer. */
  streetInGazetteer?: boolean;
  town?: string;
  postcode?: string;
  place?: string;
};

export type CuckooingAnswers = { signs: CuckooingIndicator[]; otherSigns?: string };

/** A date the reporter gave, possibly without the day: "2026-11" or "2026-11-20". */
export type PartialDate = { year: number; month: number; day?: number };

export type WhenAnswers = {
  firstNoticed?: FirstNoticed;
  lastSeen?: PartialDate;
  allHours: boolean;
  timesOfDay: TimeOfDay[];
  days: DayOfWeek[];
  visitors?: VisitorCount;
  visitLength?: VisitLength;
  pattern?: string;
};

export type PersonAnswers = { description?: string; names?: string; age?: AgeBand };

export type WhoAnswers = {
  people: PersonAnswers[];
  childInvolved: YesNoUnknown;
  vulnerableAdultInvolved: YesNoUnknown;
  lifeAtRisk: YesNoUnknown;
  /** What the reporter said is happening right now (absent: not answered, or none of these). */
  dangerNow?: DangerNow[];
};

export type ExploitationAnswers = { signs: ExploitationIndicator[]; otherSigns?: string };

export type VehicleAnswers = {
  make?: string;
  model?: string;
  colour?: string;
  /** Upper case; may be partial, with ? for characters the reporter did not see. */
  registration?: string;
  description?: string;
};

export type PhoneAnswers = {
  /** As typed, tidied; E.164 when it parses as a UK or international number. */
  number?: string;
  messageText?: string;
};

export type PhonesAnswers = { phones: PhoneAnswers[]; accounts?: string };

export type AnythingElseAnswers = {
  details?: string;
  /** Phone channel only: the 101 incident number or Crimestoppers reference of the call. */
  callReference?: string;
};

export type ContactAnswers =
  | { choice: 'anonymous' }
  | {
      choice: 'contact';
      name?: string;
      phone?: string;
      email?: string;
      safeToContact: 'yes' | 'no';
      safeContactNotes?: string;
      /**
       * Whether the safeguarding team may see these details too, asked when the report is about
       * a child or a vulnerable adult; absent means no.
       */
      shareWithSafeguarding?: 'yes' | 'no';
    };

export type ReportAnswers = {
  about?: AboutAnswers;
  where?: WhereAnswers;
  'home-taken-over'?: CuckooingAnswers;
  when?: WhenAnswers;
  who?: WhoAnswers;
  'young-person'?: ExploitationAnswers;
  vehicles?: { vehicles: VehicleAnswers[] };
  phones?: PhonesAnswers;
  'anything-else'?: AnythingElseAnswers;
  contact?: ContactAnswers;
};

export type PageId = keyof ReportAnswers;
