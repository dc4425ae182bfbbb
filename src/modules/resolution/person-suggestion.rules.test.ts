import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onePerIdentity, type SuggestionShown } from './person-suggestion.rules.ts';

const suggestion = (id: string, otherIdentity: string, status: SuggestionShown['status'], score: number) => ({
  id,
  otherIdentity,
  status,
  score,
});

test('one suggestion per other identity: open before merged, then the best score, then the lowest id', () => {
  const shown = onePerIdentity([
    suggestion('s2', 'C', 'open', 0.7),
    suggestion('s3', 'C', 'open', 0.8),
    suggestion('s6', 'E', 'merged', 0.9),
    suggestion('s8', 'E', 'open', 0.4),
    suggestion('s7', 'F', 'open', 0.5),
    suggestion('s5', 'F', 'open', 0.5),
    suggestion('s9', 'G', 'merged', 0.95),
  ]);
  assert.deepEqual(
    shown.map((s) => s.id),
    ['s3', 's5', 's8', 's9'],
  );
});

test('a rejection between two identities stands for them, before any open or merged suggestion', () => {
  const shown = onePerIdentity([
    suggestion('s1', 'C', 'rejected', 0.6),
    suggestion('s2', 'C', 'open', 0.99),
    suggestion('s4', 'E', 'rejected', 0.6),
    suggestion('s6', 'E', 'merged', 0.9),
    suggestion('s7', 'F', 'open', 0.5),
    suggestion('s10', 'H', 'rejected', 0.5),
    suggestion('s11', 'H', 'rejected', 0.7),
  ]);
  assert.deepEqual(
    shown.map((s) => [s.id, s.status]),
    [
      ['s7', 'open'],
      ['s11', 'rejected'],
      ['s1', 'rejected'],
      ['s4', 'rejected'],
    ],
    'open ones are listed first; each identity rejected once is shown as rejected',
  );
});
