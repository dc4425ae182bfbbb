import { z } from 'zod';
import { agencies, caseStatuses, storedConcernSources, subjectKinds } from './case.ts';
import { exploitationTypes, nrmStatuses } from './nrm.ts';
import { riskLevels, screeningAnswers } from './screening.ts';

// What the casework routes answer (the staff API contract): casework.presenter.ts and the
// screening and NRM parts of screening-nrm.service.ts.

const orNull = z.string().nullable();

export const caseClockResponse = z.object({
  key: z.enum(['referral_decision', 'strategy_discussion', 'conference', 'assessment']),
  label: z.string(),
  startedOn: z.string(),
  dueOn: z.string(),
  /** For the hours-based strategy discussion: the instant it falls due. */
  dueAt: orNull,
  completedOn: orNull,
  state: z.enum(['running', 'due_today', 'overdue', 'met', 'met_late']),
  /** False when the calendar lacks a year the clock crosses: weekends counted, holidays unknown. */
  calendarCovered: z.boolean(),
});

export const caseSummaryResponse = z.object({
  id: z.string(),
  subjectKind: z.enum(subjectKinds),
  subjectName: z.string(),
  status: z.enum(caseStatuses),
  teamId: orNull,
  referralReceivedAt: z.string(),
  referralDecision: orNull,
  referralDecisionLabel: orNull,
  clocks: z.array(caseClockResponse),
  overdueClocks: z.array(z.string()),
  overdueActions: z.number(),
  version: z.number(),
});
export const caseListResponse = z.object({ items: z.array(caseSummaryResponse) });

export const caseDetailResponse = caseSummaryResponse.extend({
  subject: z.object({ name: z.string(), dateOfBirth: orNull, personEntityId: orNull }),
  referralDecidedAt: orNull,
  strategyRequiredAt: orNull,
  assessmentCompletedOn: orNull,
  conferenceHeldOn: orNull,
  openedBy: z.string(),
  openedAt: z.string(),
  closedReason: orNull,
  concerns: z.array(
    z.object({
      id: z.string(),
      source: z.enum(storedConcernSources),
      sourceId: orNull,
      summary: z.string(),
      receivedAt: z.string(),
      recordedBy: z.string(),
    }),
  ),
  discussions: z.array(
    z.object({
      id: z.string(),
      heldAt: z.string(),
      conferenceNeeded: z.boolean(),
      attendees: z.array(
        z.object({ name: z.string(), agency: z.enum(agencies), agencyLabel: z.string(), role: z.string() }),
      ),
      informationShared: z.string(),
      decisions: z.string(),
      recordedBy: z.string(),
    }),
  ),
  actions: z.array(
    z.object({
      id: z.string(),
      discussionId: orNull,
      ownerAgency: z.string(),
      ownerAgencyLabel: z.string(),
      description: z.string(),
      dueOn: orNull,
      status: z.enum(['open', 'done']),
      doneOn: orNull,
      overdue: z.boolean(),
    }),
  ),
  screenings: z.array(
    z.object({
      id: z.string(),
      riskLevel: z.enum(riskLevels),
      riskLevelLabel: z.string(),
      reasons: z.array(z.string()),
      answers: z.record(z.string(), z.enum(screeningAnswers)),
      notes: orNull,
      screenedAt: z.string(),
    }),
  ),
  nrmReferrals: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['nrm', 'duty_to_notify']),
      consent: z.boolean().nullable(),
      firstResponder: z.string(),
      exploitationTypes: z.array(z.enum(exploitationTypes)),
      countyLines: z.boolean(),
      status: z.enum(nrmStatuses),
      submittedOn: orNull,
      rgDecidedOn: orNull,
      cgDecidedOn: orNull,
      version: z.number(),
      reasonableGroundsDueOn: orNull,
      reasonableGroundsOverdue: z.boolean(),
      recoveryPeriodEndsOn: orNull,
    }),
  ),
});
/** Opening a case for someone who already has an open one joins it (200) rather than creating one (201). */
export const openedCaseResponse = caseDetailResponse.extend({ joined: z.boolean() });

export const createdResponse = z.object({ id: z.string() });
export const screeningResponse = z.object({
  id: z.string(),
  level: z.enum(riskLevels),
  label: z.string(),
  reasons: z.array(z.string()),
});
export const nrmReferralResponse = z.object({ id: z.string(), kind: z.enum(['nrm', 'duty_to_notify']) });
export const victimFlagResponse = z.object({ personEntityId: z.string(), victimOfExploitation: z.boolean() });
