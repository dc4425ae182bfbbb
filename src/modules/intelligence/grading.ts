// The UK 3x5x2 intelligence grading (College of Policing APP, Intelligence management):
// a judgement of the source (1-3), of how the source knows this piece of information (A-E),
// and of who may receive it (handling code P, or C with written conditions).

import { handlingCodes, intelligenceAssessments, sourceEvaluations } from '../../labels/grading-labels.ts';

export { handlingCodes, intelligenceAssessments, sourceEvaluations };
export type SourceEvaluation = keyof typeof sourceEvaluations;

export type IntelligenceAssessment = keyof typeof intelligenceAssessments;

export type HandlingCode = keyof typeof handlingCodes;

export const priorities = ['high', 'medium', 'low'] as const;
export type Priority = (typeof priorities)[number];

export const gscMarkings = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export type GscMarking = (typeof gscMarkings)[number];

export const actionDecisions = ['no_further_action', 'develop', 'task', 'disseminate'] as const;
export type ActionDecision = (typeof actionDecisions)[number];

export type Grade = {
  readonly source: SourceEvaluation;
  readonly assessment: IntelligenceAssessment;
  readonly handling: HandlingCode;
  /** Required with handling code C: how the recipients must handle it. */
  readonly conditions: string | null;
};

/** "2AP", "1BC": source, then assessment, then handling. */
export function formatGrade(grade: Pick<Grade, 'source' | 'assessment' | 'handling'>): string {
  return `${grade.source}${grade.assessment}${grade.handling}`;
}

export type GradeProblem = { readonly field: 'conditions'; readonly message: string };

/** Rules a grade must satisfy before it is saved. */
export function checkGrade(grade: Grade): GradeProblem[] {
  const problems: GradeProblem[] = [];
  if (grade.handling === 'C' && (grade.conditions?.trim() ?? '').length < 10) {
    problems.push({ field: 'conditions', message: 'Handling code C needs the conditions recipients must follow' });
  }
  return problems;
}

export const sourceTypes = ['public_anonymous', 'public_identified', 'partner_agency', 'officer', 'technical'] as const;
export type SourceType = (typeof sourceTypes)[number];

/**
 * A grade suggested from how the report reached us, for the analyst to confirm or change:
 * an anonymous, first-time member of the public is untested (2); what they saw themselves is A,
 * what they were told is C. Analysts always decide; the suggestion only saves typing.
 */
export function suggestGrade(input: { sourceType: SourceType; firstHand: boolean | null }): Omit<Grade, 'conditions'> {
  const source: SourceEvaluation = input.sourceType === 'technical' || input.sourceType === 'officer' ? '1' : '2';
  const assessment: IntelligenceAssessment = input.firstHand === true ? 'A' : input.firstHand === false ? 'C' : 'D';
  return { source, assessment, handling: 'P' };
}
