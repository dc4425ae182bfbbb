// The shapes the casework API answers (src/modules/casework/casework.presenter.ts).

export type CaseClock = {
  key: 'referral_decision' | 'strategy_discussion' | 'conference' | 'assessment';
  label: string;
  startedOn: string;
  dueOn: string;
  dueAt: string | null;
  completedOn: string | null;
  state: 'running' | 'due_today' | 'overdue' | 'met' | 'met_late';
  calendarCovered: boolean;
};

export type CaseSummary = {
  id: string;
  subjectKind: 'child' | 'adult';
  subjectName: string;
  status: 'open' | 'closed';
  teamId: string | null;
  referralReceivedAt: string;
  referralDecision: string | null;
  referralDecisionLabel: string | null;
  clocks: CaseClock[];
  overdueClocks: string[];
  overdueActions: number;
  version: number;
};

export type CaseDetail = CaseSummary & {
  subject: { name: string; dateOfBirth: string | null; personEntityId: string | null };
  referralDecidedAt: string | null;
  strategyRequiredAt: string | null;
  assessmentCompletedOn: string | null;
  conferenceHeldOn: string | null;
  openedBy: string;
  openedAt: string;
  closedReason: string | null;
  concerns: { id: string; source: string; sourceId: string | null; summary: string; receivedAt: string }[];
  discussions: {
    id: string;
    heldAt: string;
    conferenceNeeded: boolean;
    attendees: { name: string; agency: string; agencyLabel: string; role: string }[];
    informationShared: string;
    decisions: string;
  }[];
  actions: {
    id: string;
    ownerAgency: string;
    ownerAgencyLabel: string;
    description: string;
    dueOn: string;
    status: 'open' | 'done';
    doneOn: string | null;
    overdue: boolean;
  }[];
  screenings: { id: string; riskLevel: string; riskLevelLabel: string; reasons: string[]; screenedAt: string }[];
  nrmReferrals: {
    id: string;
    kind: 'nrm' | 'duty_to_notify';
    firstResponder: string;
    exploitationTypes: string[];
    countyLines: boolean;
    status: string;
    submittedOn: string | null;
    reasonableGroundsDueOn: string | null;
    reasonableGroundsOverdue: boolean;
    recoveryPeriodEndsOn: string | null;
  }[];
};

export const clockStateWords: Readonly<Record<CaseClock['state'], string>> = {
  running: 'Running',
  due_today: 'Due today',
  overdue: 'Overdue',
  met: 'Met',
  met_late: 'Met late',
};

export const agencyOptions = [
  { value: 'police', label: 'Police' },
  { value: 'childrens_social_care', label: 'Children’s social care' },
  { value: 'adult_social_care', label: 'Adult social care' },
  { value: 'health', label: 'Health' },
  { value: 'education', label: 'Education' },
  { value: 'youth_justice', label: 'Youth justice' },
  { value: 'substance_misuse', label: 'Substance misuse service' },
  { value: 'british_transport_police', label: 'British Transport Police' },
  { value: 'housing', label: 'Housing' },
  { value: 'other', label: 'Other agency' },
] as const;

export const decisionOptions = [
  { value: 'nfa', label: 'No further action' },
  { value: 'early_help', label: 'Early help' },
  { value: 's17', label: 'Child in need assessment (s.17)' },
  { value: 's47', label: 'Child protection enquiry (s.47)' },
  { value: 'police_only', label: 'Police action only' },
] as const;
