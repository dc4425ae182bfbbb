import { listWards, STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import {
  curatedGivenNames,
  curatedGivenNamesThatAreWords,
  givenNamesThatAreWords,
  plainGivenNames,
} from './given-names.data.ts';
import { DEALING_BEFORE } from './drug-lexicon.ts';
import { BODY_WORDS, CAP_WORD, DRUGS_NAMED_AS_PEOPLE, NOT_NAMES, PET_KINDS } from './person-words.ts';
import { matchAll } from './spans.ts';
import type { PersonEntity } from './types.ts';

// Given names from public lists (given-names.data.ts). A capitalised given name is taken as a person without
// any cue ("out with Tyrese", "Kofi had a second phone"), with the capitalised word after it as a surname
// ("Connor Hale"); one that is also an English word ("Grace", "Will") only inside a sentence, where the
// capital says it is a name.
const splitWords = (text: string) => new Set(text.split(/\s+/).filter((word) => word !== ''));
const PLAIN_GIVEN_NAMES = splitWords(`${plainGivenNames} ${curatedGivenNames}`);
const GIVEN_NAMES_THAT_ARE_WORDS = splitWords(`${givenNamesThatAreWords} ${curatedGivenNamesThatAreWords}`);
// Given names in some list that in a report from the district mostly mean something else: places, months and
// holidays, cars and brands, titles, and the drug slang the drug extractor weighs for itself (Charlie, Mandy, Molly).
const NOT_GIVEN_NAMES = splitWords(
  'paris sydney chelsea jordan florence victoria austin dallas houston lincoln phoenix savannah brooklyn ' +
    'dakota georgia carolina virginia kent devon india china israel africa america asia europe florida alabama france ireland ' +
    'mercedes ford porsche jaguar tesla nike easter christmas august may june april march santa king queen ' +
    'prince princess earl duke lord sultan charlie mandy molly cali abbey rover royal stone sister brother christ god green pink ' +
    'jesus ' +
    // Kin words written with a capital: "at Nan's".
    'nan',
);
// An apostrophe before is part of a word ("O'Brien") unless it opens a quote ("'Rico' and 'the little one'").
const CAPITALISED =
  /(?<![\p{L}\p{N}@._/-])(?<![\p{L}\p{N}]['’])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=['’]s\b|[^\p{L}\p{N}@_'’]|['’](?![\p{L}])|$)/gu;
// A surname after a given name, or one in capitals as police logs write it ("Callum BREWER").
const SURNAME_AFTER = new RegExp(`^[ \\t]+(${CAP_WORD}|\\p{Lu}{4,}(?:[-'’]\\p{Lu}{2,})?)(?![\\p{L}\\p{N}@_])`, 'u');
// Capitals after a name that are an abbreviation, not a surname ("Kofi CCTV shows").
const NOT_CAPITAL_SURNAMES = splitWords(
  'cctv bmw nhs dsl asb pcso inft cad vrm cce cse yot mash nrm pnc ocg asap dob nfa usa rip vip aka atm dvla mot ' +
    'suv and the was has not for who please urgent needs need always never still again help stop asbo gcse ' +
    'hmp rtc bmx pto then also just only even very really must will would could should said says told sent ' +
    'have does done here there when what this that with from into over under after before about',
);
// A determiner, a colour, a house number or a pet before a given name makes it a thing, a street or an animal
// ("the Abbey stop", "a black Cooper", "129 Elizabeth", "my dog Tyson").
const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|this|that|these|those|every|each|any|no|black|white|silver|grey|gray|blue|red|green|yellow|orange|purple|pink|gold|brown|dark|light|dog|dogs|cat|puppy|pup|horse|pony|rabbit|parrot|staffie|staffy)(?:[ \t]+(?:called|named))?|\d[a-z]?)[ \t]+$/i;
const INITIAL_CLOSING = /^[ \t]+\p{Lu}(?=\.?[ \t]*[),;:]|\.?[ \t]*(?:\n|$))/u;
const PET_AFTER = new RegExp(
  `^[ \\t]*(?:\\(|,)[ \\t]*(?:my|our|the|his|her|their)[ \\t]+(?:\\p{L}+[ \\t]+)?(?:${PET_KINDS})\\b`,
  'iu',
);
// A menu's line: an emoji opening it and a price on it ("⚡️ Billy paste £10").
const menuLine = (input: string, at: number): boolean => {
  const start = input.lastIndexOf('\n', at) + 1;
  const end = input.indexOf('\n', at);
  const line = input.slice(start, end < 0 ? input.length : end);
  return /^[ \t]*\p{Extended_Pictographic}/u.test(line) && /£[ \t]?\d|\b\d+[ \t]*(?:for|4)[ \t]*£?\d/u.test(line);
};
const BREED = /\bJack[ \t]+Russells?\b|\bKing[ \t]+Charles(?:[ \t]+spaniels?)?\b/u;
const PET_BEFORE = new RegExp(`\\b(?:dogs|rabbit|parrot|pet|${PET_KINDS})[ \\t]*,[ \\t]*$`, 'i');
// Not a title the title rules read with the name ("PC Hamza Idris").
const ROLE_IN_CAPITALS = /^(?!(?:PC|PCSO|DC|DS|DI|DCI|DR|MR|MRS|MS|MX|SGT|CLLR|REV|REVD)[ \t])\p{Lu}{1,5}[ \t]+$/u;
const CAPITALISED_WORD_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*[ \t]+$/u;

