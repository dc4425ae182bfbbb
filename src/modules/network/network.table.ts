import type { ColumnType, Selectable } from 'kysely';

export type RunStatus = 'pending' | 'complete' | 'failed';

export type NetworkCentralityRunTable = {
  id: string;
  /** A digest of the sub-graph (its link ids and filters): the same sub-graph reuses the run. */
  scope_key: string;
  status: RunStatus;
  node_count: number;
  link_count: number;
  requested_by: string;
  requested_at: ColumnType<Date, Date, Date>;
  computed_at: Date | null;
  error: string | null;
};

export type NetworkCentralityScoreTable = {
  run_id: string;
  entity_id: string;
  degree: number;
  betweenness: number;
};

export type NetworkCommunityRunTable = {
  id: string;
  status: RunStatus;
  min_confidence: number;
  from_day: ColumnType<Date | string | null, string | null, string | null>;
  to_day: ColumnType<Date | string | null, string | null, string | null>;
  node_count: number | null;
  link_count: number | null;
  community_count: number | null;
  component_count: number | null;
  modularity: number | null;
  requested_by: string;
  requested_at: ColumnType<Date, Date, Date>;
  computed_at: Date | null;
  error: string | null;
};

export type NetworkCommunityMemberTable = {
  run_id: string;
  entity_id: string;
  community: number;
  component: number;
  degree: number;
};

export type NetworkCentralityRunRow = Selectable<NetworkCentralityRunTable>;
export type NetworkCommunityRunRow = Selectable<NetworkCommunityRunTable>;
