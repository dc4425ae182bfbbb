import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onePerIdentity, type SuggestionShown } from './person-suggestion.rules.ts';

const suggestion = (id: string, otherIdentity: string, status: SuggestionShown['status'], score: number) => ({
  id,
  otherIdentity,
  status,
  score,
});

test('one suggestion per other identity: open before decided, then the best score, then the lowest id', () => {
  const shown = onePerIdentity([
    suggestion('s1', 'C', 'rejected', 0.99),
    suggestion('s2', 'C', 'open', 0.7),
    suggestion('s3', 'C', 'open', 0.8),
    suggestion('s4', 'E', 'rejected', 0.6),
    suggestion('s6', 'E', 'merged', 0.9),
    suggestion('s7', 'F', 'open', 0.5),
    suggestion('s5', 'F', 'open', 0.5),
  ]);
  assert.deepEqual(
    shown.map((s) => s.id),
    ['s3', 's5', 's6'],
  );
});
