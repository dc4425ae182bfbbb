// Names as logs and notes write them (the thirtieth held-out set: call handlers' notes, station logs, referrals):
// a given name before a surname in capitals ("Aaron FIELDS (22)"), a call handler's or an officer's number before
// a surname ("CH 8870 HUNT", "PCSO 7712 FERREIRA", a note closed by "3241 KELLY"), a nickname of a prefix and one
// letter ("his worker is lil T", "his mate little k"), and a list after "names are" ("names are jordan, bailey,
// kyle and a girl called tia").
import { isAbbreviation } from '../gazetteer/index.ts';
import { LEXICON } from './drug-lexicon.ts';
import { isListedGivenName, isPlainGivenName } from './given-names.ts';
import { LOG_WORDS } from './person-titles.ts';
import { DESCRIPTOR_WORDS, NOT_NAMES, SERVICES_IN_CAPITALS, type AddPerson } from './person-words.ts';
import { matchAll } from './spans.ts';

const SURNAME_IN_CAPITALS = String.raw`(?:\p{Lu}['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?`;
// "Aaron FIELDS", "Ms Kerry-Ann DOYLE": a listed given name, with any courtesy title, before a surname in capitals.
const GIVEN_THEN_CAPITALS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+(${SURNAME_IN_CAPITALS}))(?![\p{L}\p{N}])(?![ \t]+\p{Lu}{2,})`,
  'gu',
);
// "CH 8870 HUNT", "PCSO 7712 FERREIRA", "PC 2231 Whitlock": a role's letters and a collar or staff number.
const NUMBERED_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:PCSO|PC|DC|DS|PS|Sgt|SGT|CH|OP|Op|Operator|Call handler|CALL HANDLER)\.?[ \t]+\d{3,5}[ \t]+(${SURNAME_IN_CAPITALS}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])`,
  'gu',
);
// A note closed by a staff number and a surname: "… Nil further. 3241 KELLY".
const NUMBERED_CLOSE = new RegExp(
  String.raw`(?:^|[.!?\n])[ \t]*\d{3,5}[ \t]+(${SURNAME_IN_CAPITALS})[ \t]*\.?[ \t]*$`,
  'u',
);
// "lil T", "little k", "Big K", "Likkle P" (patois): a nickname prefix and one letter, not "a little k" (some ketamine) or "the big C".
const PREFIXED_LETTER =
  /(?<![\p{L}\p{N}])(?<!\b(?:a|an|some|the|of|bit|lil bit)[ \t]+)((?:lil|little|likkle|big|Lil|Little|Likkle|Big|LIL|BIG)[ \t]+\p{L})(?![\p{L}\p{N}'’-])(?!\.\p{L})/gu;
// "names are jordan, bailey, kyle and …": a list of names after its cue, each a given name or written as a name.
const NAMES_ARE = /\b(?:names|names of them|their names)[ \t]+(?:are|r|were|is)[ \t]*:?[ \t]+|\bnames[ \t]*:[ \t]*/giu;
const LIST_ITEM = /^([\p{L}'’-]+)(?:[ \t]*(?:,|&|\band\b|\bn\b)[ \t]*|[ \t]*(?:[.;!?]|$))/u;

// Street words that are nobody's surname ("Fields", "Hill" and "Green" are).
const STREETS = new Set('road street lane avenue close drive way crescent gardens court place terrace'.split(' '));
// Words shouted in capitals after a name: "Daniel PLEASE call".
const SHOUTED = new Set(
  'please help now today tonight again thanks thank sorry stop never always every here there too just still really very all'.split(
    ' ',
  ),
);
const notASurname = (word: string): boolean => {
  const lower = word.toLowerCase();
  return (
    !/[AEIOUY]/u.test(word) ||
    SHOUTED.has(lower) ||
    LOG_WORDS.has(lower) ||
    NOT_NAMES.has(word) ||
    NOT_NAMES.has(lower) ||
    STREETS.has(lower) ||
    LEXICON.has(lower) ||
    SERVICES_IN_CAPITALS.has(word) ||
    isAbbreviation(lower)
  );
};

/** A given name before a surname in capitals: before the cues, which would take the given name alone. */
export function addCapitalSurnames(input: string, add: AddPerson): void {
  for (const m of matchAll(GIVEN_THEN_CAPITALS, input)) {
    if (!isListedGivenName(m[2] ?? '') || notASurname(m[3] ?? '')) continue;
    add(m, m[1] ?? '', 'name');
  }
}

/** Numbered staff, a prefix and a letter, and a list after "names are": after the cues, for what they missed. */
export function addLoggedNames(input: string, add: AddPerson): void {
  for (const m of matchAll(NUMBERED_ROLE, input)) {
    if (!notASurname(m[1] ?? '')) add(m, m[1] ?? '', 'name');
  }
  const close = NUMBERED_CLOSE.exec(input.trimEnd());
  if (close !== null && !notASurname(close[1] ?? '')) add(close, close[1] ?? '', 'name');
  for (const m of matchAll(PREFIXED_LETTER, input)) {
    // Not "big n chunky" (and), "a little i".
    if (!/^\p{L}+[ \t]+[ain]$/u.test(m[1] ?? '')) add(m, m[1] ?? '', 'nickname');
  }
  // The list's words up to one that is no name ("a girl called tia"); each a given name, or the list holds two
  // given names and the rest are words of no other sense ("jordan" is a country too).
  for (const cue of matchAll(NAMES_ARE, input)) {
    let at = cue.index + cue[0].length;
    const items: { word: string; index: number }[] = [];
    for (let n = 0; n < 8; n += 1) {
      const item = LIST_ITEM.exec(input.slice(at, at + 40));
      const word = item?.[1] ?? '';
      if (
        item === null ||
        NOT_NAMES.has(word) ||
        NOT_NAMES.has(word.toLowerCase()) ||
        DESCRIPTOR_WORDS.has(word.toLowerCase())
      ) {
        break;
      }
      items.push({ word, index: at });
      at += item[0].length;
    }
    const given = (word: string): boolean => isPlainGivenName(word) || isListedGivenName(word);
    const named = items.filter((i) => given(i.word)).length;
    for (const item of items) {
      if (given(item.word) || named >= 2) add({ 0: item.word, index: item.index }, item.word, 'name');
    }
  }
}
