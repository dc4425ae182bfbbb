import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../extraction/index.ts';
import { looksLikeDrugAdvert, suspectCuckooing } from './correlation-rules.ts';

const advert = (text: string) => looksLikeDrugAdvert(text, extractEntities(text).drugs.length);

test('a quoted message is a drugs advert when it names drugs, quotes deal prices or says the line is open', () => {
  for (const text of [
    'BLADE LINE OPEN ✅ white and brown 24/7 fast drops st albans',
    'morning all its ace 3 for 20',
    'bits available all day ring 07700 900777',
    'yo tizzy on da road now. quick quick. back on it',
    'good morning, food and ket ready',
  ]) {
    assert.ok(advert(text), text);
  }
  for (const text of [
    'your parcel could not be delivered, pay the redelivery fee at the link',
    'HMRC: you are due a tax refund, click to claim',
    'Hi mum my phone broke this is my new number can you text me',
    'you have an unpaid toll charge, pay today to avoid a fine',
  ]) {
    assert.ok(!advert(text), text);
  }
});

test('cuckooing needs the category, or a vulnerable resident together with activity at the home', () => {
  assert.ok(suspectCuckooing({ homeTakenOver: true, vulnerableResident: false, activityAtHome: false }));
  assert.ok(suspectCuckooing({ homeTakenOver: false, vulnerableResident: true, activityAtHome: true }));
  // A noisy party (visitors at odd hours) or a vulnerable customer alone is not cuckooing.
  assert.ok(!suspectCuckooing({ homeTakenOver: false, vulnerableResident: false, activityAtHome: true }));
  assert.ok(!suspectCuckooing({ homeTakenOver: false, vulnerableResident: true, activityAtHome: false }));
});
