import { addWorkingDays, covers, type WorkingCalendar } from './working-days.ts';

// The statutory clocks of a case (DOMAIN-OPERATIONS a.1), computed on every read from the
// facts recorded on the case, the bank-holiday calendar and the policy: nothing due is stored,
// so a corrected calendar or a changed policy re-times every open clock.
//   referral decision      1 working day after the referral arrived (all cases)
//   strategy discussion    N hours (policy, default 24) after the decision to hold one
//   child protection conf. 15 working days after the last strategy discussion, when one is needed
//   assessment             45 working days after the referral, once s.17 or s.47 is decided
// Days are London days ("2026-12-07"); a clock is overdue from the day after it fell due.

export type ClockKey = 'referral_decision' | 'strategy_discussion' | 'conference' | 'assessment';
export type ClockState = 'running' | 'due_today' | 'overdue' | 'met' | 'met_late';

export type Clock = {
  key: ClockKey;
  label: string;
  startedOn: string;
  dueOn: string;
  /** For the hours-based strategy discussion: the instant it falls due. */
  dueAt: string | null;
  completedOn: string | null;
  state: ClockState;
  /** False when the calendar lacks a year the clock crosses: weekends counted, holidays unknown. */
  calendarCovered: boolean;
};

export type ClockPolicy = { strategyDiscussionHours: number };

export type CaseClockFacts = {
  subjectKind: 'child' | 'adult';
  referralReceivedAt: Date;
  referralDecidedAt: Date | null;
  referralDecision: string | null;
  strategyRequiredAt: Date | null;
  /** When each strategy discussion was held, and whether it decided a conference is needed. */
  discussions: readonly { heldAt: Date; conferenceNeeded: boolean }[];
  conferenceHeldOn: string | null;
  assessmentCompletedOn: string | null;
};

export const clockLabels: Readonly<Record<ClockKey, string>> = {
  referral_decision: 'Decide on the referral (1 working day)',
  strategy_discussion: 'Hold the strategy discussion',
  conference: 'Child protection conference (15 working days after the last strategy discussion)',
  assessment: 'Complete the assessment (45 working days)',
};

export function computeClocks(
  facts: CaseClockFacts,
  context: { calendar: WorkingCalendar; policy: ClockPolicy; now: Date; dayOf: (instant: Date) => string },
): Clock[] {
  const { calendar, policy, now, dayOf } = context;
  const today = dayOf(now);
  const clocks: Clock[] = [];
  const dayClock = (key: ClockKey, startedOn: string, workingDays: number, completedOn: string | null): Clock => {
    const dueOn = addWorkingDays(calendar, startedOn, workingDays);
    return {
      key,
      label: clockLabels[key],
      startedOn,
      dueOn,
      dueAt: null,
      completedOn,
      state: stateOf(dueOn, completedOn, today),
      calendarCovered: covers(calendar, startedOn, dueOn),
    };
  };

  const referralDay = dayOf(facts.referralReceivedAt);
  clocks.push(
    dayClock('referral_decision', referralDay, 1, facts.referralDecidedAt ? dayOf(facts.referralDecidedAt) : null),
  );
  if (facts.subjectKind !== 'child') return clocks;

  const required = facts.strategyRequiredAt;
  if (required) {
    const dueAt = new Date(required.getTime() + policy.strategyDiscussionHours * 60 * 60 * 1000);
    // The earliest discussion meets the clock (a discussion cannot predate the referral).
    const first = facts.discussions.map((d) => d.heldAt).sort((a, b) => a.getTime() - b.getTime())[0];
    const late = first ? first.getTime() > dueAt.getTime() : now.getTime() > dueAt.getTime();
    clocks.push({
      key: 'strategy_discussion',
      label: `Hold the strategy discussion (${String(policy.strategyDiscussionHours)} hours)`,
      startedOn: dayOf(required),
      dueOn: dayOf(dueAt),
      dueAt: dueAt.toISOString(),
      completedOn: first ? dayOf(first) : null,
      state: first ? (late ? 'met_late' : 'met') : late ? 'overdue' : dayOf(dueAt) === today ? 'due_today' : 'running',
      calendarCovered: true,
    });
  }

  const last = [...facts.discussions].sort((a, b) => b.heldAt.getTime() - a.heldAt.getTime())[0];
  if (last?.conferenceNeeded) {
    clocks.push(dayClock('conference', dayOf(last.heldAt), 15, facts.conferenceHeldOn));
  }

  if (facts.referralDecision === 's17' || facts.referralDecision === 's47') {
    clocks.push(dayClock('assessment', referralDay, 45, facts.assessmentCompletedOn));
  }
  return clocks;
}

function stateOf(dueOn: string, completedOn: string | null, today: string): ClockState {
  if (completedOn !== null) return completedOn > dueOn ? 'met_late' : 'met';
  if (today > dueOn) return 'overdue';
  return today === dueOn ? 'due_today' : 'running';
}

export const isOverdue = (clock: Clock) => clock.state === 'overdue';
