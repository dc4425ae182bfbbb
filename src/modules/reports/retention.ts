import type { ReportTriage } from './report.ts';
import type { ReportCategory } from '../../labels/report-vocabulary.ts';

// When a report falls due for review (keep it, because it is still needed, or delete it), set by
// its type when it is stored. A report about a child or a vulnerable adult is kept longer
// (safeguarding records outlive intelligence); a report with several types takes the longest.

export type RetentionPolicy = {
  readonly defaultDays: number;
  readonly safeguardingDays: number;
  readonly byCategory: Readonly<Partial<Record<ReportCategory, number>> & Record<string, number>>;
};

export const defaultRetentionPolicy: RetentionPolicy = {
  defaultDays: 365,
  safeguardingDays: 2190,
  byCategory: { drug_use: 180 },
};

const safeguardingCategories: readonly ReportCategory[] = ['young_person', 'home_taken_over'];

export function reviewAfterDays(triage: ReportTriage, policy: RetentionPolicy): number {
  const byType = triage.categories.map((category) => policy.byCategory[category] ?? policy.defaultDays);
  const safeguarding =
    triage.childInvolved ||
    triage.vulnerableAdultInvolved ||
    triage.categories.some((category) => safeguardingCategories.includes(category));
  return Math.max(...byType, safeguarding ? policy.safeguardingDays : 0, 1);
}

/** The review day, "YYYY-MM-DD", `days` after the day the report arrived. */
export function reviewDay(submittedOn: string, days: number): string {
  const at = new Date(`${submittedOn}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
