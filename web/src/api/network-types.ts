// The shapes of the deal-line, link-analysis and map APIs (kept in step with their presenters).

export type EntityKind = 'person' | 'phone' | 'vehicle' | 'email' | 'online_account' | 'location';
export type DealLineStatus = 'suspected' | 'confirmed' | 'disrupted' | 'rebranded';

export type DealLineSummary = {
  id: string;
  brandName: string;
  status: DealLineStatus;
  urbanHub: string | null;
  firstSeen: string;
  lastSeen: string;
  successorLineId: string | null;
  currentNumbers: number;
  people: number;
  version: number;
};

export type LineRef = { id: string; brandName: string; status: DealLineStatus };

export type LinkedEntity = {
  id: string;
  kind: EntityKind;
  label: string;
  via: string;
  linkId: string;
  confidence: number;
  firstSeen: string;
  lastSeen: string;
  reportIds: string[];
};

export type CoordinateSource = 'recorded' | 'gazetteer_postcode_sector' | 'gazetteer_street';
export type Coordinates = { latitude: number; longitude: number; source: CoordinateSource };

export type DealLineProfile = {
  id: string;
  brandName: string;
  status: DealLineStatus;
  urbanHub: string | null;
  firstSeen: string;
  lastSeen: string;
  sourceAlertId: string | null;
  successorLineId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  predecessors: LineRef[];
  successor: LineRef | null;
  numbers: {
    id: string;
    phoneEntityId: string;
    number: string;
    from: string;
    to: string | null;
    current: boolean;
    reportCount: number;
  }[];
  people: {
    assignmentId: string;
    personEntityId: string;
    name: string;
    role: string;
    roleLabel: string;
    victim: boolean;
    recordedAsChild: boolean;
    addedAt: string;
    removedAt: string | null;
  }[];
  samples: { id: string; text: string; observedOn: string; reportId: string | null }[];
  statusHistory: {
    from: DealLineStatus | null;
    to: DealLineStatus;
    successorLineId: string | null;
    note: string;
    changedBy: string;
    changedAt: string;
  }[];
  timeline: { reportId: string; observedOn: string; numberEntityId: string; field: string }[];
  addresses: (LinkedEntity & { coordinates: Coordinates | null })[];
  vehicles: LinkedEntity[];
  linkedPeopleWithoutRole: LinkedEntity[];
  otherPhonesOfItsPeople: LinkedEntity[];
};

export type NetworkNode = {
  id: string;
  kind: EntityKind;
  label: string;
  firstSeen: string;
  lastSeen: string;
  reportCount: number;
  depth: number | null;
  degree: number;
};

export type NetworkLink = {
  id: string;
  source: string;
  target: string;
  kind: string;
  confidence: number;
  firstSeen: string;
  lastSeen: string;
  sourceCount: number;
  reportIds: string[];
};

export type NetworkView = { nodes: NetworkNode[]; links: NetworkLink[]; truncated: boolean };

export type SuggestedRole = {
  entityId: string;
  role:
    | 'deal_line'
    | 'possible_deal_line'
    | 'possible_trap_house'
    | 'possible_cuckooed_address'
    | 'possible_line_holder'
    | 'possible_exploited_child';
  reason: string;
  evidenceReportIds: string[];
};

export type Grouping = { index: number; size: number; entityIds: string[] };

export type NetworkAnalysis = NetworkView & {
  components: Grouping[];
  communities: Grouping[];
  modularity: number;
  suggestions: SuggestedRole[];
};

export type KeyPlayers = {
  centrality: { runId: string; status: string; nodeCount: number; linkCount: number; computedAt: string | null };
  players: {
    id: string;
    kind: EntityKind;
    label: string;
    degree: number;
    storeDegree: number;
    betweenness: number | null;
  }[];
};

export type PathView = NetworkView & { found: boolean; path: string[] };

export type FlagReason =
  | { kind: 'alert'; alertId: string; alertKind: string; title: string; status: string; priority: string }
  | { kind: 'deal_line'; lineId: string; brandName: string; status: string };

export type FlaggedLocations = {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: { entityId: string; label: string; precision: CoordinateSource; reasons: FlagReason[] };
  }[];
  unplaced: { entityId: string; label: string; reasons: FlagReason[] }[];
  /** The time filter applied: the last 7, 28 or 90 days, or all. */
  period: '7' | '28' | '90' | 'all';
};
