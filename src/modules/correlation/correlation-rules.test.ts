import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../extraction/index.ts';
import { activityAtHomeInText, childConcern, looksLikeDrugAdvert, suspectCuckooing } from './correlation-rules.ts';

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

test('cuckooing needs someone at risk (the category or a vulnerable resident) and activity at the home', () => {
  assert.ok(suspectCuckooing({ homeTakenOver: false, vulnerableResident: true, activityAtHome: true }));
  assert.ok(suspectCuckooing({ homeTakenOver: true, vulnerableResident: false, activityAtHome: true }));
  // A noisy party (visitors at odd hours), a vulnerable customer, or family moving in with a worried neighbour
  // choosing "home taken over" is not cuckooing on its own.
  assert.ok(!suspectCuckooing({ homeTakenOver: false, vulnerableResident: false, activityAtHome: true }));
  assert.ok(!suspectCuckooing({ homeTakenOver: false, vulnerableResident: true, activityAtHome: false }));
  assert.ok(!suspectCuckooing({ homeTakenOver: true, vulnerableResident: true, activityAtHome: false }));
});

test('activity at a home can be read from the text: dealing, visitors, or the words for a takeover', () => {
  for (const text of [
    'i think Ann at 4 Park Road is being cuckooed',
    'people have moved in and are dealing from there',
    'its lads from london coming and going',
    'his home has been taken over',
  ]) {
    assert.ok(activityAtHomeInText(text, extractEntities(text).drugs.length > 0), text);
  }
  for (const text of [
    'worried the man at 108 is being taken advantage of, a young man has moved in, he seems quieter',
    'different people staying there every weekend with suitcases, never the same faces',
  ]) {
    assert.ok(!activityAtHomeInText(text, extractEntities(text).drugs.length > 0), text);
  }
});

test('a child with signs of exploitation or around supply is at risk of exploitation; drugs alone is drug use', () => {
  const concern = (text: string, childPresent = true, exploitationSigns = 0) =>
    childConcern({ childPresent, exploitationSigns, drugsMentioned: extractEntities(text).drugs.length > 0, text });
  assert.equal(concern('teenagers smoking weed in the park'), 'drug_use');
  assert.equal(concern('a girl smoking weed at the station'), 'drug_use');
  assert.equal(concern('kids serving white and brown in the park'), 'exploitation');
  assert.equal(concern('young lads answer the door at the trap house'), 'exploitation');
  assert.equal(concern('teenagers smoking weed in the park', true, 1), 'exploitation');
  // A child merely present, or no child at all, raises nothing.
  assert.equal(concern('kids on e-bikes racing up and down the road'), null);
  assert.equal(concern('an older man with a London accent selling crack', false, 0), null);
});
