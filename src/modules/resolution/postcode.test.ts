import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePartialDate } from './partial-date.ts';
import { parseUkPostcode } from './postcode.ts';

test('UK postcodes parse at whatever precision was given', () => {
  assert.deepEqual(parseUkPostcode('al1 3jw'), { area: 'AL', district: 'AL1', sector: 'AL1 3', unit: 'AL1 3JW' });
  assert.deepEqual(parseUkPostcode('EC1A1BB'), { area: 'EC', district: 'EC1A', sector: 'EC1A 1', unit: 'EC1A 1BB' });
  assert.deepEqual(parseUkPostcode('AL1 3'), { area: 'AL', district: 'AL1', sector: 'AL1 3' });
  assert.deepEqual(parseUkPostcode(' al10 '), { area: 'AL', district: 'AL10' });
  assert.equal(parseUkPostcode('2176'), undefined);
  assert.equal(parseUkPostcode(''), undefined);
});

test('dates of birth parse when full or partial, and impossible dates are refused', () => {
  assert.deepEqual(parsePartialDate('1971-06-24'), { year: 1971, month: 6, day: 24 });
  assert.deepEqual(parsePartialDate('19710624'), { year: 1971, month: 6, day: 24 });
  assert.deepEqual(parsePartialDate('1971-06'), { year: 1971, month: 6 });
  assert.deepEqual(parsePartialDate('1971'), { year: 1971 });
  assert.equal(parsePartialDate('1971-02-30'), undefined);
  assert.equal(parsePartialDate('1971-13-01'), undefined);
  assert.equal(parsePartialDate('24/06/1971'), undefined);
  assert.deepEqual(parsePartialDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
});
