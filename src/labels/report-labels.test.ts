import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerKeyLabel, answerValueLabel, fieldLabel } from './report-labels.ts';
import { codesOf, cuckooingIndicators, exploitationIndicators, reportCategories } from './report-vocabulary.ts';

test('field paths read as words, never as paths', () => {
  assert.equal(fieldLabel('phones.0.number'), 'Phone 1: number');
  assert.equal(fieldLabel('who.people.1.names'), 'Person 2: names or nicknames');
  assert.equal(fieldLabel('vehicles.0.registration'), 'Vehicle 1: registration');
  assert.equal(fieldLabel('where'), 'Where');
  assert.equal(fieldLabel('where.street'), 'Where: street');
  assert.equal(fieldLabel('anything-else.details'), 'Anything else');
  assert.equal(fieldLabel('home-taken-over.otherSigns'), 'A home taken over: other signs');
  for (const field of ['phones.0.number', 'who.people.0.names', 'where', 'when.pattern', 'about.otherDescription']) {
    assert.doesNotMatch(fieldLabel(field), /[._]|\d\./, field);
  }
});

test('every coded answer has its label', () => {
  for (const code of codesOf(cuckooingIndicators)) {
    assert.equal(answerValueLabel('signs', code), cuckooingIndicators[code]);
  }
  for (const code of codesOf(exploitationIndicators)) {
    assert.equal(answerValueLabel('signs', code), exploitationIndicators[code]);
  }
  for (const code of codesOf(reportCategories)) {
    assert.equal(answerValueLabel('categories', code), reportCategories[code]);
  }
  assert.equal(answerValueLabel('firstNoticed', 'this_month'), 'In the last month');
  assert.equal(answerValueLabel('age', '18_24'), '18 to 24');
  assert.equal(answerValueLabel('childInvolved', 'unknown'), 'I do not know');
  assert.equal(answerValueLabel('names', 'Tiny'), 'Tiny', 'what a reporter typed is shown as typed');
  assert.equal(answerValueLabel('names', 'CUCKOO_BUZZERS'), 'CUCKOO_BUZZERS', 'even when it looks like a code');
  assert.equal(answerKeyLabel('visitLength'), 'How long visitors stay');
});
