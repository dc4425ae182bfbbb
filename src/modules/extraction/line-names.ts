// The names of deal lines and of who holds them: "the Mac line", "Zico back on 07700…", "'Yo its Ripz 🔥",
// "they call it Tommo", "'Mo from the Benny line'".
import { isListedGivenName } from './given-names.ts';
import { NOT_LINE_NAMES, QUOTE_CLOSE, QUOTE_OPEN, QUOTED_OR_CAP, plainWord } from './person-words.ts';
import type { AddNick, AddPerson } from './person-words.ts';
import { LEXICON } from './drug-lexicon.ts';
import { matchAll } from './spans.ts';

// "the Mac line", "the 'Nike' line", "'Mac line open'": a deal line named after its holder.
const NAMED_LINE = new RegExp(
  `(?<![\\p{L}\\p{N}])${QUOTE_OPEN}?(\\p{Lu}(?:[\\p{L}\\p{N}'’-]{0,17}[\\p{L}\\p{N}])?(?:[ \\t]\\p{Lu}(?:[\\p{L}\\p{N}'’-]{0,13}[\\p{L}\\p{N}])?)?)${QUOTE_CLOSE}?[ \\t]+(?i:line)(?![\\p{L}\\p{N}])`,
  'gu',
);
// "Zico back on 07700…", "Dinho on da line", "'Yo its Ripz 🔥": a deal line's name in its own advert. Only in a
// text with a price, an emoji or a number the advert gives; a name in capitals there is shouting, left alone.
const BACK_ON_LINE = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:(?:Big|Little|Lil|Young|Baby)[ \\t]+)?\\p{Lu}[\\p{Ll}\\p{N}'’-]{1,15})[ \\t]+(?:(?i:is|iz)[ \\t]+)?` +
    `(?:(?i:back)[ \\t]+(?i:on|in|online|open)|(?i:on)[ \\t]+(?i:da|the|de|dis|this)[ \\t]+(?i:line|ting))(?![\\p{L}\\p{N}])`,
  'gu',
);
const ITS_LINE = new RegExp(
  `${QUOTE_OPEN}[ \\t]*(?:(?i:yo|hi|hey|wagwan|oi|yeah|yea|ye|yh|hello|alright)(?:[ \\t]*,)?[ \\t]+){0,2}(?i:it's|its|it’s|ya boi|ya boy|ur boy|ur boi|your boy)[ \\t]+(\\p{Lu}[\\p{L}\\p{N}'’-]{1,15})(?![\\p{L}\\p{N}]|[ \\t]+\\p{Lu}\\p{Ll})`,
  'gu',
);
const INSTRUCTIONS = new Set('call ring text phone message get come go check log switch'.split(' '));
// An advert: a mobile number or a drug word near the name, not a price or an emoji alone ("Football back on
// Saturday, £3", "Gran on the line 😘").
const ADVERT =
  /\b07\d{3}|\+447|\b(?:white|brown|dark|light|bud|weed|kush|haze|zaza|coke|crack|sniff|ket|mandy|pills|xans|nangs|smack|food|ting|drops?|what (?:you|u|ya) (?:need|want|after))\b/iu;
