// The one map from a report's stored codes and field paths to the words staff read. Pure and
// free of imports beyond the vocabulary, so the staff web app bundles this same file: the API
// keeps codes (countable, searchable), and every page shows these labels instead of
// CUCKOO_SHORT_VISITS, phones.0.number or "where".
import {
  ageBands,
  cuckooingIndicators,
  dangerNowOptions,
  daysOfWeek,
  exploitationIndicators,
  firstNoticedOptions,
  reportCategories,
  timesOfDay,
  visitLengths,
  visitorCounts,
  yesNoUnknown,
} from './report-vocabulary.ts';

/** The pages of the journey, as a heading for their answers. */
export const pageLabels: Readonly<Record<string, string>> = {
  about: 'What it is about',
  where: 'Where',
  'home-taken-over': 'A home taken over',
  when: 'When',
  who: 'Who',
  'young-person': 'A young person',
  vehicles: 'Vehicles',
  phones: 'Phone numbers, messages and accounts',
  'anything-else': 'Anything else',
  contact: 'Contact',
};

/** Answer keys in words, wherever they appear in a report. */
const keyLabels: Readonly<Record<string, string>> = {
  categories: 'About',
  otherDescription: 'What it is about',
  notAboutAPlace: 'Not about a particular place',
  building: 'House number, name or flat',
  street: 'Street',
  streetInGazetteer: 'Street found in the gazetteer',
  town: 'Town or village',
  postcode: 'Postcode',
  place: 'The place',
  signs: 'Signs',
  otherSigns: 'Other signs',
  firstNoticed: 'First noticed',
  lastSeen: 'Last seen',
  allHours: 'At all hours',
  timesOfDay: 'Times of day',
  days: 'Days',
  visitors: 'Visitors',
  visitLength: 'How long visitors stay',
  pattern: 'When it happens',
  people: 'People',
  description: 'Description',
  names: 'Names or nicknames',
  age: 'Age',
  childInvolved: 'A child involved',
  vulnerableAdultInvolved: 'A vulnerable adult involved',
  lifeAtRisk: 'A life at risk',
  dangerNow: 'Danger now',
  make: 'Make',
  model: 'Model',
  colour: 'Colour',
  registration: 'Registration',
  number: 'Number',
  messageText: 'Message',
  phones: 'Phones',
  vehicles: 'Vehicles',
  accounts: 'Online accounts',
  details: 'Details',
  callReference: '101 incident number or Crimestoppers reference',
  choice: 'Contact',
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  safeToContact: 'Safe to contact',
  safeContactNotes: 'When or how it is safe to contact',
  shareWithSafeguarding: 'Shared with safeguarding',
  year: 'Year',
  month: 'Month',
  day: 'Day',
};

/** Coded answers: the vocabulary each key's values come from. */
const valueLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  categories: reportCategories,
  firstNoticed: firstNoticedOptions,
  timesOfDay,
  days: daysOfWeek,
  visitors: visitorCounts,
  visitLength: visitLengths,
  age: ageBands,
  childInvolved: yesNoUnknown,
  vulnerableAdultInvolved: yesNoUnknown,
  lifeAtRisk: yesNoUnknown,
  dangerNow: dangerNowOptions,
  safeToContact: yesNoUnknown,
  shareWithSafeguarding: yesNoUnknown,
  choice: { anonymous: 'Stayed anonymous', contact: 'Gave contact details' },
  // Both checklists: their prefixes (CUCKOO_, CCE_) keep them apart.
  signs: { ...cuckooingIndicators, ...exploitationIndicators },
};

function sentence(key: string): string {
  const spaced = key
    .replace(/[-_.]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** An answer key in words ("firstNoticed" is "First noticed"). */
export function answerKeyLabel(key: string): string {
  return keyLabels[key] ?? pageLabels[key] ?? sentence(key);
}

/** A coded answer in words ("CUCKOO_SHORT_VISITS" is "Visitors who stay only a few minutes"). */
export function answerValueLabel(key: string, value: string): string {
  return valueLabels[key]?.[value] ?? value;
}

const listNouns: Readonly<Record<string, string>> = {
  'who.people': 'Person',
  vehicles: 'Vehicle',
  phones: 'Phone',
};

/**
 * A field of a report in words: "phones.0.number" is "Phone 1: number", "where" is "Where the
 * reporter said", "home-taken-over.otherSigns" is "A home taken over: other signs".
 */
export function fieldLabel(field: string): string {
  const item = /^(who\.people|vehicles|phones)\.(\d+)\.(\w+)$/.exec(field);
  if (item) {
    const [, list = '', index = '0', part = ''] = item;
    return `${listNouns[list] ?? 'Item'} ${String(Number(index) + 1)}: ${answerKeyLabel(part).toLowerCase()}`;
  }
  const [page = '', ...rest] = field.split('.');
  const pageLabel = pageLabels[page];
  if (pageLabel === undefined) return answerKeyLabel(field);
  if (rest.length === 0) return pageLabel;
  const key = rest.join('.');
  if (page === 'anything-else' && key === 'details') return 'Anything else';
  return `${pageLabel}: ${answerKeyLabel(key).toLowerCase()}`;
}