/**
 * A capitalised word right before, not the first of its sentence: a given name after it is part of a longer
 * proper noun ("Colney Heath", "Seat Leon", "Range Rover").
 */
function properNounBefore(input: string, index: number): boolean {
  const m = CAPITALISED_WORD_BEFORE.exec(input.slice(Math.max(0, index - 30), index));
  // A role or shorthand in capitals is no part of a name ("SPO Karen Whitlow", "C/R Donna KERSHAW").
  if (m === null || ROLE_IN_CAPITALS.test(m[0])) return false;
  const wordStart = index - m[0].length;
  return !SENTENCE_START_BEFORE.test(input.slice(Math.max(0, wordStart - 6), wordStart));
}
// "Big Jim", "Little Yusuf", "Lil Dre": a given name made a street name.
// "lil" in lower case too ("a younger called lil Ace"), as no adjective is written; "Big Man" as one prefix.
const NICKNAME_PREFIX_BEFORE =
  /(?:^|[^\p{L}])((?:Big Man|BIG MAN|Big|Little|Lil|lil|Young|Old|Baby|Fat|Tall|Skinny|Mad)[ \t]+)$/u;
const SENTENCE_START_BEFORE = /(?:^|[.!?…:;"'‘“(\n])[\s\p{Extended_Pictographic}]*$/u;

// The district's places of two words whose second is a given name ("Colney Heath"), read even where the first
// word opens a line.
const PLACE_PAIRS = new Set(
  listWards()
    .map((ward) => ward.name.toLowerCase())
    .filter((name) => name.split(' ').length === 2),
);
const WORD_BEFORE = /(\p{L}+)[ \t]+$/u;
const placeNamed = (input: string, index: number, word: string): boolean => {
  const before = WORD_BEFORE.exec(input.slice(Math.max(0, index - 20), index))?.[1];
  return before !== undefined && PLACE_PAIRS.has(`${before} ${word}`.toLowerCase());
};

/** A given name from the lists, as the cue rules that need one ask: "works for Dre" is not enough, "owes Jamal" is. */
export function isListedGivenName(word: string): boolean {
  return isGivenName(word, true);
}

/** A given name from the lists that is not also an English word ("jaylen", not "will"). */
export function isPlainGivenName(word: string): boolean {
  return isGivenName(word, false);
}

function isGivenName(word: string, inSentence: boolean): boolean {
  const lower = word.toLowerCase();
  if (NOT_GIVEN_NAMES.has(lower) || NOT_NAMES.has(lower)) return false;
  const first = lower.split('-')[0] ?? '';
  if (PLAIN_GIVEN_NAMES.has(lower) || PLAIN_GIVEN_NAMES.has(first)) return true;
  return inSentence && (GIVEN_NAMES_THAT_ARE_WORDS.has(lower) || GIVEN_NAMES_THAT_ARE_WORDS.has(first));
}

/** A capitalised word that can follow a given name as a surname: not a place or common word (streets end the search first). */
function isSurname(word: string): boolean {
  const lower = word.toLowerCase();
  // Capitals are a surname only with a vowel, not a word shouted or an abbreviation ("Daniel PLEASE call").
  if (word === word.toUpperCase() && (NOT_CAPITAL_SURNAMES.has(lower) || !/[AEIOUY]/u.test(word))) return false;
  return !NOT_NAMES.has(lower) && !NOT_GIVEN_NAMES.has(lower) && !BODY_WORDS.has(lower);
}

// Words after "Charlie", "Molly" or "Mandy" that make it the drug, the spelling alphabet or a product.
const NOT_DRUG_SURNAMES = splitWords(
  'crystals crystal powder pills bravo delta alpha echo foxtrot golf hotel india kilo lima tango whisky zulu line ' +
    'mdma coke white snow',
);
// A quotation that is a menu: a price, a number or an emoji before it closes.
const QUOTED_MENU = /^[^'’"”\n]*?(?:£|\d|\p{Extended_Pictographic})/u;

/** How far after a given name its surname or a street word is looked for. */
const NEAR = 60;

/**
 * Given names in the text that no cue introduced, in order: a name ("Connor Hale"), or a nickname when "Big",
 * "Little"… goes before it ("Big Jim"). The caller keeps those whose span no cue rule claimed.
 */
export function givenNameMentions(input: string): { text: string; index: number; kind: PersonEntity['kind'] }[] {
  const out: { text: string; index: number; kind: PersonEntity['kind'] }[] = [];
  for (const m of matchAll(CAPITALISED, input)) {
    const word = m[1] ?? '';
    const preceding = input.slice(Math.max(0, m.index - 24), m.index);
    // "St Peter's Street", "(St Julian's)": a saint's name is a place's.
    // "that Tyrese", as people speak of someone, is a name where the name is no English word.
    const spoken = /\b(?:that|this)[ \t]+$/i.test(preceding) && isGivenName(word, false);
    if ((DETERMINER_BEFORE.test(preceding) && !spoken) || /(?<![\p{L}])St\.?[ \t]+$/u.test(preceding)) continue;
    // "offered him 'a bit of Billy'", "⚡️ Billy paste £10": a drug's street name that is a given name too, dealt or on
    // a menu's line.
    if (
      DRUGS_NAMED_AS_PEOPLE.test(word) &&
      (DEALING_BEFORE.test(preceding.toLowerCase()) || menuLine(input, m.index))
    ) {
      continue;
    }
    // "a Staffie puppy, Tyson,": a pet named after what it is; "(Jack Russell, white with brown spots)": a breed.
    if (PET_BEFORE.test(preceding) || BREED.test(input.slice(Math.max(0, m.index - 5), m.index + word.length + 9))) {
      continue;
    }
    const prefix = NICKNAME_PREFIX_BEFORE.exec(preceding)?.[1];
    if (prefix === undefined && (properNounBefore(input, m.index) || placeNamed(input, m.index, word))) continue;
    // A name alone in brackets is inside a sentence ("the tenant (Paul) looked").
    const bracketed = input[m.index - 1] === '(' && input[m.index + word.length] === ')';
    const inSentence = bracketed || !SENTENCE_START_BEFORE.test(input.slice(Math.max(0, m.index - 6), m.index));
    const end = m.index + word.length;
    const after = input.slice(end, end + NEAR);
    // A body named after a word that is a given name too: "Youth Justice Service", "Grace Academy" (not "Amanda
    // Service Manager", where the given name is no word).
    const bodyAfter = BODY_WORDS.has(/^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1]?.toLowerCase() ?? '');
    if (bodyAfter && !isGivenName(word, false)) continue;
    if (!isGivenName(word, inSentence)) {
      // Opening a sentence, a given name that is also a word ("Kyle", "Tony") is one when a surname that is a
      // given name of no other sense follows ("Kyle Brennan (17) at the office", "Warden: Tony Aziz").
      // Only where the name ends there ("(17)", a comma, a line's end): not "Will Callum be safe?", "Mark Tyrese
      // absent", "Holly Chloe and Ellie"; never a modal or a register's verb.
      const surname = SURNAME_AFTER.exec(after);
      const ends = surname !== null && /^[ \t]*(?:\(\d|[,;:]|\.(?:[ \t]|$)|\n|$)/u.test(after.slice(surname[0].length));
      const verb = /^(?:will|may|can|mark|bill|sue|pat|rob|grant|chase|drew|jack|frank|hope)$/i.test(word);
      if (isGivenName(word, true) && !verb && ends && isPlainGivenName(surname[1] ?? '')) {
        out.push({ text: input.slice(m.index, end + surname[0].length), index: m.index, kind: 'name' });
      }
      // A drug's street name that is a given name too, before a surname, is a person: "their foreman (Charlie
      // Brannigan)", not "Charlie Bravo" or a menu's "Molly Crystals".
      const last = surname?.[1] ?? '';
      if (
        DRUGS_NAMED_AS_PEOPLE.test(word) &&
        /^\p{Lu}\p{Ll}{2,}/u.test(last) &&
        isSurname(last) &&
        !NOT_DRUG_SURNAMES.has(last.toLowerCase()) &&
        !QUOTED_MENU.test(input.slice(m.index, m.index + 80))
      ) {
        out.push({ text: input.slice(m.index, end + (surname?.[0].length ?? 0)), index: m.index, kind: 'name' });
      }
      continue;
    }
    // "Xin chào": a greeting in Vietnamese, not a name.
    if (/^[ \t]+ch[àa]o\b/iu.test(after)) continue;
    // A given name before a street word is the street's ("Harvey Road"); before a place of worship or learning
    // written small, the place's ("at Trinity church hall").
    const next = /^[ \t]+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
    if (next !== undefined && STREET_TYPE_WORDS.has(next)) continue;
    if (
      /^[ \t]+(?:church|chapel|mosque|gurdwara|temple|synagogue|school|academy|college|hall|centre|center)\b/u.test(
        after,
      )
    ) {
      continue;
    }
    // "Walking Bailey (my springer)": a pet, with what it is in brackets after.
    if (PET_AFTER.test(after)) continue;
    if (prefix !== undefined) {
      out.push({ text: `${prefix}${word}`, index: m.index - prefix.length, kind: 'nickname' });
      continue;
    }
    // After an opening quote, a name opening a quoted menu is a product ("'Cali 🌲 £50'"); opening quoted
    // speech it is a name ("'Jamal, get inside'").
    if (/['‘"“]$/u.test(preceding) && QUOTED_MENU.test(input.slice(m.index, m.index + 80))) continue;
    const surname = SURNAME_AFTER.exec(after);
    // Or an initial closing the name: "(Helen M.)", "Helen M, she said".
    const initial = INITIAL_CLOSING.exec(after);
    const text =
      surname !== null && isSurname(surname[1] ?? '')
        ? input.slice(m.index, end + surname[0].length)
        : initial !== null
          ? input.slice(m.index, end + initial[0].length)
          : word;
    out.push({ text, index: m.index, kind: 'name' });
  }
  return out;
}
