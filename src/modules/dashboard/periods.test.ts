import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alongPeriods, periodStart, periodsBetween } from './periods.ts';

test('weeks start on Monday and months on the first', () => {
  assert.equal(periodStart('2026-11-26', 'week'), '2026-11-23'); // a Thursday
  assert.equal(periodStart('2026-11-23', 'week'), '2026-11-23');
  assert.equal(periodStart('2026-11-29', 'week'), '2026-11-23'); // a Sunday
  assert.equal(periodStart('2026-11-26', 'month'), '2026-11-01');
});

test('every period from the one holding the start to the one holding the end', () => {
  assert.deepEqual(periodsBetween('2026-11-05', '2026-11-26', 'week'), [
    '2026-11-02',
    '2026-11-09',
    '2026-11-16',
    '2026-11-23',
  ]);
  assert.deepEqual(periodsBetween('2026-11-30', '2027-02-01', 'month'), [
    '2026-11-01',
    '2026-12-01',
    '2027-01-01',
    '2027-02-01',
  ]);
});

test('counts laid along the periods, 0 where none, summed where a period repeats', () => {
  const periods = ['2026-11-02', '2026-11-09', '2026-11-16'];
  assert.deepEqual(
    alongPeriods(periods, [
      { period: '2026-11-16', count: 2 },
      { period: '2026-11-02', count: 1 },
      { period: '2026-11-16', count: 3 },
      { period: '2026-10-26', count: 9 },
    ]),
    [1, 0, 5],
  );
});
