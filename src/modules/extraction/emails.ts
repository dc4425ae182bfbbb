// E-mail addresses, normalised to lower case: plain ("name@example.com") and written out the way people hide or
// speak them ("name at example dot com", "name[at]example[dot]org", "name (at) example (dot) co (dot) uk",
// "name @ example . com"). A written-out address counts only when every part is there: a local part, "at", a
// domain and a known top-level domain.
import type { Claims } from './spans.ts';
import type { EmailEntity } from './types.ts';
import { matchAll } from './spans.ts';

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w@-])/g;

export function extractEmails(input: string, claims: Claims): EmailEntity[] {
  const out: EmailEntity[] = [];
  for (const m of matchAll(EMAIL, input)) {
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    if (text.includes('..')) continue;
    if (!claims.claim(start, end)) continue;
    out.push({ address: text.toLowerCase(), text, start, end });
  }
  return out;
}

const AT = String.raw`(?:[ \t]*[[(<{][ \t]*at[ \t]*[\])>}][ \t]*|[ \t]+at[ \t]+|[ \t]+@[ \t]*|@[ \t]+)`;
const DOT = String.raw`(?:[ \t]*[[(<{][ \t]*dot[ \t]*[\])>}][ \t]*|[ \t]+dot[ \t]+|[ \t]*\.[ \t]*)`;
const LOCAL_DOT = String.raw`(?:[ \t]*[[(<{][ \t]*dot[ \t]*[\])>}][ \t]*|[ \t]+dot[ \t]+|\.)`;
const TOKEN = String.raw`[A-Za-z0-9](?:[A-Za-z0-9_%+-]{0,62}[A-Za-z0-9_])?`;
const LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?`;
const TLD = String.raw`(?:com|org|net|uk|co|io|me|info|biz|gov|ac|edu|app|xyz|online|ie|eu|de|fr|us|tv|live)`;
const WRITTEN_OUT = new RegExp(
  String.raw`(?<![\w.@-])(${TOKEN}(?:${LOCAL_DOT}${TOKEN}){0,6})${AT}((?:${LABEL}${DOT}){1,6}${TLD})(?![\w@-]|[ \t]*[[(]?[ \t]*dot\b)`,
  'gi',
);
// Words that come before "at" in ordinary prose ("ordered it at amazon.co.uk", "he's at school dot com").
const NOT_LOCAL = new Set(
  (
    'it me him her them us you home shop work school look looked bought ordered online stuff one this that there ' +
    'here is was are be were me i we they he she name email e-mail mail address contact contacted message them ' +
    // The end of a read-out address whose start was missed ("… seventy two at example dot net").
    'two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety'
  ).split(' '),
);

/** A domain's "dot", "[dot]" and " . " as full stops, lower-cased. */
function dotsSpelledOut(text: string): string {
  return text.replace(/[ \t]*[[(<{][ \t]*dot[ \t]*[\])>}][ \t]*|[ \t]+dot[ \t]+|[ \t]*\.[ \t]*/gi, '.').toLowerCase();
}

function spelledOut(text: string): string {
  return dotsSpelledOut(text.replace(/[ \t]*[[(<{][ \t]*at[ \t]*[\])>}][ \t]*|[ \t]+at[ \t]+|[ \t]*@[ \t]*/i, '@'));
}

// A local part read out word by word: "sue underscore m seventy two at example dot net" is sue_m72@example.net.
// It needs a spoken separator (underscore, dash, hyphen), so an ordinary sentence before "at" is never taken for one.
const UNIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = `(?:${[...UNIT_WORDS, 'oh', ...TEEN_WORDS, ...TENS_WORDS].join('|')})`;
const SEPARATOR_WORDS: Readonly<Record<string, string>> = { underscore: '_', dash: '-', hyphen: '-', dot: '.' };
// Bounded and unambiguous: each piece is one token and its numbers, each separator one word, so text built of
// "a underscore a underscore …" cannot make the pattern backtrack over every way to split it.
const PIECE = String.raw`${TOKEN}(?:[ \t]+${NUMBER_WORD}(?![\w])){0,4}`;
const SPOKEN_LOCAL = String.raw`${PIECE}(?:[ \t]+(?:underscore|dash|hyphen|dot)[ \t]+${PIECE}){1,4}`;
const SPOKEN_SEPARATOR = /\b(?:underscore|dash|hyphen)\b/i;
const SPOKEN_OUT = new RegExp(
  String.raw`(?<![\w.@-])(${SPOKEN_LOCAL})${AT}((?:${LABEL}${DOT}){1,6}${TLD})(?![\w@-]|[ \t]*[[(]?[ \t]*dot\b)`,
  'gi',
);

/** Words of a read-out local part as characters: "m seventy two" → "m72", "underscore" → "_". */
function spokenLocal(local: string): string {
  const words = local.toLowerCase().split(/[ \t]+/);
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const separator = SEPARATOR_WORDS[word];
    const unit = word === 'oh' ? 0 : UNIT_WORDS.indexOf(word);
    const teen = TEEN_WORDS.indexOf(word);
    const tens = TENS_WORDS.indexOf(word);
    if (separator !== undefined) out += separator;
    else if (unit >= 0 && i > 0) out += String(unit);
    else if (teen >= 0 && i > 0) out += String(10 + teen);
    else if (tens >= 0 && i > 0) {
      const next = UNIT_WORDS.indexOf(words[i + 1] ?? '');
      out += next > 0 ? String((tens + 2) * 10 + next) : String((tens + 2) * 10);
      if (next > 0) i++;
    } else out += word;
  }
  return out;
}

/** E-mail addresses written out ("name at example dot com"); runs after extractEmails on the same claims. */
export function extractWrittenOutEmails(input: string, claims: Claims): EmailEntity[] {
  const out: EmailEntity[] = [];
  for (const m of matchAll(SPOKEN_OUT, input)) {
    const text = m[0];
    // Dots alone are left to the written-out pattern below ("jason dot w at example dot org").
    if (!SPOKEN_SEPARATOR.test(m[1] ?? '')) continue;
    if (!claims.claim(m.index, m.index + text.length)) continue;
    const address = `${spokenLocal(m[1] ?? '')}@${dotsSpelledOut(m[2] ?? '')}`;
    out.push({ address, text, start: m.index, end: m.index + text.length });
  }
  for (const m of matchAll(WRITTEN_OUT, input)) {
    const local = m[1] ?? '';
    if (NOT_LOCAL.has(local.toLowerCase())) continue;
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    if (!claims.claim(start, end)) continue;
    out.push({ address: spelledOut(text), text, start, end });
  }
  return out;
}
