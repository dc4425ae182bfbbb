// The vocabulary of safeguarding casework (DOMAIN-OPERATIONS a.1, a.5). Pure: no I/O.

export const subjectKinds = ['child', 'adult'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** What brought a concern to the case: a referral (public, phone or partner report), an alert, or the lead by hand. */
export const concernSources = ['report', 'alert', 'manual'] as const;
export type ConcernSource = (typeof concernSources)[number];
/** Every source a stored concern may have: also a warrant entry or an arrest, recorded by operations. */
export const storedConcernSources = [...concernSources, 'warrant', 'arrest'] as const;
export type StoredConcernSource = (typeof storedConcernSources)[number];

export const referralDecisions = ['nfa', 'early_help', 's17', 's47', 'police_only'] as const;
export type ReferralDecision = (typeof referralDecisions)[number];
export const referralDecisionLabels: Readonly<Record<ReferralDecision, string>> = {
  nfa: 'No further action',
  early_help: 'Early help',
  s17: 'Child in need assessment (s.17)',
  s47: 'Child protection enquiry (s.47)',
  police_only: 'Police action only',
};

/** Agencies that own a strategy discussion's actions (and attend it). */
export const agencies = [
  'police',
  'childrens_social_care',
  'adult_social_care',
  'health',
  'education',
  'youth_justice',
  'substance_misuse',
  'british_transport_police',
  'housing',
  'other',
] as const;
export type Agency = (typeof agencies)[number];
export const agencyLabels: Readonly<Record<Agency, string>> = {
  police: 'Police',
  childrens_social_care: 'Children’s social care',
  adult_social_care: 'Adult social care',
  health: 'Health',
  education: 'Education',
  youth_justice: 'Youth justice',
  substance_misuse: 'Substance misuse service',
  british_transport_police: 'British Transport Police',
  housing: 'Housing',
  other: 'Other agency',
};

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** The alert kinds that may open a case: child exploitation and cuckooing. */
export const caseOpeningAlertKinds = ['child_safeguarding', 'possible_cuckooing'] as const;

/** Who a case is about, sealed at rest; the name and date of birth never leave the module in clear. */
export type CaseSubject = {
  name: string;
  dateOfBirth: string | null;
  personEntityId: string | null;
};

/** The key that makes "one open case per person" checkable without storing the name in clear. */
export function subjectKeyInput(subject: CaseSubject): string {
  if (subject.personEntityId) return `entity:${subject.personEntityId}`;
  const name = subject.name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `name:${name}|${subject.dateOfBirth ?? ''}`;
}

export type StrategyDiscussionContent = {
  attendees: { name: string; agency: Agency; role: string }[];
  informationShared: string;
  decisions: string;
};
