import assert from 'node:assert/strict';
import { test } from 'node:test';
import { londonDay } from '../../platform/calendar.ts';
import { computeClocks, type CaseClockFacts } from './clocks.ts';
import {
  addWorkingDays,
  calendarOf,
  covers,
  isWorkingDay,
  loadEnglandAndWalesCalendar,
  workingDaysBetween,
} from './working-days.ts';

const calendar = loadEnglandAndWalesCalendar();
const policy = { strategyDiscussionHours: 24 };

test('the shipped calendar holds England and Wales bank holidays for 2025 to 2027, all on weekdays', () => {
  assert.deepEqual(calendar.coversYears, [2025, 2026, 2027]);
  assert.equal(calendar.holidays.size, 24);
  assert.equal(calendar.holidays.get('2026-12-28'), 'Boxing Day');
  assert.equal(calendar.holidays.get('2027-03-26'), 'Good Friday');
  for (const day of calendar.holidays.keys()) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    assert.ok(weekday >= 1 && weekday <= 5, `${day} is a weekday`);
  }
});

test('working days skip weekends and bank holidays', () => {
  assert.equal(isWorkingDay(calendar, '2026-12-24'), true);
  assert.equal(isWorkingDay(calendar, '2026-12-25'), false);
  assert.equal(isWorkingDay(calendar, '2026-12-26'), false);
  // A referral on Christmas Eve (Thursday) must be decided by Tuesday 29 December.
  assert.equal(addWorkingDays(calendar, '2026-12-24', 1), '2026-12-29');
  // Friday → Monday; the Friday before the Spring bank holiday → Tuesday.
  assert.equal(addWorkingDays(calendar, '2026-12-04', 1), '2026-12-07');
  assert.equal(addWorkingDays(calendar, '2026-05-22', 1), '2026-05-26');
  // Easter 2027: Thursday 25 March + 1 working day is Tuesday 30 March.
  assert.equal(addWorkingDays(calendar, '2027-03-25', 1), '2027-03-30');
  // 15 working days across Christmas and New Year 2026.
  assert.equal(addWorkingDays(calendar, '2026-12-17', 15), '2027-01-12');
  assert.equal(workingDaysBetween(calendar, '2026-12-17', '2027-01-12'), 15);
  // Without the three holidays (25 and 28 December, 1 January) the same count ends on 7 January.
  assert.equal(addWorkingDays(calendarOf([], [2026, 2027]), '2026-12-17', 15), '2027-01-07');
  assert.equal(covers(calendar, '2027-12-01', '2028-01-10'), false);
});

const at = (iso: string) => new Date(iso);
const facts = (extra: Partial<CaseClockFacts> = {}): CaseClockFacts => ({
  subjectKind: 'child',
  referralReceivedAt: at('2026-12-24T15:00:00Z'),
  referralDecidedAt: null,
  referralDecision: null,
  strategyRequiredAt: null,
  discussions: [],
  conferenceHeldOn: null,
  assessmentCompletedOn: null,
  ...extra,
});
const clocksAt = (now: string, f: CaseClockFacts) =>
  computeClocks(f, { calendar, policy, now: at(now), dayOf: londonDay });

test('the referral decision clock runs over Christmas and is overdue only after its working day', () => {
  const [onBoxingDay] = clocksAt('2026-12-28T12:00:00Z', facts());
  assert.equal(onBoxingDay?.dueOn, '2026-12-29');
  assert.equal(onBoxingDay.state, 'running');
  assert.equal(clocksAt('2026-12-29T09:00:00Z', facts())[0]?.state, 'due_today');
  assert.equal(clocksAt('2026-12-30T09:00:00Z', facts())[0]?.state, 'overdue');
  const decided = facts({ referralDecidedAt: at('2026-12-30T09:00:00Z'), referralDecision: 'nfa' });
  assert.equal(clocksAt('2027-01-05T09:00:00Z', decided)[0]?.state, 'met_late');
});

test('strategy discussion in hours, conference 15 and assessment 45 working days', () => {
  const decided = facts({
    referralDecidedAt: at('2026-12-24T16:00:00Z'),
    referralDecision: 's47',
    strategyRequiredAt: at('2026-12-24T16:00:00Z'),
  });
  const before = clocksAt('2026-12-25T15:00:00Z', decided);
  assert.deepEqual(
    before.map((c) => [c.key, c.state]),
    [
      ['referral_decision', 'met'],
      ['strategy_discussion', 'due_today'],
      ['assessment', 'running'],
    ],
  );
  assert.equal(before[1]?.dueAt, '2026-12-25T16:00:00.000Z');
  assert.equal(clocksAt('2026-12-25T16:30:00Z', decided)[1]?.state, 'overdue');
  // 45 working days from 24 December 2026, skipping three bank holidays.
  assert.equal(before[2]?.dueOn, '2027-03-02');

  const discussed = { ...decided, discussions: [{ heldAt: at('2026-12-29T10:00:00Z'), conferenceNeeded: true }] };
  const after = clocksAt('2027-01-20T10:00:00Z', discussed);
  assert.equal(after[1]?.state, 'met_late');
  const conference = after.find((c) => c.key === 'conference');
  assert.equal(conference?.dueOn, '2027-01-20');
  assert.equal(conference.state, 'due_today');
  assert.equal(clocksAt('2027-01-21T10:00:00Z', discussed).find((c) => c.key === 'conference')?.state, 'overdue');
  // A policy of 48 hours gives the strategy discussion another day.
  const relaxed = computeClocks(decided, {
    calendar,
    policy: { strategyDiscussionHours: 48 },
    now: at('2026-12-25T16:30:00Z'),
    dayOf: londonDay,
  });
  assert.equal(relaxed[1]?.state, 'running');
});

test('an adult case has the referral clock only', () => {
  const adult = facts({
    subjectKind: 'adult',
    referralDecision: 's47',
    strategyRequiredAt: at('2026-12-24T16:00:00Z'),
  });
  assert.deepEqual(
    clocksAt('2026-12-28T12:00:00Z', adult).map((c) => c.key),
    ['referral_decision'],
  );
});
