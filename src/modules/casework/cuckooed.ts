import { addCalendarDays } from './working-days.ts';

// The cuckooed-address register (DOMAIN-OPERATIONS a.4): an address taken over by a line, its
// cuckooing types, what was done (visits, support offered, a closure notice and then a closure
// order) and when it is next reviewed. Pure rules; the service applies them before writing.

export const cuckooTypes = {
  drug_dealing: 'Drug dealing or storage',
  sex_work: 'Sex work',
  weapons_storage: 'Weapons storage',
  living_there: 'Living there',
  financial_abuse: 'Financial abuse',
} as const;
export type CuckooType = keyof typeof cuckooTypes;
export const cuckooTypeCodes = Object.keys(cuckooTypes) as [CuckooType, ...CuckooType[]];

export const cuckooActionKinds = {
  visit: 'Visit',
  support_offered: 'Support offered',
  closure_notice: 'Closure notice served',
  closure_order: 'Closure order made',
} as const;
export type CuckooActionKind = keyof typeof cuckooActionKinds;
export const cuckooActionCodes = Object.keys(cuckooActionKinds) as [CuckooActionKind, ...CuckooActionKind[]];

/** A closure order lasts up to 3 months, extendable to 6 in all (ASB, Crime and Policing Act 2014 s.82, s.84). */
export const closureOrderMaxDays = 183;

type Recorded = { kind: CuckooActionKind; takenOn: string };

/**
 * Why an action cannot be recorded (field and message), or null. Dates are London days
 * ("YYYY-MM-DD"): nothing is taken in the future; a closure order needs a closure notice served on or before its date, and an end after it.
 */
export function actionDateProblem(
  input: { kind: CuckooActionKind; takenOn: string; untilOn?: string | undefined },
  context: { today: string; recorded: readonly Recorded[] },
): { field: string; message: string } | null {
  if (input.takenOn > context.today) return { field: 'takenOn', message: 'The date cannot be in the future' };
  if (input.kind !== 'closure_order' && input.untilOn !== undefined) {
    return { field: 'untilOn', message: 'Only a closure order has an end date' };
  }
  if (input.kind !== 'closure_order') return null;
  const notices = context.recorded.filter((r) => r.kind === 'closure_notice').map((r) => r.takenOn);
  if (notices.length === 0) {
    return { field: 'kind', message: 'Record the closure notice before the closure order' };
  }
  const firstNotice = notices.sort()[0] ?? input.takenOn;
  if (input.takenOn < firstNotice) {
    return {
      field: 'takenOn',
      message: `The closure order cannot be made before the notice was served (${firstNotice})`,
    };
  }
  if (input.untilOn === undefined) return { field: 'untilOn', message: 'Give the date the closure order ends' };
  if (input.untilOn <= input.takenOn) {
    return { field: 'untilOn', message: 'The closure order must end after the date it was made' };
  }
  if (input.untilOn > addCalendarDays(input.takenOn, closureOrderMaxDays)) {
    return { field: 'untilOn', message: 'A closure order lasts at most 6 months with its extensions' };
  }
  return null;
}

/** Overdue from the day after the review date, while the entry is active. */
export function reviewOverdue(entry: { status: 'active' | 'closed'; reviewOn: string }, today: string): boolean {
  return entry.status === 'active' && today > entry.reviewOn;
}