const ADVERT_NEAR = 100;
// "'Nino 🔥 B/W 💯 10s & 20s'", "'🍃 Ziggy's back 🍃 Za, K, MD'": a name opening a quoted menu, an emoji after it
// (and any before it); not a drug's name ("'Cali 🌲'").
const MENU_OPENER = new RegExp(
  `${QUOTE_OPEN}[ \\t\\p{Extended_Pictographic}\\u{FE0F}]*(\\p{Lu}[\\p{Ll}\\p{N}-]{1,15})(?:['’]s[ \\t]+(?i:back)|[ \\t]+(?i:is|iz)[ \\t]+(?i:back))?[ \\t]*(?=\\p{Extended_Pictographic})`,
  'gu',
);
const PROPER_NOUN_BEFORE = /\p{Lu}[\p{L}'’-]*[ \t]+$/u;
// "a new line …, they call it Tommo": the name of a line someone has just spoken of.
const CALL_IT = new RegExp(
  `\\b(?i:they|dey|people|we|everyone|everybody|kids|lads)[ \\t]+(?i:call|calls|called)[ \\t]+(?i:it)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
const LINE_BEFORE = /\bline\b[^.!?\n]*$/i;
// "'Mo from the Benny line'": a runner or holder named with the line they are from.
const FROM_LINE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}'’-]{0,15})[ \\t]+(?i:from|off|of|on|for)[ \\t]+(?i:the|da)[ \\t]+${QUOTE_OPEN}?\\p{Lu}[\\p{L}\\p{N}'’-]*${QUOTE_CLOSE}?[ \\t]+(?i:line)(?![\\p{L}\\p{N}])`,
  'gu',
);
const SENTENCE_START = /(?:^|[.!?…:;\n])[\s\p{Extended_Pictographic}]*$/u;
const QUOTE_OPEN_BEFORE = /["'‘“][ \t]*$/u;

// A capitalised word that is not the first of its sentence, unless a quote opens before it.
function midSentence(input: string, index: number): boolean {
  const before = input.slice(Math.max(0, index - 12), index);
  return !SENTENCE_START.test(before) || QUOTE_OPEN_BEFORE.test(before);
}

/** A line's name in its own advert, after "they call it" where a line was just spoken of, and "Mo from the X line". */
export function addLineMentions(input: string, add: AddPerson, addNick: AddNick): void {
  if (ADVERT.test(input)) {
    for (const pattern of [BACK_ON_LINE, ITS_LINE, MENU_OPENER]) {
      for (const m of matchAll(pattern, input)) {
        const word = m[1] ?? '';
        if (!ADVERT.test(input.slice(Math.max(0, m.index - ADVERT_NEAR), m.index + m[0].length + ADVERT_NEAR))) {
          continue;
        }
        const start = m.index + m[0].lastIndexOf(word);
        // "Call back on 07700…", "Ring back on": an instruction, not a line's name.
        const product = LEXICON.has(word.toLowerCase()) || INSTRUCTIONS.has(word.toLowerCase());
        // After "its" the word before is the cue's, whatever its case ("'YO ITS JAMMY 🍯 NEW NUMBER'").
        const properBefore =
          pattern !== ITS_LINE && PROPER_NOUN_BEFORE.test(input.slice(Math.max(0, start - 20), start));
        if (plainWord(word) && !product && !properBefore) {
          add(m, word, 'nickname');
        }
      }
    }
  }
  for (const m of matchAll(CALL_IT, input)) {
    if (LINE_BEFORE.test(input.slice(Math.max(0, m.index - 80), m.index))) addNick(m, m[1], m[2]);
  }
  for (const m of matchAll(FROM_LINE, input)) {
    const word = m[1] ?? '';
    if (plainWord(word) && (midSentence(input, m.index) || isListedGivenName(word))) add(m, word, 'nickname');
  }
}

/** "the Mac line": a line named after its holder, unless the word names a kind of line ("the phone line"). */
export function addNamedLines(input: string, addNick: AddNick): void {
  for (const m of matchAll(NAMED_LINE, input)) {
    // "The Smokey line is run by", "THE ZOMBIE LINE": the article opening a sentence is no part of the name.
    const name = (m[1] ?? '').replace(/^(?:The|THE)[ \t]+(?=\p{Lu})/u, '');
    const words = name.split(/[ \t]+/);
    if (words.some((w) => NOT_LINE_NAMES.has(w.toLowerCase()))) continue;
    // 'the line is called "the Cash line"': the cue and the quotes vouch for a word that is no nickname elsewhere.
    const named = NAMED_IN_QUOTES.test(input.slice(Math.max(0, m.index - 24), m.index));
    addNick(m, named ? name : undefined, name);
  }
}
const NAMED_IN_QUOTES = /\b(?:called|named|known as)[ \t]+["'‘“](?:the[ \t]+)?$/iu;
