// The s.23 warrant's rules, pure (DOMAIN-OPERATIONS b.2): the PACE Code B corroboration warning,
// the expiry clock and what may follow what.

// The code lists live with their words in src/labels (ADR 0037).
export { entryMethods, warrantStatuses, type EntryMethod, type WarrantStatus } from '../../labels/index.ts';

export type GradeFacts = {
  readonly sourceType: string;
  readonly source: string;
  readonly assessment: string;
};

export const uncorroboratedWarning =
  'The grounds rest on anonymous information that nothing else corroborates. PACE Code B: do not apply on ' +
  'anonymous information alone; seek corroboration and say what was done.';

/**
 * Anonymous information is corroborated when a non-anonymous source graded A or B (and not
 * source 3) supports it, or every anonymous report is itself graded B (corroborated).
 */
export function corroborationWarning(items: readonly GradeFacts[]): string | null {
  const anonymous = items.filter((i) => i.sourceType === 'public_anonymous');
  if (anonymous.length === 0) return null;
  const independent = items.some(
    (i) => i.sourceType !== 'public_anonymous' && ['A', 'B'].includes(i.assessment) && i.source !== '3',
  );
  if (independent || anonymous.every((i) => i.assessment === 'B')) return null;
  return uncorroboratedWarning;
}

/** The instant a warrant issued on `decidedOn` stops being valid: the same date `months` later, 00:00 UTC. */
export function expiryOf(decidedOn: string, months: number): Date {
  const [year = 0, month = 1, dayOfMonth = 1] = decidedOn.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(dayOfMonth, lastDay)));
}

/** Whole days left before expiry (0 on the last day); negative once expired. */
export function daysLeft(expiresAt: Date, now: Date): number {
  return Math.ceil((expiresAt.getTime() - now.getTime()) / 86_400_000) - 1;
}
