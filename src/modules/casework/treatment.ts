// Drug treatment referral and diversion for people who use drugs (issue 15; DOMAIN-OPERATIONS
// a.6 and b.5, Home Office outcome 22). Pure: the vocabulary and the eligibility rules.

export const treatmentOutcomes = ['assessed', 'engaged', 'disengaged', 'completed', 'declined'] as const;
export type TreatmentOutcome = (typeof treatmentOutcomes)[number];
export type TreatmentStatus = 'referred' | TreatmentOutcome;
export const treatmentStatusLabels: Readonly<Record<TreatmentStatus, string>> = {
  referred: 'Referred, not yet seen',
  assessed: 'Assessed by the service',
  engaged: 'Engaging with treatment',
  disengaged: 'Stopped engaging',
  completed: 'Treatment completed',
  declined: 'Declined the service',
};

export const diversionStatuses = ['offered', 'completed', 'not_completed'] as const;
export type DiversionStatus = (typeof diversionStatuses)[number];
export const diversionStatusLabels: Readonly<Record<DiversionStatus, string>> = {
  offered: 'Offered, in progress',
  completed: 'Completed: outcome 22',
  not_completed: 'Not completed',
};

export const drugClasses = ['A', 'B', 'C'] as const;
export type DrugClass = (typeof drugClasses)[number];

/** The scheme's rules, from configuration (DIVERSION_* variables). Supply is never eligible. */
export type DiversionRules = Readonly<{
  minAge: number;
  drugClasses: readonly DrugClass[];
  maxPriorPossessionOffences: number;
}>;
export const defaultDiversionRules: DiversionRules = {
  minAge: 18,
  drugClasses: ['B', 'C'],
  maxPriorPossessionOffences: 0,
};

/** What eligibility is judged on, taken from the arrest when there is one, else as the officer records it at the stop. */
export type DiversionFacts = {
  ageAtOffence: number | null;
  possessionOnly: boolean;
  supply: boolean;
  drugClasses: DrugClass[];
  priorPossessionOffences: number;
};

export function diversionEligibility(
  facts: DiversionFacts,
  rules: DiversionRules,
): { eligible: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (facts.ageAtOffence === null) {
    reasons.push('The person’s age at the offence is not known');
  } else if (facts.ageAtOffence < rules.minAge) {
    reasons.push(`The scheme is for people aged ${String(rules.minAge)} or over`);
  }
  if (facts.supply) reasons.push('Supply, or intent to supply, is never diverted');
  else if (!facts.possessionOnly) reasons.push('The scheme is for simple possession only');
  if (facts.drugClasses.length === 0) reasons.push('No drug and class is recorded');
  const outside = facts.drugClasses.filter((c) => !rules.drugClasses.includes(c));
  if (outside.length > 0) {
    reasons.push(
      `Class ${outside.join(', ')} is outside the scheme (it takes class ${rules.drugClasses.join(' or ')})`,
    );
  }
  if (facts.priorPossessionOffences > rules.maxPriorPossessionOffences) {
    reasons.push(
      rules.maxPriorPossessionOffences === 0
        ? 'The scheme is for a first possession offence'
        : `More than ${String(rules.maxPriorPossessionOffences)} earlier possession offences`,
    );
  }
  return { eligible: reasons.length === 0, reasons };
}

/** Whole years between a date of birth and a day, both "YYYY-MM-DD". */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by = 0, bm = 0, bd = 0] = dateOfBirth.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** What operations tells casework about an arrest for a diversion (composed in src/main/services.ts). */
export type ArrestForDiversion = {
  personEntityId: string;
  personLabel: string;
  arrestedOn: string;
  childAtArrest: boolean;
  possessionOnly: boolean;
  supply: boolean;
  drugClasses: DrugClass[];
  priorPossessionArrests: number;
};
