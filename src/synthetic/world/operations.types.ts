// The police side of the world (issue 14): what operations did about its lines, consistent with
// the ground truth in world.types.ts. Codes follow the operations module's vocabularies (controlled
// drugs, MDA offences, Home Office outcome types 1–22).
import type { Day } from './world.types.ts';

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
