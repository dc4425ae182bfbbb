import type { Sealer } from '../../platform/crypto/sealer.ts';
import {
  agencyLabels,
  referralDecisionLabels,
  type Agency,
  type CaseSubject,
  type StrategyDiscussionContent,
} from './case.ts';
import { openJson } from './casework-sealing.ts';
import type { CaseRecord } from './casework.repository.ts';
import type { CaseworkActionRow, CaseworkConcernRow, CaseworkDiscussionRow } from './casework.table.ts';
import type { Clock } from './clocks.ts';

// Case → API answer: a whitelist, opened from the sealed columns only here.

type ActionRecord = Omit<CaseworkActionRow, 'due_on' | 'done_on'> & { due_on: string | null; done_on: string | null };

export function presentCaseSummary(
  sealer: Sealer,
  row: CaseRecord,
  clocks: Clock[],
  actions: ActionRecord[],
  today: string,
) {
  const subject = openJson(sealer, 'subject', row.id, row.subject_sealed) as CaseSubject;
  const overdueActions = actions.filter((a) => a.status === 'open' && (a.due_on ?? '') < today).length;
  return {
    id: row.id,
    subjectKind: row.subject_kind,
    subjectName: subject.name,
    status: row.status,
    teamId: row.team_id,
    referralReceivedAt: row.referral_received_at.toISOString(),
    referralDecision: row.referral_decision,
    referralDecisionLabel: row.referral_decision ? referralDecisionLabels[row.referral_decision] : null,
    clocks,
    overdueClocks: clocks.filter((c) => c.state === 'overdue').map((c) => c.label),
    overdueActions,
    version: row.version,
  };
}

export function presentCase(
  sealer: Sealer,
  row: CaseRecord,
  parts: {
    clocks: Clock[];
    concerns: CaseworkConcernRow[];
    discussions: CaseworkDiscussionRow[];
    actions: ActionRecord[];
    today: string;
  },
) {
  const subject = openJson(sealer, 'subject', row.id, row.subject_sealed) as CaseSubject;
  return {
    ...presentCaseSummary(sealer, row, parts.clocks, parts.actions, parts.today),
    subject: { name: subject.name, dateOfBirth: subject.dateOfBirth, personEntityId: subject.personEntityId },
    referralDecidedAt: row.referral_decided_at?.toISOString() ?? null,
    strategyRequiredAt: row.strategy_required_at?.toISOString() ?? null,
    assessmentCompletedOn: row.assessment_completed_on,
    conferenceHeldOn: row.conference_held_on,
    openedBy: row.opened_by,
    openedAt: row.opened_at.toISOString(),
    closedReason: row.closed_reason,
    concerns: parts.concerns.map((c) => ({
      id: c.id,
      source: c.source,
      sourceId: c.source_id,
      summary: openJson(sealer, 'concern', c.id, c.summary_sealed) as string,
      receivedAt: c.received_at.toISOString(),
      recordedBy: c.recorded_by,
    })),
    discussions: parts.discussions.map((d) => {
      const content = openJson(sealer, 'discussion', d.id, d.content_sealed) as StrategyDiscussionContent;
      return {
        id: d.id,
        heldAt: d.held_at.toISOString(),
        conferenceNeeded: d.conference_needed,
        attendees: content.attendees.map((a) => ({ ...a, agencyLabel: agencyLabels[a.agency] })),
        informationShared: content.informationShared,
        decisions: content.decisions,
        recordedBy: d.recorded_by,
      };
    }),
    actions: parts.actions.map((a) => ({
      id: a.id,
      discussionId: a.discussion_id,
      ownerAgency: a.owner_agency,
      ownerAgencyLabel: agencyLabels[a.owner_agency as Agency],
      description: openJson(sealer, 'action', a.id, a.description_sealed) as string,
      dueOn: a.due_on,
      status: a.status,
      doneOn: a.done_on,
      overdue: a.status === 'open' && (a.due_on ?? '') < parts.today,
    })),
  };
}

export type CaseSummary = ReturnType<typeof presentCaseSummary>;
export type CaseDetail = ReturnType<typeof presentCase>;
