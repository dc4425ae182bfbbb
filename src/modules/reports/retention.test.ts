import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportTriage } from './report.ts';
import { defaultRetentionPolicy, reviewAfterDays, reviewDay } from './retention.ts';

const triage = (overrides: Partial<ReportTriage>): ReportTriage => ({
  categories: ['dealing_place'],
  childInvolved: false,
  vulnerableAdultInvolved: false,
  threatToLife: false,
  postcodeSector: null,
  ...overrides,
});

test('the review period follows the report’s type; the longest rule wins', () => {
  const policy = { defaultDays: 365, safeguardingDays: 2190, byCategory: { drug_use: 180, vehicle: 500 } };
  assert.equal(reviewAfterDays(triage({}), policy), 365);
  assert.equal(reviewAfterDays(triage({ categories: ['drug_use'] }), policy), 180);
  assert.equal(reviewAfterDays(triage({ categories: ['drug_use', 'vehicle'] }), policy), 500);
  assert.equal(reviewAfterDays(triage({ categories: ['drug_use'], childInvolved: true }), policy), 2190);
  assert.equal(reviewAfterDays(triage({ vulnerableAdultInvolved: true }), policy), 2190);
  assert.equal(reviewAfterDays(triage({ categories: ['home_taken_over'] }), policy), 2190);
  assert.equal(reviewAfterDays(triage({ categories: ['young_person'] }), defaultRetentionPolicy), 2190);
});

test('the review day counts whole days from the day the report arrived', () => {
  assert.equal(reviewDay('2026-11-26', 180), '2027-05-25');
  assert.equal(reviewDay('2028-02-28', 1), '2028-02-29');
});
