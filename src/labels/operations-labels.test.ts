import assert from 'node:assert/strict';
import { test } from 'node:test';
import { controlledDrugs } from '../modules/operations/index.ts';
import {
  bandLabels,
  drugForms,
  entryMethods,
  intelligenceResults,
  offences,
  outcomeTypes,
  seizureUnits,
  warrantStatuses,
  drugLabel,
  drugOptions,
  entryMethodLabels,
  intelligenceResultLabels,
  offenceLabels,
  outcomeLabels,
  priorityBands,
  targetHistoryActions,
  targetHistoryLabels,
  warrantStatusLabels,
} from './index.ts';

// The pure code lists live beside their words here (the operations module re-exports them), so
// each map is checked against the list the module's schemas validate with.
const sameCodes = (labels: Readonly<Record<string, string>>, codes: readonly string[]) => {
  assert.deepEqual(Object.keys(labels).sort(), [...codes].sort());
};

test('every operations label map covers exactly its code list on the server', () => {
  sameCodes(warrantStatusLabels, warrantStatuses);
  sameCodes(entryMethodLabels, entryMethods);
  sameCodes(intelligenceResultLabels, intelligenceResults);
  sameCodes(offenceLabels, Object.keys(offences));
  sameCodes(targetHistoryLabels, targetHistoryActions);
  sameCodes(bandLabels, priorityBands);
  assert.deepEqual(
    drugOptions.map((d) => d.code),
    Object.keys(controlledDrugs),
    'the web form offers every drug the server accepts',
  );
  assert.equal(outcomeLabels.length, Object.keys(outcomeTypes).length);
  assert.equal(outcomeLabels[0], outcomeTypes[1]);
  assert.equal(outcomeLabels[21], outcomeTypes[22]);
  assert.ok(drugForms.includes('rock') && seizureUnits.includes('kg'));
});

test('a drug reads with its class; an unknown code reads as words', () => {
  assert.equal(drugLabel('ketamine'), 'Ketamine (class B)');
  assert.equal(drugLabel('new_drug'), 'new drug');
});
