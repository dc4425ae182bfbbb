// The shapes of the triage, intelligence, entity and alert APIs (kept in step with
// src/modules/triage/inbox.service.ts, intelligence.presenter.ts, entities.service.ts and
// alerts.service.ts).

export type Flags = { threatToLife: boolean; child: boolean; vulnerableAdult: boolean };

export type InboxItem = {
  id: string;
  channel: string;
  status: string;
  categories: string[];
  flags: Flags;
  priority: 'high' | 'normal';
  postcodeSector: string | null;
  submittedOn: string;
  daysWaiting: number;
  processing: string;
  alertCount: number;
  /** The reporter wrote last: a reply nobody has answered yet. */
  reporterReplied: boolean;
  /** The first words of the reporter's account. */
  gist: string | null;
  assignee: DeskPerson | null;
  /** The report this one repeats, when marked a duplicate. */
  duplicateOf: string | null;
  /** Who has the report open now. */
  viewers: DeskPerson[];
};

export type DeskPerson = { id: string; name: string; isMe?: boolean };

export type Span = { text: string; start: number; end: number };

/** Every list of the extraction output; each item is a span with its normalised value. */
export type Extraction = {
  phones: (Span & { e164: string })[];
  vehicles: (Span & { vrm: string; partial: boolean })[];
  postcodes: (Span & { postcode: string; partial: boolean })[];
  emails: (Span & { address: string })[];
  handles: (Span & { handle: string; platform: string | null })[];
  addresses: (Span & { street: string; houseNumber?: string })[];
  people: (Span & { name: string; kind: 'name' | 'nickname' })[];
  drugs: (Span & { name: string })[];
  childIndicators: (Span & { indicator: string })[];
};

export type LinkedEntity = {
  entityId: string;
  kind: string;
  field: string;
  spanStart: number | null;
  spanEnd: number | null;
};

export type ReportDetail = {
  id: string;
  channel: string;
  status: string;
  categories: string[];
  flags: Flags;
  postcodeSector: string | null;
  submittedOn: string;
  hasContactDetails: boolean;
  /** Who the report came from, as an intelligence source type: follows the channel and contact. */
  suggestedSourceType: 'public_anonymous' | 'public_identified' | 'partner_agency';
  answers: Record<string, unknown>;
  texts: { field: string; text: string; entities: Extraction }[];
  linkedEntities: LinkedEntity[];
  alerts: { id: string; kind: string; status: string; priority: string }[];
  relatedReports: { reportId: string; submittedOn: string; status: string; entityIds: string[] }[];
};

export type Grade = {
  code: string;
  source: '1' | '2' | '3' | null;
  assessment: 'A' | 'B' | 'C' | 'D' | 'E' | null;
  handling: 'P' | 'C' | null;
  handlingLabel: string | null;
  conditions: string | null;
};

export type IntelligenceReport = {
  id: string;
  reference: string;
  status: string;
  statusLabel: string;
  priority: 'high' | 'medium' | 'low';
  gscMarking: string;
  grade: Grade | null;
  sanitisedText: string | null;
  reviewDate: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  submissionId?: string | null;
  sourceType?: string;
  sourceEvaluationReason?: string | null;
  assessment?: string | null;
  actionDecision?: string | null;
  researchedSystems?: string[];
  evaluatedBy?: string | null;
  reviewedBy?: string | null;
  reviewNote?: string | null;
  hasOriginal?: boolean;
  disseminations?: {
    recipientType: string;
    recipientId: string;
    justification: string;
    disseminatedBy: string;
    disseminatedAt: string;
  }[];
};

export type EntitySummary = {
  id: string;
  kind: string;
  label: string;
  firstSeen: string;
  lastSeen: string;
  reportCount: number;
};

export type EntityDetail = EntitySummary & {
  mergedInto: string | null;
  aliases: { id: string; label: string }[];
  details: {
    latitude?: number;
    longitude?: number;
    postcode?: string;
    age?: number;
    isChild?: boolean;
    make?: string;
    model?: string;
    source?: string;
  };
  timeline: { reportId: string; observedOn: string; field: string }[];
  links: {
    id: string;
    kind: string;
    confidence: number;
    sourceCount: number;
    firstSeen: string;
    lastSeen: string;
    other: { id: string; kind: string; label: string };
    sourceReportIds: string[];
  }[];
};

export type Alert = {
  id: string;
  kind: string;
  title: string;
  status: 'open' | 'acknowledged' | 'dismissed' | 'actioned';
  priority: 'high' | 'medium' | 'low';
  firstFiredAt: string;
  lastFiredAt: string;
  evidenceCount: number;
  entity: { id: string; kind: string; label: string } | null;
  reportIds: string[];
};
