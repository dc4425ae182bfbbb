import type { AlertKind, AlertPriority } from './correlation.table.ts';

/** When a pattern in the reports becomes an alert. Every value is configurable (see config.ts). */
export type CorrelationThresholds = {
  /** Reports about one address within the window that suggest a trap house ("frequent callers"). */
  readonly trapHouseReports: number;
  readonly windowDays: number;
  /** Reports naming one phone number that suggest a deal line (or one bulk advertising text). */
  readonly dealLineReports: number;
  /** Flagged addresses one vehicle must be linked to before it is an alert. */
  readonly vehicleFlaggedAddresses: number;
};

export const defaultThresholds: CorrelationThresholds = {
  trapHouseReports: 3,
  windowDays: 28,
  dealLineReports: 2,
  vehicleFlaggedAddresses: 2,
};

/** What the rules need to know about a report besides its entities. */
export type ReportFacts = {
  readonly reportId: string;
  readonly observedOn: string;
  /** A child appears to be involved (an answer, or a child indicator found in the text). */
  readonly childInvolved: boolean;
  /** A vulnerable adult's home appears taken over, or cuckooing signs were ticked. */
  readonly cuckooingSigns: boolean;
  /** The report quotes a message advertising drugs (a bulk "menu" text). */
  readonly advertisesDrugs: boolean;
};

/**
 * Cuckooing is a vulnerable person's home used by others (DOMAIN.md §3.3): the report must say
 * so outright (the "home taken over" category), or show both a vulnerable resident (a resident
 * sign, or a vulnerable adult involved) and activity at the home (visitors, new faces, dealing).
 * Either half alone is common and innocent: a noisy party has visitors at odd hours, and a
 * vulnerable adult may be mentioned as a customer. The generated world's noise showed it:
 * any two ticked signs raised 83 false cuckooing alerts in 2,000 reports.
 */
export function suspectCuckooing(input: {
  readonly homeTakenOver: boolean;
  readonly vulnerableResident: boolean;
  readonly activityAtHome: boolean;
}): boolean {
  return input.homeTakenOver || (input.vulnerableResident && input.activityAtHome);
}

// Prices in a deal-line "menu" ("2 for 25", "3 4 £20", "2x£10") and the trade's words for
// being open for business ("all day", "24/7", "fast drops", "no shorts", "line open").
const dealPrice = /\b\d\s*(?:for|4|x)\s*£?\d{2}\b/i;
const openForBusiness =
  /\b(?:all day|24\/7|24-7|till? late|(?:fast |quick )?drops?|no shorts|line (?:open|on|back)|back on (?:it|da road|the road))\b/i;

/**
 * A quoted message is a drugs advert when it names a drug (slang included) or quotes deal
 * prices; a parcel scam or "hi mum, new number" text quoted by a worried reader is not.
 */
export function looksLikeDrugAdvert(text: string, drugsFound: number): boolean {
  return drugsFound > 0 || dealPrice.test(text) || openForBusiness.test(text);
}

export const alertPriority: Readonly<Record<AlertKind, AlertPriority>> = {
  child_safeguarding: 'high',
  possible_cuckooing: 'high',
  possible_deal_line: 'medium',
  possible_trap_house: 'medium',
  vehicle_at_flagged_addresses: 'medium',
};

export const alertTitles: Readonly<Record<AlertKind, string>> = {
  child_safeguarding: 'A child may be at risk: refer to safeguarding now',
  possible_cuckooing: 'Possible cuckooing: a vulnerable person’s home may have been taken over',
  possible_deal_line: 'Possible deal line: a phone number in several reports or advertising drugs',
  possible_trap_house: 'Possible trap house: an address reported repeatedly in a short period',
  vehicle_at_flagged_addresses: 'A vehicle seen at several flagged addresses',
};

/** The first day of the window that ends on `day` (inclusive), as YYYY-MM-DD. */
export function windowStart(day: string, windowDays: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - (windowDays - 1));
  return date.toISOString().slice(0, 10);
}
