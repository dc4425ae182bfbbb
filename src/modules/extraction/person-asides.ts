// Names given in passing: the name a nickname is given for ("Marcus Hall aka 'Biggs'"), the one a crew is named
// by ("Blade and them lot"), and a word said at once to be a person ("charlie, which is the bloke who used to live
// there"). The patterns that need no more than a capital are people.ts's; these ask for a listed given name or a
// text about dealing.
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import { describesDealing, quotationAround } from './drug-talk.ts';
import { isListedGivenName, isPlainGivenName } from './given-names.ts';
import { ORIGIN_WORDS } from './person-cues.ts';
import { writtenInLowerCase } from './lower-case-names.ts';
import {
  BUSINESS_WORDS,
  DESCRIPTOR_WORDS,
  DRUGS_NAMED_AS_PEOPLE,
  NAME,
  NOT_NAMES,
  addressOnly,
  plainWord,
} from './person-words.ts';
import type { AddPerson } from './person-words.ts';
import { before, matchAll } from './spans.ts';

// "Marcus Hall aka 'Biggs'", "Dean, a.k.a. D-Money": the name a nickname is given for; not a place's other name
// ("Holly Close aka the Close").
const NAME_BEFORE_AKA = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAME})[ \\t]*,?[ \\t]+(?i:aka|a\\.k\\.a\\.?|also known as|otherwise known as)[ \\t]+(?:(["'‘“])|(?=[\\p{Lu}\\p{N}]))`,
  'gu',
);
// "Blade and them lot want me to go": the one a crew is named by, as young people speak of it.
const AND_THEM_LOT = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Ll}\\p{N}'’-]{1,15})[ \\t]+(?i:and|an|n|&)[ \\t]+((?i:them|dem|that|his|him))[ \\t]+(?i:lot|lads|boys|mans|mandem|crew|olders|youngers|gang)(?![\\p{L}\\p{N}])`,
  'gu',
);
// "'if I lose the stuff Chef will kill me'": who a young person says will hurt them.
const WILL_HURT = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Ll}\\p{N}'’-]{1,15}(?:[ \\t]+\\p{Lu}[\\p{Ll}\\p{N}'’-]{0,15})?)[ \\t]+(?:(?i:will|would|is gonna|is going to|gonna|'ll|’ll)[ \\t]+)?(?i:kill|killing|hurt|batter|stab|shank|merk|smash)[ \\t]+(?i:me|us|him|her|you|u|them)\\b`,
  'gu',
);
// "she's on facebook as Dawn Pettifer": the name a profile shows, a given name and a surname.
const PROFILE_AS = new RegExp(
  `\\b(?i:on|in)[ \\t]+(?i:facebook|fb|insta|instagram|tiktok|snap|snapchat|linkedin|twitter)[ \\t]+(?i:as|under)[ \\t]+(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
// Said of a person right after the word: "charlie, which is the bloke who used to live there", "Dean, who is the
// man upstairs", "charlie moved out in the summer". drug-senses.ts reads a drug's name so followed as a person.
const SAID_OF_A_PERSON =
  /^[ \t]*,?[ \t]+(?:(?:which|who)(?:[ \t]+(?:is|was|used to be)|['’]s)[ \t]+(?:the|a|an|my|his|her|our|their)[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(?:bloke|man|lad|guy|woman|girl|fella|boy|lady|tenant|neighbour|landlord|owner|dad|mum|brother|sister|son|daughter)|moved[ \t]+(?:out|in|away)|used[ \t]+to[ \t]+live|lives[ \t]+(?:at|on|in|next|upstairs|downstairs|there|here))\b/iu;
// What a threat is over, in the words of someone made to carry or owe: "if I lose the stuff", "if I don't pay".
const THREAT_OVER = /\b(?:stuff|package|parcel|bag|bags|money|owe|owes|owed|debt|drop|line|food|ting|phone|sim|pay)\b/i;
// Who threatens in everyday speech: family, school, work, bodies.
const NOT_THREATENERS = new Set(
  (
    'gran granny grandma grandad nan nana mam mom mum mummy mommy dad daddy bae babe hubby wifey coach miss sir ' +
    'manager boss teacher landlord bailiffs council feds police'
  ).split(' '),
);
// Who a crew may be named after without being anyone's name.
const NOT_CREW = new Set('landlord landlady owner manager boss teacher caretaker feds police gang'.split(' '));
const WORD = /(?<![\p{L}\p{N}'’])\p{L}[\p{Ll}'’-]{1,15}(?![\p{L}\p{N}])/gu;

const named = (word: string): boolean =>
  !NOT_NAMES.has(word.toLowerCase()) &&
  !DESCRIPTOR_WORDS.has(word.toLowerCase()) &&
  !STREET_TYPE_WORDS.has(word.toLowerCase());

/** Names given in passing (see above). */
export function addAsideNames(input: string, add: AddPerson): void {
  const dealing = describesDealing(input);
  for (const m of matchAll(NAME_BEFORE_AKA, input)) {
    const words = (m[1] ?? '').split(/[ \t]+/);
    // A listed given name first, every word a name's, and the nickname quoted or the text about dealing: not "Jack
    // Daniels aka JD was all they drank", "Grace Street aka Grace Way"; a street's word after it is a surname only
    // before a quoted nickname ("Marcus Hall aka 'Biggs'").
    const quoted = m[2] !== undefined;
    const surnames = words.slice(1).map((w) => w.toLowerCase());
    const plain = surnames.every(
      (w) =>
        !NOT_NAMES.has(w) &&
        !DESCRIPTOR_WORDS.has(w) &&
        !BUSINESS_WORDS.has(w) &&
        (quoted || !STREET_TYPE_WORDS.has(w)),
    );
    if (isListedGivenName(words[0] ?? '') && named(words[0] ?? '') && plain && (quoted || dealing)) {
      add(m, m[1] ?? '', 'name');
    }
  }
  for (const m of matchAll(PROFILE_AS, input)) {
    const words = (m[1] ?? '').split(/[ \t]+/);
    const firm = words.some((w) => BUSINESS_WORDS.has(w.toLowerCase()));
    if (words.length >= 2 && isListedGivenName(words[0] ?? '') && words.every(named) && !firm) {
      add(m, m[1] ?? '', 'name');
    }
  }
  // A crew's name: a listed given name, or in a text typed in lower case as young people type, a single name of no
  // other sense ("Blade and them lot"; not "Scousers and that lot", "Y11 and them lot", "Landlord and his boys").
  if (dealing) {
    const lowerCase = writtenInLowerCase(input);
    for (const m of matchAll(AND_THEM_LOT, input)) {
      const word = m[1] ?? '';
      // "The Old Bill and them lot": the police.
      if (/\bOld[ \t]+$/u.test(before(input, m.index, 6))) continue;
      const listed = isListedGivenName(word);
      const crewName =
        lowerCase &&
        /^(?:them|dem|that)$/i.test(m[2] ?? '') &&
        !/s$|\d/u.test(word) &&
        !ORIGIN_WORDS.has(word.toLowerCase()) &&
        !addressOnly(word) &&
        !NOT_CREW.has(word.toLowerCase());
      if (plainWord(word) && named(word) && (listed || crewName)) add(m, word, listed ? 'name' : 'nickname');
    }
  }
  // A threat's maker inside what a young person is quoted as saying about losing or owing what they carry ("'if I
  // lose the stuff Chef will kill me'"); not "'Gran will kill me if I break another plate'", "Coach will kill me".
  for (const m of matchAll(WILL_HURT, input)) {
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/);
    const speech = quotationAround(input, m.index);
    if (speech === undefined || !THREAT_OVER.test(speech)) continue;
    const other = (w: string) => !plainWord(w) || !named(w) || addressOnly(w) || NOT_THREATENERS.has(w.toLowerCase());
    if (!words.some(other)) add(m, name, isListedGivenName(words[0] ?? '') ? 'name' : 'nickname');
  }
  for (const m of matchAll(WORD, input)) {
    const end = m.index + m[0].length;
    // A given name that is also a word only with its capital and inside a sentence ("declined to give name, lives
    // in", "Guy moved in upstairs" are no names).
    const word = m[0];
    const opening = /(?:^|[.!?\n])[ \t"'‘“]*$/u.test(input.slice(Math.max(0, m.index - 4), m.index));
    // "Dean Walker lives in flat 4": a surname, left to the given-name rule that takes the whole name.
    if (/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(before(input, m.index, 20))) continue;
    // "The Bentley lives in the garage": a thing with an article.
    if (/\b(?:the|a|an|his|her|their|my|our|your)[ \t]+$/i.test(before(input, m.index, 8)) && /^\p{Lu}/u.test(m[0])) {
      continue;
    }
    const given =
      /^\p{Lu}/u.test(word) && !opening
        ? isListedGivenName(word)
        : isPlainGivenName(word) || DRUGS_NAMED_AS_PEOPLE.test(word);
    if (given && saidOfAPerson(input, m.index, end)) add(m, m[0], 'name');
  }
}

/**
 * Whether what follows the word at start–end says it is a person ("charlie, which is the bloke …", "Dean moved
 * out"), and nothing before it makes it a quantity or a thing sold ("lots of charlie moved in", "the charlie lives in
 * his sock", "selling charlie which is …").
 */
export function saidOfAPerson(input: string, start: number, end: number): boolean {
  return (
    SAID_OF_A_PERSON.test(input.slice(end, end + 60)) &&
    !/\b(?:of|the|some|any|more|sells?|selling|sold|buy|buys|buying|bought|deals?|dealing)[ \t]+$/i.test(
      input.slice(Math.max(0, start - 12), start),
    )
  );
}
