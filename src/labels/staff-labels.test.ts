import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alertKinds } from '../modules/correlation/index.ts';
import { dealLineStatuses } from '../modules/deal-lines/index.ts';
import { actionDecisions, handlingCodes, intelligenceAssessments, sourceTypes } from '../modules/intelligence/index.ts';
import { entityKinds } from '../modules/pole/index.ts';
import { reportCategories, reportChannels, reportStatuses } from '../modules/reports/index.ts';
import {
  actionDecisionLabels,
  alertKindLabels,
  assessmentLabels,
  categoryLabels,
  channelLabels,
  dealLineStatusLabels,
  entityKindLabels,
  handlingLabels,
  labelFor,
  reportStatusLabels,
  sourceTypeLabels,
} from './staff-labels.ts';

// Each label map gives words for exactly the codes the server's own lists hold.
const sameCodes = (labels: Readonly<Record<string, string>>, codes: readonly string[]) => {
  assert.deepEqual(Object.keys(labels).sort(), [...codes].sort());
};

test('every staff label map covers exactly its code list on the server', () => {
  sameCodes(categoryLabels, Object.keys(reportCategories));
  sameCodes(reportStatusLabels, reportStatuses);
  sameCodes(channelLabels, reportChannels);
  sameCodes(entityKindLabels, entityKinds);
  sameCodes(sourceTypeLabels, sourceTypes);
  sameCodes(actionDecisionLabels, actionDecisions);
  sameCodes(alertKindLabels, alertKinds);
  sameCodes(dealLineStatusLabels, dealLineStatuses);
  sameCodes(assessmentLabels, Object.keys(intelligenceAssessments));
  sameCodes(handlingLabels, Object.keys(handlingCodes));
});

test('a grade reads with its code first; an unknown code reads as words', () => {
  assert.equal(assessmentLabels.B, 'B: Known indirectly to the source but corroborated');
  assert.equal(labelFor(alertKindLabels, 'possible_cuckooing'), 'Possible cuckooing');
  assert.equal(labelFor(alertKindLabels, 'new_kind_of_alert'), 'new kind of alert');
  assert.equal(labelFor(alertKindLabels, null), '—');
});
