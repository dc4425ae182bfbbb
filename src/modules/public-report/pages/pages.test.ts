import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportAnswers } from '../../reports/index.ts';
import { streetLookup } from '../street-lookup.ts';
import { pageDefinitions } from './index.ts';
import type { FormValues, PageContext, PageDefinition } from './page.ts';
import { tidyPhoneNumber } from './phone-number.ts';

const context = (answers: ReportAnswers = {}): PageContext => ({ answers, today: '2026-11-26', streets: streetLookup });

function errorsOf(page: keyof typeof pageDefinitions, values: FormValues, answers: ReportAnswers = {}) {
  const result = pageDefinitions[page].parse(values, context(answers));
  return result.ok ? [] : result.errors.map((error) => `${error.target ?? error.field}: ${error.message}`);
}

function stateOf<K extends keyof typeof pageDefinitions>(page: K, values: FormValues, answers: ReportAnswers = {}) {
  const result = (pageDefinitions[page] as PageDefinition<K>).parse(values, context(answers));
  assert.ok(result.ok, JSON.stringify(result));
  return result.state;
}

test('about: at least one category, from the vocabulary only', () => {
  assert.deepEqual(errorsOf('about', {}), ['categories: Select what you want to tell us about']);
  assert.deepEqual(errorsOf('about', { categories: 'not_a_code' }), [
    'categories: Select what you want to tell us about',
  ]);
  assert.deepEqual(stateOf('about', { categories: ['vehicle', 'dealing_place'], otherDescription: 'x' }), {
    categories: ['dealing_place', 'vehicle'],
  });
  assert.deepEqual(stateOf('about', { categories: 'something_else', otherDescription: ' a rave ' }), {
    categories: ['something_else'],
    otherDescription: 'a rave',
  });
});

test('where: partial answers, postcodes tidied, streets checked against the gazetteer', () => {
  assert.match(errorsOf('where', {})[0] ?? '', /^building: Tell us where/);
  assert.deepEqual(stateOf('where', { notAboutAPlace: 'yes' }), { notAboutAPlace: true });
  assert.deepEqual(stateOf('where', { postcode: 'al13jx' }), { notAboutAPlace: false, postcode: 'AL1 3JX' });
  assert.deepEqual(stateOf('where', { postcode: 'al1' }), { notAboutAPlace: false, postcode: 'AL1' });
  assert.deepEqual(errorsOf('where', { postcode: 'St Albans' }), [
    'postcode: Enter a postcode in the right format, like AL1 3JX, or just the first part, like AL1',
  ]);
  assert.deepEqual(stateOf('where', { street: 'hatfield rd' }), {
    notAboutAPlace: false,
    street: 'Hatfield Road',
    streetInGazetteer: true,
  });
  const unknown = pageDefinitions.where.parse({ street: 'Hatfeld' }, context());
  assert.ok(!unknown.ok);
  assert.equal(unknown.errors[0]?.field, 'streetChoice');
  const items = (unknown.view?.streetItems ?? []) as { value?: string }[];
  assert.ok(items.some((item) => item.value === '__as_typed'));
  assert.deepEqual(stateOf('where', { street: 'Hatfeld', streetChoice: '__as_typed' }), {
    notAboutAPlace: false,
    street: 'Hatfeld',
    streetInGazetteer: false,
  });
  assert.deepEqual(stateOf('where', { street: 'Hatfeld', streetChoice: 'Hatfield Road' }), {
    notAboutAPlace: false,
    street: 'Hatfield Road',
    streetInGazetteer: true,
  });
  assert.deepEqual(errorsOf('where', { place: 'x'.repeat(501) }), [
    'place: Description of the place must be 500 characters or fewer',
  ]);
});

test('when: dates may leave out the day, must be real and not in the future; "at all hours" wins', () => {
  const date = (day: string, month: string, year: string) => ({
    'lastSeen-day': day,
    'lastSeen-month': month,
    'lastSeen-year': year,
  });
  assert.deepEqual(stateOf('when', date('', '11', '2026')).lastSeen, { year: 2026, month: 11 });
  assert.deepEqual(errorsOf('when', date('31', '2', '2026')), [
    'lastSeen-day: The date you last saw it must be a real date',
  ]);
  assert.deepEqual(errorsOf('when', date('', '', '2026')), [
    'lastSeen-month: The date you last saw it must include a month and year',
  ]);
  assert.deepEqual(errorsOf('when', date('27', '11', '2026')), [
    'lastSeen-day: The date you last saw it must be today or in the past',
  ]);
  assert.deepEqual(errorsOf('when', date('', '13', '2026')), [
    'lastSeen-month: The date you last saw it must be a real date: the month is a number from 1 to 12',
  ]);
  const state = stateOf('when', { timesOfDay: ['night', 'all_hours'], days: ['sunday', 'monday'] });
  assert.equal(state.allHours, true);
  assert.deepEqual(state.timesOfDay, []);
  assert.deepEqual(state.days, ['monday', 'sunday']);
});

