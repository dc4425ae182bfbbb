// Names in forms and lists: "Child: Amani Yusuf, 15", "Thank you, Abu Karim", a tick list "'Jonno 40, Big Sal 60'",
// and the name before "(everyone calls him Shaun)".
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import { isListedGivenName } from './given-names.ts';
import { CAP_WORD, DESCRIPTOR_WORDS, NAME, NOT_NAMES } from './person-words.ts';
import type { AddPerson } from './person-words.ts';
import { LEXICON, MENU_CONTEXT } from './drug-lexicon.ts';
import { matchAll } from './spans.ts';

// "Oluwaseun (everyone calls him Shaun)": the name before a bracket that gives what the person is called.
const BEFORE_CALLED_BRACKET = new RegExp(
  `(?<![\\p{L}\\p{N}])(${CAP_WORD}(?:[ \\t]+${CAP_WORD})?)[ \\t]*\\((?i:(?:everyone|everybody|they|we|people|he|she)[ \\t]+calls?[ \\t]+(?:him|her|them)|known as|aka|a\\.k\\.a\\.?|goes by|calls (?:himself|herself))\\b`,
  'gu',
);
// "Thank you, Abu Karim" closing a report: the writer's own name signed.
const SIGN_OFF = new RegExp(
  `(?:^|[.!?\\n][ \\t]*)(?i:thanks|thank you|many thanks|regards|kind regards|best wishes|best regards|yours sincerely|yours faithfully|sincerely)[ \\t]*[,.!]?[\\s]+(${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,2})[ \\t.]*$`,
  'gu',
);
// "Child: Amani Yusuf, 15": a name in a referral form's field.
const FORM_FIELD = new RegExp(
  `(?:^|[\\n.;][ \\t]*)(?i:child|young person|yp|cyp|name|subject|client|patient|pupil|student|victim|suspect|tenant|caller|mother|father|parent|carer)[ \\t]*:[ \\t]*(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "'Jonno 40, Big Sal 60, Priya 20'": a tick list of names and sums, two or more in a row.
const TICK_ITEM = `(?:(?:Big|Little|Lil|Young)[ \\t]+)?\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t]+\\p{Lu}(?![\\p{L}]))?[ \\t]+£?\\d{1,4}(?![\\d:]|\\.\\d)`;
const TICK_LIST = new RegExp(`${TICK_ITEM}(?:[ \\t]*['’]?[ \\t]*[,;][ \\t]*['‘]?[ \\t]*${TICK_ITEM})+`, 'gu');
const TICK_NAME = /((?:(?:Big|Little|Lil|Young)[ \t]+)?\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}(?![\p{L}]))?)[ \t]+£?\d/gu;
const NOT_TICK_NAMES = new Set(
  'year flat room block gate level route bus platform no number unit house apt floor junction page section part stage class grade size top week day age aged under over till til from at for'.split(
    ' ',
  ),
);

/** The name before a bracket of what the person is called, a signed name, a form's field and a tick list's names. */
export function addFormNames(input: string, add: AddPerson): void {
  for (const m of matchAll(BEFORE_CALLED_BRACKET, input)) {
    // "(everyone calls him Shaun)" says a person; "(known as the Mill)" may follow a place.
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/);
    if (words.some((w) => DESCRIPTOR_WORDS.has(w.toLowerCase()) || STREET_TYPE_WORDS.has(w.toLowerCase()))) continue;
    if (/calls?[ \t]+(?:him|her|them)\b/i.test(m[0]) || isListedGivenName(words[0] ?? '')) add(m, name, 'name');
  }
  // A signed name and a form's field: a listed given name, or a first name and surname that describe nobody
  // ("Regards, Concerned Parent", "Name: Unknown", "Suspect: Unknown Male" are not names).
  for (const pattern of [SIGN_OFF, FORM_FIELD]) {
    for (const m of matchAll(pattern, input)) {
      const name = m[1] ?? '';
      const words = name.split(/[ \t]+/);
      if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || DESCRIPTOR_WORDS.has(w.toLowerCase()))) continue;
      if (isListedGivenName(words[0] ?? '') || words.length > 1) add(m, name, 'name');
    }
  }
  // A tick list: not a menu ("Haze 20, Gas 40"), and at least one listed given name or "Big …" among its names
  // ("Maths 7, English 6" and "Milk 2, Eggs 12" are not people).
  for (const list of matchAll(TICK_LIST, input)) {
    const items = [...matchAll(TICK_NAME, list[0])].filter((item) => {
      const name = (item[1] ?? '').toLowerCase();
      return (
        !NOT_TICK_NAMES.has(name) &&
        !NOT_NAMES.has(name) &&
        !LEXICON.has(name) &&
        !LEXICON.has(name.split(' ')[0] ?? '')
      );
    });
    const named = items.some(
      (item) => /^(?:Big|Little|Lil|Young)[ \t]/u.test(item[1] ?? '') || isListedGivenName(item[1] ?? ''),
    );
    if (!named || MENU_CONTEXT.test(list[0])) continue;
    for (const item of items) add({ 0: item[0], index: list.index + item.index }, item[1] ?? '', 'nickname');
  }
}
