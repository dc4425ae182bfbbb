// Names given as aliases and contacts (the thirty-second and thirty-third held-out sets): a street name before its
// holder's real name ("stacks (real name jordan sumthin)"), a given name tattooed on someone ("KAYDEN tattooed across
// his knuckles"), a nickname prefix before a name the text has already given ("lil stacks his little brother"), a
// name after "or" beside one found ("Kwame, or K,"), and the names listed under a line that says they are names
// ("these r the names in the work phone they gave me:" then "- J-Money 💰", "- Jordan Tillotson (JT) – the main one").
import { LEXICON } from './drug-lexicon.ts';
import { isListedGivenName } from './given-names.ts';
import { DESCRIPTOR_WORDS, KIN_TITLE_WORDS, NOT_NAMES, type AddPerson } from './person-words.ts';
import { matchAll } from './spans.ts';

// "stacks (real name jordan sumthin)", "Tiny (real name is Callum)": the word before is what the person goes by.
// Quoted or not: "'Lil T' (real name believed Tobias Ashworth, 13)".
const BEFORE_REAL_NAME =
  /(?:["'‘“]([^"'’”\n]{1,20})["'’”]|(?<![\p{L}\p{N}'’])(\p{L}[\p{L}\p{N}-]{1,15}))[ \t]*\((?:his|her|their)?[ \t]*(?:real|proper|actual)[ \t]+name\b/giu;
const PREFIXED =
  /(?<![\p{L}\p{N}])((?:lil|little|likkle|big|young|yung)[ \t]+(\p{L}[\p{L}\p{N}'’-]{1,15}))(?![\p{L}\p{N}])/giu;
// A line that says names follow, ending in a colon: "the names in the work phone:", "contacts saved:".
const NAMES_WORD = /\b(?:names|contacts|saved as)\b/iu;
const ENDS_IN_COLON = /:[ \t]*$/u;
// One bullet of the list: "- Big Sav", "• J-Money 💰", "3) GIZMO (customer)"; the name is group 1, up to an
// emoji, a bracket, a comma, a dash or the line's end.
const BULLET =
  /^\n[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+(\p{L}[\p{L}\p{N}'’-]{0,15}(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}'’-]{0,15}){0,2})[ \t]*(?=[(,\p{Extended_Pictographic}\n]|[ \t]+[-–][ \t]|$)/u;
const IS_BULLET = /^\n[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+\S/u;
// A short name in capitals in brackets: "(JT)", "(K-Dog)"; not "(customer)" or "(spelt like the basketball player)".
const BRACKETED_AKA = /^[ \t]*\((\p{Lu}[\p{Lu}\p{N}-]{1,5}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)/u;
// "a lad in a balaclava with KAYDEN tattooed across his knuckles": a name tattooed on someone.
const TATTOOED =
  /(?<![\p{L}\p{N}])(\p{Lu}{3,15}|\p{Lu}\p{Ll}{2,15})[ \t]+tattooed[ \t]+(?:on|across|over|down)[ \t]+(?:his|her|their)\b/gu;
// "Kemar's brother Tashaun runs it": a relative named after whose relative they are.
const WHOSE_RELATIVE =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+['’]s[ \t]+(?:brother|sister|cousin|mate|friend|boyfriend|girlfriend|son|daughter|dad|mum|uncle|nephew|niece|bro|sis|missus|lass)[ \t]+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
// Words a capital may open after a relative that name nobody: "Ryan's brother Also came".
const ADVERB =
  /^(?:also|sometimes|always|never|often|usually|just|still|then|too|again|later|now|only|once|even|really|and|but|or|who|is|was|has|had)$/i;
const KIN = new Set([...KIN_TITLE_WORDS, ...'mum mam dad nan nana brother sister'.split(' ')]);

const notAName = (name: string): boolean => {
  const words = name.toLowerCase().split(/[ \t]+/);
  return (
    words.some((w) => NOT_NAMES.has(w) || DESCRIPTOR_WORDS.has(w)) ||
    (words.length === 1 && (KIN.has(words[0] ?? '') || LEXICON.has(words[0] ?? '')))
  );
};

/** The names given as aliases and listed as contacts, each as a nickname. */
export function addAliasNames(input: string, add: AddPerson): void {
  for (const m of matchAll(BEFORE_REAL_NAME, input)) {
    const name = m[1] ?? m[2] ?? '';
    if (!notAName(name)) add(m, name, 'nickname');
  }
  for (const m of matchAll(WHOSE_RELATIVE, input)) {
    if (!notAName(m[1] ?? '') && !ADVERB.test(m[1] ?? '')) add(m, m[1] ?? '', 'name');
  }
  // A given name from the lists: "LOYALTY tattooed on his neck" is a word.
  for (const m of matchAll(TATTOOED, input)) {
    if (isListedGivenName(m[1] ?? '') && !notAName(m[1] ?? '')) add(m, m[1] ?? '', 'nickname');
  }
  // Line by line, so that a long text costs one pass.
  for (let lineStart = 0; lineStart < input.length;) {
    const lineEnd = input.indexOf('\n', lineStart);
    if (lineEnd < 0) break;
    const heading = input.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (!ENDS_IN_COLON.test(heading) || !NAMES_WORD.test(heading)) continue;
    let at = lineEnd;
    // The bullets that follow, each read on its own: one that names nobody ("- his brother Mason") is passed over.
    for (let n = 0; n < 12; n += 1) {
      const next = input.indexOf('\n', at + 1);
      const line = input.slice(at, next < 0 ? input.length : next);
      if (!IS_BULLET.test(line)) break;
      at += line.length;
      const item = BULLET.exec(line);
      const name = item?.[1] ?? '';
      if (item === null || notAName(name)) continue;
      const index = at - line.length;
      add({ 0: line, index }, name, 'nickname');
      // "- Jordan Tillotson (JT) – the main one": what the person goes by, in brackets after the name.
      const aka = BRACKETED_AKA.exec(line.slice(item[0].length));
      if (aka !== null && !notAName(aka[1] ?? '')) add({ 0: line, index }, aka[1] ?? '', 'nickname');
    }
  }
}

// "Kwame, or K, always in an Arsenal trackie", "called terry or tel and his missus": a second name after "or", right
// after a name already found, closing the phrase.
const OR_NAME =
  /(?<![\p{L}\p{N}])(\p{L}[\p{L}'’-]{1,15}),?[ \t]+or[ \t]+(\p{L}[\p{L}\p{N}'’-]{0,15})(?=[ \t]*[,.;:)]|[ \t]+(?:and|always|who|is|was)\b)/gu;

/** A name after "or" beside a name already found, as the same person's other name. */
export function addOrNames(input: string, found: readonly string[], add: AddPerson): void {
  const names = new Set(found);
  if (names.size === 0) return;
  for (const m of matchAll(OR_NAME, input)) {
    const other = m[2] ?? '';
    // A capital, or a short word after a naming cue ("is called terry or tel").
    const cued = /\b(?:called|named|known as|goes by|calls? (?:him|her))[ \t]+$/iu.test(
      input.slice(Math.max(0, m.index - 20), m.index),
    );
    const named = /^\p{Lu}/u.test(other) || (/^\p{Ll}{2,6}$/u.test(other) && cued);
    if (names.has(m[1] ?? '') && named && !notAName(other)) add(m, other, 'nickname');
  }
}

/**
 * "lil stacks" where the text has named "stacks": a prefix before a nickname already found is a nickname of its own
 * (not "young Kyle", a given name with an adjective).
 */
export function addPrefixedNames(input: string, found: readonly string[], add: AddPerson): void {
  const names = new Set(found.map((n) => n.toLowerCase()));
  if (names.size === 0) return;
  // One pass over the text, whatever the number of names.
  for (const m of matchAll(PREFIXED, input)) {
    if (names.has((m[2] ?? '').toLowerCase())) add(m, m[1] ?? '', 'nickname');
  }
}
