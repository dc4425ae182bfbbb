// "You said, we did" (issue 16, DOMAIN-OPERATIONS d): the rules of a public release, pure and
// tested. The words for its codes are in src/labels/disclosure-labels.ts (shared with the web app). A release gives, per ward and never finer, delayed monthly totals; a count below the
// threshold is suppressed ("fewer than 5"), a true zero is shown as 0 (ADR 0042).

export {
  measureLabels,
  measures,
  priorityActionCodes,
  priorityActions,
  priorityTopicCodes,
  priorityTopics,
  releaseStatusLabels,
  type Measure,
  type PriorityAction,
  type PriorityTopic,
} from '../../labels/disclosure-labels.ts';
import { monthNames } from '../../labels/index.ts';

export const releaseStatuses = ['draft', 'approved', 'published', 'withdrawn'] as const;
export type ReleaseStatus = (typeof releaseStatuses)[number];

export type DisclosureRules = Readonly<{
  /** Months a release waits after the end of its month (DISCLOSURE_DELAY_MONTHS, default 1). */
  delayMonths: number;
  /** Counts from 1 to threshold − 1 are suppressed (DISCLOSURE_MIN_COUNT, default 5). */
  threshold: number;
  /** Length of a priorities period in months, dividing the year (DISCLOSURE_PERIOD_MONTHS, default 4). */
  periodMonths: number;
}>;
export const defaultDisclosureRules: DisclosureRules = { delayMonths: 1, threshold: 5, periodMonths: 4 };

/** "YYYY-MM" → the first day "YYYY-MM-01". */
export function monthStart(month: string): string {
  return `${month}-01`;
}

/** The month `n` months after "YYYY-MM" (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month a London day ("YYYY-MM-DD") falls in. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/**
 * The latest month that may be released on `today`: month M only after the end of M + delay
 * months, so with a delay of 1, October is releasable from 1 December.
 */
export function latestReleasableMonth(today: string, rules: Pick<DisclosureRules, 'delayMonths'>): string {
  return addMonths(monthOf(today), -(rules.delayMonths + 1));
}

export function isReleasable(month: string, today: string, rules: Pick<DisclosureRules, 'delayMonths'>): boolean {
  return month <= latestReleasableMonth(today, rules);
}

/** A count as released: 0 stays 0, 1 to threshold − 1 is suppressed (null), the rest as counted. */
export function suppress(count: number, threshold: number): { value: number | null; suppressed: boolean } {
  if (!Number.isInteger(count) || count < 0) throw new Error('A count is a whole number from 0');
  return count > 0 && count < threshold ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

/** The priorities period a month falls in: its first month, periods aligned to January. */
export function periodOf(month: string, periodMonths: number): { start: string; end: string } {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  const first = Math.floor((mon - 1) / periodMonths) * periodMonths + 1;
  const start = `${String(year).padStart(4, '0')}-${String(first).padStart(2, '0')}`;
  return { start, end: addMonths(start, periodMonths - 1) };
}

/** "2026-10" → "October 2026". */
export function monthName(month: string): string {
  const [year = '', mon = '1'] = month.split('-');
  return `${monthNames[Number(mon) - 1] ?? ''} ${year}`;
}

/** A period's words: "September to December 2026". */
export function periodName(period: { start: string; end: string }): string {
  const [startName = '', startYear = ''] = monthName(period.start).split(' ');
  const end = monthName(period.end);
  return startYear === end.split(' ')[1] ? `${startName} to ${end}` : `${monthName(period.start)} to ${end}`;
}

/** At most this many priorities per ward and period. */
export const maxPriorities = 3;