test('who: the three questions are required, people come from the slots that were filled', () => {
  assert.deepEqual(errorsOf('who', {}), [
    'childInvolved: Select whether a child or young person seems to be involved',
    'vulnerableAdultInvolved: Select whether a vulnerable adult seems to be involved',
    'lifeAtRisk: Select whether you think anyone’s life or safety is at risk',
  ]);
  const state = stateOf('who', {
    person1Age: 'unknown',
    person2Description: 'Short, red jacket',
    person2Age: '12_15',
    childInvolved: 'unknown',
    vulnerableAdultInvolved: 'no',
    lifeAtRisk: 'no',
  });
  assert.deepEqual(state.people, [{ description: 'Short, red jacket', age: '12_15' }]);
  assert.deepEqual(
    errorsOf('who', {
      person3Names: 'n'.repeat(201),
      childInvolved: 'no',
      vulnerableAdultInvolved: 'no',
      lifeAtRisk: 'no',
    }),
    ['person3Names: Names or nicknames must be 200 characters or fewer'],
  );
});

test('vehicles: partial registrations; blank is accepted, as the page says, even for a report about a vehicle', () => {
  assert.deepEqual(stateOf('vehicles', { vehicle2Registration: ' ab12  c?e ' }), {
    vehicles: [{ registration: 'AB12 C?E' }],
  });
  assert.deepEqual(errorsOf('vehicles', { vehicle1Registration: 'AB-12' }), [
    'vehicle1Registration: Registration can only include letters, numbers, spaces and ? for characters you did not see',
  ]);
  assert.deepEqual(stateOf('vehicles', {}), { vehicles: [] });
  assert.deepEqual(errorsOf('vehicles', {}, { about: { categories: ['vehicle'] } }), []);
});

test('phones: numbers tidied to E.164 where possible, partial numbers kept', () => {
  assert.equal(tidyPhoneNumber('07700 900123'), '+447700900123');
  assert.equal(tidyPhoneNumber('+44 7700 900123'), '+447700900123');
  assert.equal(tidyPhoneNumber('0770 09'), '0770 09');
  assert.equal(tidyPhoneNumber('call me'), undefined);
  assert.equal(tidyPhoneNumber('123'), undefined);
  assert.deepEqual(errorsOf('phones', { phone1Number: 'ring ring' }), [
    'phone1Number: Enter a phone number using numbers only, like 07700 900 982, or the part you know',
  ]);
  assert.deepEqual(errorsOf('phones', {}, { about: { categories: ['phone_messages'] } }), []);
});

test('contact: anonymous, or a way to reach the reporter and whether it is safe', () => {
  assert.deepEqual(errorsOf('contact', {}), ['choice: Select whether you want to stay anonymous']);
  assert.deepEqual(stateOf('contact', { choice: 'anonymous', contactEmail: 'ignored@example.com' }), {
    choice: 'anonymous',
  });
  assert.deepEqual(errorsOf('contact', { choice: 'contact' }), [
    'contactPhone: Enter a phone number or an email address, so we can contact you',
    'safeToContact: Select whether it is safe for us to contact you',
  ]);
  assert.deepEqual(errorsOf('contact', { choice: 'contact', contactEmail: 'nope', safeToContact: 'yes' }), [
    'contactEmail: Enter an email address in the right format, like name@example.com',
  ]);
  assert.deepEqual(stateOf('contact', { choice: 'contact', contactPhone: '07700 900123', safeToContact: 'no' }), {
    choice: 'contact',
    phone: '+447700900123',
    safeToContact: 'no',
  });
});

test('a tampered form that repeats a text field uses the first value', () => {
  assert.deepEqual(stateOf('anything-else', { details: ['first', 'second'] }), { details: 'first' });
});

test('every page summarises what it stored for check-your-answers', () => {
  const rows = pageDefinitions.when.summarise({ allHours: true, timesOfDay: [], days: [] });
  assert.deepEqual(rows.find((row) => row.key === 'Times of day')?.lines, ['At all hours']);
});
