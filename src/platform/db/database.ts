import type { Kysely, Transaction } from 'kysely';
import type { JourneyPhotoTable, JourneySessionTable } from '../../modules/public-report/journey-session.table.ts';
import type {
  ReceiptLockoutTable,
  ReportMessageTable,
  ReportPhotoTable,
  ReportTable,
} from '../../modules/reports/report.table.ts';
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
  PersonMatchKeyTable,
  PersonMatchModelTable,
  PersonMergeTable,
  PersonMatchSuggestionTable,
} from '../../modules/resolution/person-match.table.ts';
import type { ReportProcessingTable } from '../../modules/triage/report-processing.table.ts';
import type { ReportSearchIndexedTable, ReportSearchTokenTable } from '../../modules/search/search.table.ts';
import type { DisseminationTable } from '../../modules/access/dissemination.table.ts';
import type {
  AccountTokenTable,
  OidcLoginStateTable,
  StaffSessionTable,
  WebauthnCredentialTable,
} from '../../modules/auth/auth.table.ts';
import type {
  PartnerOrganisationTable,
  StaffUserRoleTable,
  StaffUserTable,
  TeamMemberTable,
  TeamTable,
} from '../../modules/users/user.table.ts';
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
import type {
  OpsArrestTable,
  OpsChargeTable,
  OpsSeizureItemTable,
  OpsSeizureTable,
} from '../../modules/operations/arrest.table.ts';
import type { OpsTargetHistoryTable, OpsTargetTable } from '../../modules/operations/target.table.ts';
import type {
  OpsOperationMemberTable,
  OpsOperationTable,
  OpsTaskTable,
} from '../../modules/operations/tasking.table.ts';
import type {
  OpsIntelligenceResultTable,
  OpsWarrantEntryTable,
  OpsWarrantIntelligenceTable,
  OpsWarrantTable,
} from '../../modules/operations/warrant.table.ts';
import type {
  ReportAssignmentTable,
  ReportDuplicateTable,
  ReportViewerTable,
} from '../../modules/triage/report-desk.table.ts';
import type {
  CaseworkActionTable,
  CaseworkCaseTable,
  CaseworkConcernTable,
  CaseworkNrmReferralTable,
  CaseworkScreeningTable,
  CaseworkStrategyDiscussionTable,
} from '../../modules/casework/casework.table.ts';
import type {
  CaseworkCaseLineTable,
  CaseworkCuckooedActionTable,
  CaseworkCuckooedAddressTable,
} from '../../modules/casework/cuckooed.table.ts';
import type {
  CaseworkPartnerTaskNoteTable,
  CaseworkPartnerTaskTable,
  CaseworkSharingAgreementTable,
} from '../../modules/casework/partner-task.table.ts';
import type {
  CaseworkDiversionTable,
  CaseworkTreatmentOutcomeTable,
  CaseworkTreatmentReferralTable,
} from '../../modules/casework/treatment.table.ts';
import type { CaseworkS42EnquiryTable } from '../../modules/casework/s42.table.ts';
import type { CaseworkContextInterventionTable, CaseworkContextTable } from '../../modules/casework/context.table.ts';
import type {
  ContextCrimeOutcomeTable,
  ContextPoliceImportTable,
  ContextStopSearchTable,
  ContextStreetCrimeTable,
} from '../../modules/context/police-uk.table.ts';
import type {
  DisclosurePriorityTable,
  DisclosureReleaseFigureTable,
  DisclosureReleaseTable,
} from '../../modules/disclosure/disclosure.table.ts';
import type { AuditChainHeadTable, AuditEventTable } from '../audit/audit.table.ts';

