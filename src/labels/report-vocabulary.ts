// The controlled vocabulary of a public report. Answers are stored as these codes, never as
// the words shown to the reporter, so analysts can count and search them and the wording
// can change without touching stored reports. The indicator lists follow the Home Office
// signs of cuckooing and of child criminal exploitation (docs: DOMAIN.md §3.3).

export const reportCategories = {
  dealing_place: 'Drug dealing at an address or place',
  vehicle: 'A vehicle used for drug dealing',
  phone_messages: 'A phone number, or messages advertising drugs',
  young_person: 'A young person who may be exploited',
  home_taken_over: 'Someone whose home has been taken over by drug dealers (cuckooing)',
  drug_use: 'Recreational drug use',
  something_else: 'Something else',
} as const;
export type ReportCategory = keyof typeof reportCategories;

export const cuckooingIndicators = {
  CUCKOO_VISITOR_FOOTFALL: 'More people than usual coming and going, including at odd hours',
  CUCKOO_SHORT_VISITS: 'Visitors who stay only a few minutes',
  CUCKOO_VEHICLES_STOPPING: 'Cars, bikes or taxis stopping outside for a short time',
  CUCKOO_UNKNOWN_OCCUPANTS: 'New faces, or people staying there who seem out of place',
  CUCKOO_ANTISOCIAL: 'More anti-social behaviour, noise or litter',
  CUCKOO_PARAPHERNALIA: 'Drug equipment nearby, such as needles, foil or small bags, or dealing in the open',
  CUCKOO_RESIDENT_NOT_SEEN: 'The person who lives there is rarely seen',
  CUCKOO_RESIDENT_ANXIOUS: 'The person who lives there seems anxious, withdrawn or not in control',
  CUCKOO_RESIDENT_DISENGAGED: 'They have stopped seeing carers, support workers or health visitors',
  CUCKOO_RESIDENT_VULNERABLE:
    'The person who lives there may be vulnerable, for example older, unwell, disabled or using drugs',
  CUCKOO_DOOR_DAMAGED: 'A damaged door, or a door often left open',
  CUCKOO_BUZZERS: 'Strangers pressing buzzers or knocking at all hours',
  CUCKOO_CURTAINS_CLOSED: 'Curtains or blinds always closed',
} as const;
export type CuckooingIndicator = keyof typeof cuckooingIndicators;

export const exploitationIndicators = {
  CCE_MISSING: 'Often missing from school or home, or found a long way from home',
  CCE_UNEXPLAINED_MONEY: 'Money, clothes, trainers or phones they cannot explain',
  CCE_MULTIPLE_HANDSETS: 'Lots of calls or messages, or more than one phone or SIM card',
  CCE_OLDER_ASSOCIATES: 'Older or controlling friends, or links to a gang',
  CCE_LEAVING_HOME_OR_CARE: 'Leaving home or care without explanation',
  CCE_INJURIES_SELF_HARM: 'Self-harm, or injuries they cannot explain',
  CCE_PARENT_CONCERN: 'Their parents or carers are worried about them',
  CCE_SCHOOL_DECLINE: 'Doing worse at school, or excluded from school',
  CCE_WEAPONS: 'Carrying a weapon',
  CCE_TRAVEL_TICKETS: 'Train tickets, hotel keys or cards they cannot explain',
  CCE_RUCKSACK: 'A bag or rucksack they never put down',
  CCE_PARAPHERNALIA: 'Drug equipment, such as small bags, scales or foil',
  CCE_NEW_NICKNAME: 'A new nickname',
  CCE_CARS_WITH_ADULTS: 'Getting into cars with adults they do not know',
} as const;
export type ExploitationIndicator = keyof typeof exploitationIndicators;

export const firstNoticedOptions = {
  today: 'Today',
  this_week: 'In the last week',
  this_month: 'In the last month',
  this_year: 'In the last year',
  over_a_year: 'More than a year ago',
  unknown: 'I do not know',
} as const;
export type FirstNoticed = keyof typeof firstNoticedOptions;

export const timesOfDay = {
  morning: 'Morning (6am to midday)',
  afternoon: 'Afternoon (midday to 6pm)',
  evening: 'Evening (6pm to midnight)',
  night: 'Night (midnight to 6am)',
} as const;
export type TimeOfDay = keyof typeof timesOfDay;

export const daysOfWeek = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
} as const;
export type DayOfWeek = keyof typeof daysOfWeek;

export const visitorCounts = {
  none: 'None that I have seen',
  few: '1 to 5 a day',
  several: '6 to 20 a day',
  many: 'More than 20 a day',
  unknown: 'I do not know',
} as const;
export type VisitorCount = keyof typeof visitorCounts;

export const visitLengths = {
  minutes: 'A few minutes',
  under_hour: 'Less than an hour',
  hours: 'A few hours',
  overnight: 'Overnight or longer',
  unknown: 'I do not know',
} as const;
export type VisitLength = keyof typeof visitLengths;

export const ageBands = {
  unknown: 'I do not know',
  under_12: 'Under 12',
  '12_15': '12 to 15',
  '16_17': '16 or 17',
  '18_24': '18 to 24',
  '25_39': '25 to 39',
  '40_plus': '40 or over',
} as const;
export type AgeBand = keyof typeof ageBands;
export const childAgeBands: readonly AgeBand[] = ['under_12', '12_15', '16_17'];

/** Answers that mean someone is in danger now: each stops the journey with the "call 999" page. */
export const dangerNowOptions = {
  child_harmed: 'A child is being hurt, or is in danger, right now',
  weapon: 'Someone has a weapon, such as a knife or a gun, right now',
  held: 'Someone is being held or kept somewhere against their will',
} as const;
export type DangerNow = keyof typeof dangerNowOptions;

export const yesNoUnknown = { yes: 'Yes', no: 'No', unknown: 'I do not know' } as const;
export type YesNoUnknown = keyof typeof yesNoUnknown;

/** Object.keys with the key type kept, for iterating a vocabulary in its written order. */
export function codesOf<T extends Record<string, string>>(vocabulary: T): (keyof T & string)[] {
  return Object.keys(vocabulary);
}
