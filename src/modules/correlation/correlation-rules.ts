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
