// Shapes of the operations API (src/modules/operations).

export type Band = 'high' | 'medium' | 'low';

export type TargetPriority = {
  harm: number;
  likelihood: number;
  confidence: number;
  confidenceBand: Band;
  computed: number;
  adjustment: number;
  score: number;
  band: Band;
  reasons: string[];
  modelVersion: string;
};

export type VictimStatus = { isVictim: boolean; reasons: string[] };

export type Target = {
  id: string;
  personId: string;
  personLabel: string;
  status: 'active' | 'closed';
  rationale: string;
  reviewOn: string;
  reviewOverdue: boolean;
  adjustmentReason: string | null;
  priority: TargetPriority;
  victim: VictimStatus | null;
  version: number;
};

export type TargetDetail = Target & {
  history: {
    action: string;
    note: string | null;
    adjustment: number;
    computedScore: number;
    modelVersion: string;
    by: string;
    at: string;
  }[];
};

export type PersonOperationsStatus = {
  personId: string;
  target: Target | null;
  victim: VictimStatus & { child: boolean };
  computedIfTargeted: TargetPriority | null;
};

export type GradedIntelligence = {
  id: string;
  reference: string;
  sourceType: string;
  source: string;
  assessment: string;
  handling: string;
  sanitisedText: string;
  createdOn: string;
};

export type WarrantStatus =
  'awaiting_authorisation' | 'authorised' | 'declined' | 'issued' | 'refused' | 'executed' | 'expired' | 'returned';

export type WarrantSummary = {
  id: string;
  reference: string;
  status: WarrantStatus;
  premises: string;
  applicantId: string;
  plannedExecutionOn: string;
  expiry: { expiresAt: string; daysLeft: number } | null;
  alert: string | null;
  version: number;
};

export type WarrantEntry = {
  number: number;
  executedAt: string;
  entryMethod: string;
  officersPresent: string;
  personsPresent: string;
  childrenPresent: boolean;
  vulnerableAdultsPresent: boolean;
  safeguardingReferralNeeded: boolean;
  forceUsed: string | null;
  damage: string | null;
  articlesFound: boolean;
  itemsSeized: string;
};

export type WarrantDetail = WarrantSummary & {
  personEntityIds: string[];
  searchPersonsFound: boolean;
  drugsSought: string[];
  entriesSought: number;
  multipleEntryGrounds: string | null;
  grounds: string;
  undermining: string;
  corroborationNote: string | null;
  warning: string | null;
  intelligence: { id: string; reference: string; sourceType: string; grade: string; sanitisedText: string | null }[];
  authorisation: { by: string; at: string | null; note: string | null } | null;
  declined: { by: string; at: string | null; reason: string | null } | null;
  court: {
    decision: 'issued' | 'refused';
    court: string | null;
    decidedOn: string | null;
    validityMonths: number | null;
  } | null;
  entries: WarrantEntry[];
  returned: { on: string | null; endorsement: string | null } | null;
};

export type ArrestSummary = {
  id: string;
  personId: string;
  personLabel: string;
  arrestedAt: string;
  place: string;
  suspectedOffence: string;
  childAtArrest: boolean;
  nrmConsidered: boolean;
};

export type ArrestDetail = {
  id: string;
  personId: string;
  personLabel: string;
  arrestedAt: string;
  place: string;
  warrantId: string | null;
  intelligence: IntelligenceRef[];
  suspectedOffence: string;
  suspectedOffenceLabel: string;
  childAtArrest: boolean;
  nrm: { by: string; at: string | null; note: string | null } | null;
  chargingBlocked: string | null;
  charges: {
    id: string;
    offence: string;
    offenceLabel: string;
    outcomeType: number;
    outcomeLabel: string;
    decidedOn: string;
    note: string | null;
  }[];
  seizures: {
    seizureId: string;
    warrantId: string | null;
    intelligence: IntelligenceRef[];
    seizedAt: string;
    place: string;
    kind: string;
    drug: string | null;
    drugClass: string | null;
    form: string | null;
    quantity: number | null;
    unit: string | null;
    cashPence: number | null;
    phoneNumber: string | null;
    phoneEntityId: string | null;
    dealLineId: string | null;
    description: string | null;
  }[];
  version: number;
};

/** A graded intelligence report behind an operational record (grades as cited by the warrant). */
export type IntelligenceRef = { id: string; reference: string; grade: string };

export type IntelligenceLedTo = {
  warrants: { id: string; reference: string; status: string }[];
  arrests: { id: string; warrantId: string | null; arrestedAt: string; suspectedOffence: string }[];
  seizures: { id: string; warrantId: string | null; arrestId: string | null; seizedAt: string; place: string }[];
  closed: { result: string; note: string; by: string; at: string } | null;
};

// Tasking for the TT&CG.
export type TaskView = {
  id: string;
  operationId: string;
  title: string;
  detail: string;
  assignee: { kind: 'team' | 'officer'; id: string; name: string };
  dueOn: string;
  status: 'open' | 'done' | 'cancelled';
  overdue: boolean;
  result: string | null;
  resultOn: string | null;
  section: 'overdue' | 'due' | 'later' | 'reported' | null;
  version: number;
};

export type OperationSummary = {
  id: string;
  name: string;
  objective: string;
  status: 'active' | 'closed';
  openTasks: number;
  members: number;
  version: number;
};

export type OperationView = {
  id: string;
  name: string;
  objective: string;
  status: 'active' | 'closed';
  topScore: number;
  targets: {
    id: string;
    personId: string;
    personLabel: string;
    score: number;
    band: Band;
    reasons: string[];
    reviewOn: string;
    reviewOverdue: boolean;
  }[];
  dealLines: { id: string; brandName: string; status: string }[];
  addresses: string[];
  tasks: TaskView[];
  version: number;
};

export type Agenda = {
  meetingOn: string;
  since: string;
  nextMeetingOn: string;
  marking: { classification: string; handlingCode: string; text: string };
  operations: OperationView[];
};

export type Assignees = { teams: { id: string; name: string }[]; officers: { id: string; name: string }[] };

export type LineDisruption = {
  lineId: string;
  status: string;
  version: number;
  measures: { key: string; label: string; value: number | null; detail: string }[];
  records: {
    arrests: { id: string; arrestedAt: string }[];
    seizures: { id: string; seizedAt: string; place: string }[];
  };
  history: {
    from: string | null;
    to: string;
    note: string;
    evidence: { kind: string; id: string }[];
    by: string;
    at: string;
  }[];
};
