import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wardOfPlace } from '../gazetteer/index.ts';
import {
  addMonths,
  defaultDisclosureRules,
  isReleasable,
  latestReleasableMonth,
  periodName,
  periodOf,
  suppress,
} from './disclosure.ts';

test('months add across years', () => {
  assert.equal(addMonths('2026-11', 2), '2027-01');
  assert.equal(addMonths('2026-01', -1), '2025-12');
  assert.equal(addMonths('2026-10', 0), '2026-10');
});

test('month M is releasable only after the end of M + delay', () => {
  const rules = defaultDisclosureRules;
  assert.equal(latestReleasableMonth('2026-11-30', rules), '2026-09');
  assert.equal(latestReleasableMonth('2026-12-01', rules), '2026-10');
  assert.equal(isReleasable('2026-10', '2026-11-30', rules), false);
  assert.equal(isReleasable('2026-10', '2026-12-01', rules), true);
  assert.equal(isReleasable('2026-10', '2026-12-31', { delayMonths: 2 }), false);
});

test('1 to threshold - 1 is suppressed; 0 and the threshold are shown', () => {
  assert.deepEqual(suppress(0, 5), { value: 0, suppressed: false });
  for (const n of [1, 2, 3, 4]) assert.deepEqual(suppress(n, 5), { value: null, suppressed: true });
  assert.deepEqual(suppress(5, 5), { value: 5, suppressed: false });
  assert.deepEqual(suppress(6, 10), { value: null, suppressed: true });
  assert.throws(() => suppress(-1, 5));
});

test('priorities periods are aligned to January', () => {
  assert.deepEqual(periodOf('2026-11', 4), { start: '2026-09', end: '2026-12' });
  assert.deepEqual(periodOf('2026-01', 4), { start: '2026-01', end: '2026-04' });
  assert.deepEqual(periodOf('2026-06', 3), { start: '2026-04', end: '2026-06' });
  assert.equal(periodName({ start: '2026-09', end: '2026-12' }), 'September to December 2026');
  assert.equal(periodName({ start: '2026-12', end: '2027-01' }), 'December 2026 to January 2027');
});

test('a written place is put in a ward by its postcode, else by the longest street it names', () => {
  assert.equal(wardOfPlace('Flat 2, 10 Anywhere, St Albans AL1 3XY')?.name, 'St Peters');
  assert.equal(wardOfPlace('Outside 4 Chequer Street')?.name, 'St Peters');
  assert.equal(wardOfPlace('A lay-by on the A1(M)'), undefined);
  assert.equal(wardOfPlace(''), undefined);
});
