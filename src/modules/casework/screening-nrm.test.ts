import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayMove, nrmDates } from './nrm.ts';
import { assessScreening, cceIndicatorCodes, type CceIndicator, type ScreeningAnswer } from './screening.ts';
import { loadEnglandAndWalesCalendar } from './working-days.ts';

const all = (answer: ScreeningAnswer) =>
  Object.fromEntries(cceIndicatorCodes.map((code) => [code, answer])) as Record<CceIndicator, ScreeningAnswer>;

test('CCE screening: no indicator, one, a strong one with another, and many unknowns', () => {
  assert.deepEqual(assessScreening(all('no')), { level: 'no_current_risk', label: 'No current risk', reasons: [] });
  const one = assessScreening({ ...all('no'), multiple_phones: 'yes' });
  assert.equal(one.level, 'at_risk');
  assert.deepEqual(one.reasons, ['More than one phone, or many calls and messages']);
  const strong = assessScreening({ ...all('no'), missing_episodes: 'yes', unexplained_money: 'yes' });
  assert.equal(strong.level, 'high');
  assert.match(strong.reasons[0] ?? '', /Missing from home or care \(a strong indicator\)/);
  const unknown = assessScreening(all('not_known'));
  assert.equal(unknown.level, 'no_current_risk');
  assert.deepEqual(unknown.reasons, ['10 of 10 indicators not known: find out more']);
});

test('NRM: status moves, the 5-working-day reasonable grounds date and the 30-day recovery period', () => {
  assert.equal(mayMove('nrm', 'draft', 'submitted'), true);
  assert.equal(mayMove('nrm', 'draft', 'rg_positive'), false);
  assert.equal(mayMove('nrm', 'rg_positive', 'cg_positive'), true);
  assert.equal(mayMove('duty_to_notify', 'submitted', 'rg_positive'), false);
  const calendar = loadEnglandAndWalesCalendar();
  // Submitted Wednesday 23 December 2026: 5 working days skip Christmas, Boxing Day (28th) and New Year.
  const submitted = {
    kind: 'nrm' as const,
    status: 'submitted' as const,
    submittedOn: '2026-12-23',
    rgDecidedOn: null,
    rgPositive: null,
  };
  assert.deepEqual(nrmDates(calendar, submitted, '2027-01-04'), {
    reasonableGroundsDueOn: '2027-01-04',
    reasonableGroundsOverdue: false,
    recoveryPeriodEndsOn: null,
  });
  assert.equal(nrmDates(calendar, submitted, '2027-01-05').reasonableGroundsOverdue, true);
  const positive = { ...submitted, status: 'rg_positive' as const, rgDecidedOn: '2027-01-04', rgPositive: true };
  assert.equal(nrmDates(calendar, positive, '2027-01-05').recoveryPeriodEndsOn, '2027-02-03');
});