// The whole schema as Kysely sees it. Each capability declares its own tables in a
// `*.table.ts` file next to its code; this interface only composes them.
export type Database = {
  audit_events: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  reports: ReportTable;
  report_photos: ReportPhotoTable;
  report_messages: ReportMessageTable;
  receipt_lockouts: ReceiptLockoutTable;
  journey_sessions: JourneySessionTable;
  journey_photos: JourneyPhotoTable;
  pole_entities: PoleEntityTable;
  pole_mentions: PoleMentionTable;
  pole_links: PoleLinkTable;
  pole_link_sources: PoleLinkSourceTable;
  correlation_alerts: CorrelationAlertTable;
  correlation_alert_reports: CorrelationAlertReportTable;
  intelligence_reports: IntelligenceReportTable;
  intelligence_disseminations: IntelligenceDisseminationTable;
  person_match_keys: PersonMatchKeyTable;
  person_match_suggestions: PersonMatchSuggestionTable;
  person_merges: PersonMergeTable;
  person_match_models: PersonMatchModelTable;
  report_processing: ReportProcessingTable;
  report_search_tokens: ReportSearchTokenTable;
  report_search_indexed: ReportSearchIndexedTable;
  report_assignments: ReportAssignmentTable;
  report_viewers: ReportViewerTable;
  report_duplicates: ReportDuplicateTable;
  // Staff accounts and access (issue 4)
  partner_organisations: PartnerOrganisationTable;
  teams: TeamTable;
  staff_users: StaffUserTable;
  staff_user_roles: StaffUserRoleTable;
  team_members: TeamMemberTable;
  account_tokens: AccountTokenTable;
  staff_sessions: StaffSessionTable;
  webauthn_credentials: WebauthnCredentialTable;
  oidc_login_states: OidcLoginStateTable;
  disseminations: DisseminationTable;
  deal_lines: DealLineTable;
  deal_line_numbers: DealLineNumberTable;
  deal_line_people: DealLinePersonTable;
  deal_line_samples: DealLineSampleTable;
  deal_line_status_history: DealLineStatusHistoryTable;
  network_centrality_runs: NetworkCentralityRunTable;
  network_centrality_scores: NetworkCentralityScoreTable;
  network_community_runs: NetworkCommunityRunTable;
  network_community_members: NetworkCommunityMemberTable;
  ops_targets: OpsTargetTable;
  ops_target_history: OpsTargetHistoryTable;
  ops_warrants: OpsWarrantTable;
  ops_warrant_intelligence: OpsWarrantIntelligenceTable;
  ops_warrant_entries: OpsWarrantEntryTable;
  ops_intelligence_results: OpsIntelligenceResultTable;
  ops_operations: OpsOperationTable;
  ops_operation_members: OpsOperationMemberTable;
  ops_tasks: OpsTaskTable;
  ops_arrests: OpsArrestTable;
  ops_charges: OpsChargeTable;
  ops_seizures: OpsSeizureTable;
  ops_seizure_items: OpsSeizureItemTable;
  // Safeguarding casework (issue 15)
  casework_cases: CaseworkCaseTable;
  casework_concerns: CaseworkConcernTable;
  casework_strategy_discussions: CaseworkStrategyDiscussionTable;
  casework_actions: CaseworkActionTable;
  casework_screenings: CaseworkScreeningTable;
  casework_nrm_referrals: CaseworkNrmReferralTable;
  casework_treatment_referrals: CaseworkTreatmentReferralTable;
  casework_treatment_outcomes: CaseworkTreatmentOutcomeTable;
  casework_diversions: CaseworkDiversionTable;
  casework_cuckooed_addresses: CaseworkCuckooedAddressTable;
  casework_cuckooed_actions: CaseworkCuckooedActionTable;
  casework_case_lines: CaseworkCaseLineTable;
  casework_sharing_agreements: CaseworkSharingAgreementTable;
  casework_partner_tasks: CaseworkPartnerTaskTable;
  casework_partner_task_notes: CaseworkPartnerTaskNoteTable;
  casework_s42_enquiries: CaseworkS42EnquiryTable;
  casework_contexts: CaseworkContextTable;
  casework_context_interventions: CaseworkContextInterventionTable;
  // data.police.uk context (issue 16)
  context_police_imports: ContextPoliceImportTable;
  context_street_crimes: ContextStreetCrimeTable;
  context_crime_outcomes: ContextCrimeOutcomeTable;
  context_stop_searches: ContextStopSearchTable;
  // "You said, we did" (issue 16)
  disclosure_priorities: DisclosurePriorityTable;
  disclosure_releases: DisclosureReleaseTable;
  disclosure_release_figures: DisclosureReleaseFigureTable;
};

export type Db = Kysely<Database>;
/** A database handle or an open transaction: repositories accept either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
export type Engine = 'pglite' | 'postgresql';

/**
 * An update's changes with no column the table lacks. Kysely's `Updateable<T>` alone lets a
 * misspelt column through when the object is built elsewhere (a callback's return value is not
 * checked for excess properties); a repository that takes `OnlyColumns<C, Updateable<T>>` for a
 * generic `C` rejects it at typecheck (test/types/typed-updates.ts).
 */
export type OnlyColumns<C, Shape> = C & Record<Exclude<keyof C, keyof Shape>, never>;
