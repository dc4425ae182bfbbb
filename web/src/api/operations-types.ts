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
