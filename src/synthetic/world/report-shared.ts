// Small pieces several report writers share: when things happen, how a line is named, and
// numbers that belong to nobody (for scams and wrong numbers).
import { pickTimes, TIME_PHRASES, visitorWords } from './lexicon.ts';
import type { Draft } from './report-draft.ts';
import type { CountyLine, Person, ReportCategory, ReportKind } from './world.types.ts';

/** What a report writer decided, besides the draft it filled in. */
export type Written = {
  readonly category: ReportCategory;
  readonly kind: ReportKind;
  readonly lineId: string | null;
  readonly subject: string;
};

/** Sets the when-answers and returns words for the text ("like 30 a day, late at night"). */
export function mentionWhen(draft: Draft, busy: { min: number; max: number } | null): string {
  const { rng } = draft;
  const allHours = busy !== null && rng.chance(0.35);
  const times = pickTimes(rng);
  const perDay = busy === null ? undefined : rng.int(busy.min, busy.max);
  if (rng.chance(0.7)) {
    draft.structured.when = {
      ...(allHours ? { allHours: true } : { timesOfDay: times }),
      ...(perDay !== undefined && rng.chance(0.8) && { visitorsPerDay: perDay }),
    };
  }
  const when = allHours
    ? rng.pick(['all hours', '24/7', 'day and night', 'round the clock'])
    : times.map((t) => rng.pick(TIME_PHRASES[t])).join(' and ');
  return perDay === undefined ? when : `${visitorWords(rng, perDay)}, ${when}`;
}

/** "the Blade line", "blade", "the blade number": how a reporter names a line they have heard of. */
export function lineWords(draft: Draft, line: CountyLine): string {
  const brand = draft.rng.chance(0.5) ? line.brand : line.brand.toLowerCase();
  return draft.rng.pick([`the ${brand} line`, `${brand} line`, brand, `the ${brand} number`, `"${brand}"`]);
}

export function peopleOf(draft: Draft, ids: readonly string[]): Person[] {
  return ids.map((id) => draft.index.person(id));
}

export function childRunners(draft: Draft, line: CountyLine): Person[] {
  return peopleOf(draft, line.runnerIds).filter((p) => p.age < 18);
}

/** A mobile (or, failing that, landline) drama number that nobody in the world uses. */
export function strangerNumber(draft: Draft): string {
  const { rng, index } = draft;
  for (let attempt = 0; attempt < 30; attempt++) {
    const mobile = `+447700900${String(rng.int(0, 999)).padStart(3, '0')}`;
    if (!index.isNumberTaken(mobile)) return mobile;
  }
  return rng.chance(0.5)
    ? `+442079460${String(rng.int(0, 999)).padStart(3, '0')}`
    : `+441134960${String(rng.int(0, 999)).padStart(3, '0')}`;
}

const VULNERABILITY_WORDS: Readonly<Record<string, readonly string[]>> = {
  drug_use: ['is a user {him}self and they pay {him} in gear', 'has a drug problem', 'is an addict and owes them'],
  alcohol_use: ['drinks a lot', 'is an alcoholic'],
  learning_disability: [
    'has learning difficulties',
    'is vulnerable, learning disabilities',
    'is a bit slow bless {him}',
  ],
  mental_health: ['has mental health problems', 'is not well mentally'],
  older_living_alone: [
    'is elderly and lives on {his} own',
    'is in {his} 80s and lives alone',
    'is old and on {his} own',
  ],
  care_leaver: ['only just left care', 'is a young care leaver'],
  physical_ill_health: ['is disabled', 'is not well and can barely get out'],
};

/** Why the reporter thinks the resident is vulnerable, in their own words. */
export function vulnerabilityWords(draft: Draft, person: Person): string {
  const flag = person.vulnerabilities[0];
  const phrase = draft.rng.pick(flag ? (VULNERABILITY_WORDS[flag] ?? ['is vulnerable']) : ['is vulnerable']);
  const female = person.sex === 'female';
  return phrase.replaceAll('{him}', female ? 'her' : 'him').replaceAll('{his}', female ? 'her' : 'his');
}

/** "he" or "she", for sentences about one person. */
export function pronoun(person: Person): string {
  return person.sex === 'female' ? 'she' : 'he';
}
