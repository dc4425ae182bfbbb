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
  /**
   * What a child in the report is at risk of: exploitation (a County Lines safeguarding alert), using drugs
   * (a welfare concern routed to safeguarding, not a County Lines alert), or nothing the rules act on.
   */
  readonly childConcern: ChildConcern;
  /** A vulnerable adult's home appears taken over, or cuckooing signs were ticked. */
  readonly cuckooingSigns: boolean;
  /** The report quotes a message advertising drugs (a bulk "menu" text). */
  readonly advertisesDrugs: boolean;
  /**
   * The report talks about drugs (a drug named, supply, a "line" or a dealer). A number repeated across reports
   * becomes a deal-line alert only on a report that does: two people reporting the same scam text are not a deal
   * line. Undefined (a caller without the text) counts as drug talk.
   */
  readonly drugTalk?: boolean;
};

const drugWords = /\b(?:drugs?|dealers?|deal(?:s|ing)?|line|trap|weed|crack|heroin|coke|cocaine)\b/i;

/** Whether a report talks about drugs: a drug found by extraction, supply, or the words for it. */
export function talksAboutDrugs(text: string, drugsMentioned: boolean): boolean {
  return (
    drugsMentioned ||
    drugWords.test(text) ||
    dealPrice.test(text) ||
    openForBusiness.test(text) ||
    supplyTalk(text, drugsMentioned)
  );
}

export type ChildConcern = 'exploitation' | 'drug_use' | null;

/**
 * A child in a report is at risk of criminal exploitation when some sign of it is there: coercion or threats,
 * older or controlling associates, going missing, unexplained money or goods, carrying or running drugs or cash,
 * several phones, travel out of area, injuries (the Home Office county lines indicators), ticked on the form or
 * found in the text about a child. A child seen using drugs with none of those is a welfare concern for
 * safeguarding, not a County Lines alert. A child merely present (kids on e-bikes, boys in a car) is neither.
 * Adult descriptions ("older man", "London accent") never count as child signs (see extraction).
 */
export function childConcern(input: {
  readonly childPresent: boolean;
  readonly exploitationSigns: number;
  readonly drugsMentioned: boolean;
  /** The report's free text, read for drug supply around the child (see supplyTalk). */
  readonly text: string;
}): ChildConcern {
  if (!input.childPresent) return null;
  if (input.exploitationSigns > 0 || supplyTalk(input.text, input.drugsMentioned)) return 'exploitation';
  return input.drugsMentioned ? 'drug_use' : null;
}

// Drug supply in a report: a child in a trap house, on a deal line or dealing is at risk of exploitation
// whatever else is said. Words like "selling", "serving" or "drops" mean supply only when drugs are named.
const strongSupply =
  /\b(?:trap(?:ping|\s?house)?|deal(?:s|ing|ers?)|shott?(?:ing|er|ers)|runners?|running (?:for|drugs)|county lines?|deal lines?|going country|going ot|cuckoo\w*)\b/i;
const weakSupply =
  /\b(?:sell(?:s|ing|in)?|sold|serv(?:e|es|ing)|push(?:es|ing)|drops?|dropping|handing|hands (?:over|out)|collect(?:s|ing)|supply(?:ing)?)\b/i;

/** Whether a report's text talks about drug supply (not only use). */
export function supplyTalk(text: string, drugsMentioned: boolean): boolean {
  return strongSupply.test(text) || (drugsMentioned && weakSupply.test(text));
}

/**
 * Cuckooing is a vulnerable person's home used by others (DOMAIN.md §3.3): the report must show
 * both someone at risk (the "home taken over" category, a resident sign, or a vulnerable adult
 * involved) and activity at the home (visitors, short visits, cars stopping, dealing). Either
 * half alone is common and innocent: a noisy party has visitors at odd hours, a vulnerable adult
 * may be mentioned as a customer, and a neighbour worried that family or guests have moved in
 * may choose "home taken over". The generated world's noise showed it: any two ticked signs
 * raised 83 false cuckooing alerts in 2,000 reports, and the category alone a quarter of the
 * cuckooing alerts. New faces staying there are not activity by themselves (family, lodgers,
 * short-let guests); the text can supply the activity (see activityAtHomeInText).
 */
export function suspectCuckooing(input: {
  readonly homeTakenOver: boolean;
  readonly vulnerableResident: boolean;
  readonly activityAtHome: boolean;
}): boolean {
  return (input.homeTakenOver || input.vulnerableResident) && input.activityAtHome;
}

/** Someone's home may be at risk: the category, or a vulnerable resident (the first half above). */
export function homeAtRisk(input: { readonly homeTakenOver: boolean; readonly vulnerableResident: boolean }): boolean {
  return input.homeTakenOver || input.vulnerableResident;
}

const takeoverWords =
  /\b(?:cuckoo\w*|taken over|took over|taking over|coming and going|in and out|visitors|dealing from)\b/i;

/** The text shows activity at the home: drug supply, visitors, or the words for a takeover. */
export function activityAtHomeInText(text: string, drugsMentioned: boolean): boolean {
  return takeoverWords.test(text) || supplyTalk(text, drugsMentioned);
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
  child_drug_use: 'medium',
  possible_cuckooing: 'high',
  possible_deal_line: 'medium',
  possible_trap_house: 'medium',
  vehicle_at_flagged_addresses: 'medium',
};

export const alertTitles: Readonly<Record<AlertKind, string>> = {
  child_safeguarding: 'A child may be at risk of exploitation: refer to safeguarding now',
  child_drug_use: 'A child may be using drugs: a welfare concern to pass to safeguarding (not a County Lines alert)',
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
