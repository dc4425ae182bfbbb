import type { Kysely, Transaction } from 'kysely';
import type {
  CorrelationAlertReportTable,
  CorrelationAlertTable,
} from '../../modules/correlation/correlation.table.ts';
import type {
  PoleEntityTable,
  PoleLinkSourceTable,
  PoleLinkTable,
  PoleMentionTable,
} from '../../modules/pole/pole.table.ts';
import type {
  IntelligenceDisseminationTable,
  IntelligenceReportTable,
} from '../../modules/intelligence/intelligence.table.ts';
import type {
  DealLineNumberTable,
  DealLinePersonTable,
  DealLineSampleTable,
  DealLineStatusHistoryTable,
  DealLineTable,
} from '../../modules/deal-lines/deal-line.table.ts';
import type {
  NetworkCentralityRunTable,
  NetworkCentralityScoreTable,
  NetworkCommunityMemberTable,
  NetworkCommunityRunTable,
} from '../../modules/network/network.table.ts';
import type { AuditChainHeadTable, AuditEventTable } from '../audit/audit.table.ts';

// The whole schema as Kysely sees it. Each capability declares its own tables in a
// `*.table.ts` file next to its code; this interface only composes them.
export type Database = {
  audit_events: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  pole_entities: PoleEntityTable;
  pole_mentions: PoleMentionTable;
  pole_links: PoleLinkTable;
  pole_link_sources: PoleLinkSourceTable;
  correlation_alerts: CorrelationAlertTable;
  correlation_alert_reports: CorrelationAlertReportTable;
  intelligence_reports: IntelligenceReportTable;
  intelligence_disseminations: IntelligenceDisseminationTable;
  deal_lines: DealLineTable;
  deal_line_numbers: DealLineNumberTable;
  deal_line_people: DealLinePersonTable;
  deal_line_samples: DealLineSampleTable;
  deal_line_status_history: DealLineStatusHistoryTable;
  network_centrality_runs: NetworkCentralityRunTable;
  network_centrality_scores: NetworkCentralityScoreTable;
  network_community_runs: NetworkCommunityRunTable;
  network_community_members: NetworkCommunityMemberTable;
};

export type Db = Kysely<Database>;
/** A database handle or an open transaction: repositories accept either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
export type Engine = 'pglite' | 'postgresql';
