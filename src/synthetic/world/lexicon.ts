// The words people use when they report drug dealing in a small city: street slang for drugs and
// dealing (DOMAIN.md §3.2), the way they count visitors and describe times, and the bulk texts a
// deal line sends to its customers. Kept apart from the report templates so the vocabulary can be
// reviewed on its own.
import type { Rng } from './prng.ts';
import type { TimeOfDay } from './world.types.ts';

const SLANG: Readonly<Record<string, readonly string[]>> = {
  crack: ['white', 'stones', 'rocks', 'crack', 'light'],
  heroin: ['brown', 'dark', 'heroin', 'gear'],
  cocaine: ['charlie', 'coke', 'sniff', 'powder'],
  cannabis: ['weed', 'bud', 'green', 'skunk', 'zoots'],
};

/** A way of naming what the line sells: "b and w", "bits", "white", "food". */
export function drugWords(rng: Rng, drugs: readonly string[]): string {
  if (drugs.includes('crack') && drugs.includes('heroin') && rng.chance(0.4)) {
    return rng.pick(['b and w', 'b&w', 'white and brown', 'brown and white', 'crack and heroin']);
  }
  if (rng.chance(0.3)) return rng.pick(['bits', 'food', 'work', 'drugs', 'gear', 'packages']);
  return rng.pick(SLANG[rng.pick(drugs)] ?? ['drugs']);
}

/** Nouns for it: "there is {dealing} going on". */
export const DEALING_NOUNS = ['dealing', 'drug dealing', 'shotting', 'trapping', 'selling drugs'];

/** Verbs that take a drug: "kids {selling} white". */
export const SELLING_VERBS = ['selling', 'shotting', 'dealing', 'pushing', 'serving'];

/** What people say they see going on. */
export const DEALING_ACTS = [
  'shotting',
  'dealing',
  'selling bits',
  'doing deals through car windows',
  'handing stuff over',
  'trapping',
  'serving up',
  'doing drops',
];

/** What a runner or line member is called by neighbours. */
export const RUNNER_WORDS = ['runners', 'youngers', 'young lads', 'kids', 'teenagers', 'boys', 'fresh faces'];

export const TIME_PHRASES: Readonly<Record<TimeOfDay, readonly string[]>> = {
  early_morning: ['from 5am', 'early hours', 'first thing'],
  morning: ['in the mornings', 'before 10'],
  afternoon: ['after school finishes', 'in the afternoon', 'lunchtimes'],
  evening: ['in the evenings', 'from about 6pm', 'teatime onwards'],
  night: ['late at night', 'after midnight', 'through the night', 'gone 2am'],
};

export const TIMES_OF_DAY: readonly TimeOfDay[] = ['early_morning', 'morning', 'afternoon', 'evening', 'night'];

export function pickTimes(rng: Rng): TimeOfDay[] {
  const picked = rng.sample(
    TIMES_OF_DAY,
    rng.weighted([
      [1, 4],
      [2, 4],
      [3, 2],
    ] as const),
  );
  return TIMES_OF_DAY.filter((t) => picked.includes(t));
}

/** "like 30 a day", "dozens", "every 10 mins": how many visitors, in a reporter's words. */
export function visitorWords(rng: Rng, perDay: number): string {
  return rng.weighted<string>([
    [`${String(perDay)} people a day`, 3],
    [`like ${String(perDay)} a day`, 2],
    [`at least ${String(Math.max(5, Math.round(perDay / 10) * 10))} visitors a day`, 2],
    [perDay > 24 ? 'dozens of people a day' : 'loads of people a day', 2],
    [`someone every ${String(Math.max(2, Math.round(600 / perDay)))} mins`, 1],
  ]);
}

/** Bulk marketing texts a deal line sends; {brand} and {drugs} are filled in. */
const BULK_TEXTS = [
  '{brand} back on it 🔥 {drugs} all day 2 for 25 ring now',
  '{BRAND} LINE OPEN ✅ {drugs} 24/7 fast drops st albans and harpenden',
  'morning all its {brand} {drugs} ready b4 12 3 for 20',
  '{brand} here. {drugs} on. dont txt after 2am',
  'yo {brand} on da road now. {drugs}. quick quick',
  '{BRAND} 💯 top quality {drugs} deals all day call or txt',
  'Good morning from {brand}. {drugs} available now, no shorts',
];

/** Sent from the new number when a line re-brands; {old} is the number it replaces. */
const REBRAND_TEXTS = [
  '{BRAND} NEW NUMBER save this 1 old 1 is dead',
  'its {brand} new number. delete {old}. same {drugs} same deals',
  '{brand} got a new phone. dont use {old} no more. {drugs} on',
  'NEW NUMBER!! {brand} still here {drugs} all day',
];

export function bulkText(rng: Rng, brand: string, drugs: string, old: string | null): string {
  const template = old !== null && rng.chance(0.7) ? rng.pick(REBRAND_TEXTS) : rng.pick(BULK_TEXTS);
  return template
    .replace('{brand}', brand.toLowerCase())
    .replace('{BRAND}', brand.toUpperCase())
    .replace('{drugs}', drugs)
    .replace('{old}', old ?? '');
}

/** Scam and spam texts that are nothing to do with drugs: noise on the phone category. */
export const SCAM_TEXTS = [
  'your parcel could not be delivered, pay the redelivery fee at the link',
  'HMRC: you are due a tax refund, click to claim',
  'Hi mum my phone broke this is my new number can you text me',
  'your bank account has been suspended, call us urgently',
  'you have an unpaid toll charge, pay today to avoid a fine',
];
