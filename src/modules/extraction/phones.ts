// Telephone numbers, normalised to E.164. UK-first: national, +44, 0044, bare 44, "(0)" and missing-leading-zero
// mobiles. Ofcom drama-range numbers (07700 900xxx, 01632 960xxx …) fail libphonenumber's isValid(), so a UK
// number is kept when it is possible and its national number has a plausible UK shape.
import { parsePhoneNumberFromString, PhoneNumber } from 'libphonenumber-js/max';
import { chatOpening } from './chat-lines.ts';
import type { Claims } from './spans.ts';
import type { PhoneEntity } from './types.ts';
import { matchAll, QUOTATION_OPEN } from './spans.ts';

type Run = { readonly start: number; readonly end: number; readonly digits: string; readonly plus: boolean };

// A run of digits, optionally led by "+".
const RUN = /\+?\d+/g;
// What may sit between the digit groups of one number: spaces, one dash or dot, brackets.
const JOINER = /^(?:[ \t]{0,2}[-.][ \t]{0,2}|[ \t]{1,2}|[ \t]?\(|\)[ \t]?|\)[ \t]?\(|[ \t]?\([ \t]?)$/;
// What may not touch a number: letters and digits (VRMs, words), currency, a decimal point or time colon before
// it, and a short date, decimal or fraction part after it ("12/03", "10.5"). A slash or comma followed by another
// long number is a list: "07700900123/07700900124".
const BAD_BEFORE = /[\p{L}\p{N}£$€_@#]$|\d[.:]$/u;
const BAD_AFTER = /^(?:[\p{L}\p{N}_@%]|:\d|[/.,]\d{1,4}(?!\d))/u;
const MAX_GROUPS = 12; // "0 7 7 0 0 9 0 0 1 2 3" is eleven groups

// National significant numbers that look like real UK numbers: mobiles, geographic (01/02), 03, 08, 09.
const PLAUSIBLE_UK = /^(?:7[1-9]\d{8}|[123]\d{9}|8\d{9}|9\d{9})$/;

function toE164(digits: string, plus: boolean): string | undefined {
  let national: string;
  if (plus || digits.startsWith('00')) {
    const international = plus ? digits : digits.slice(2);
    if (!international.startsWith('44')) {
      const foreign = parsePhoneNumberFromString('+' + international);
      return foreign?.isValid() === true ? foreign.number : undefined;
    }
    national = international.slice(2);
    if (national.startsWith('0')) national = national.slice(1); // "+44 (0)7700 …"
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else if (/^44[1-9]\d{9}$/.test(digits)) {
    national = digits.slice(2);
  } else if (/^7\d{9}$/.test(digits)) {
    national = digits;
  } else {
    return undefined;
  }
  if (national.length < 9 || national.length > 10) return undefined;
  // Cheap path first: a plausible UK shape that is a possible +44 length. Only other shapes (such as 9-digit
  // geographic numbers) go through the full parse and validity check, which costs about 20 µs a number.
  if (PLAUSIBLE_UK.test(national) && new PhoneNumber(`+44${national}`).isPossible()) return `+44${national}`;
  const number = parsePhoneNumberFromString(`+44${national}`);
  return number?.countryCallingCode === '44' && number.isValid() ? number.number : undefined;
}

function findRuns(input: string): Run[] {
  const runs: Run[] = [];
  for (const m of matchAll(RUN, input)) {
    const plus = m[0].startsWith('+');
    runs.push({ start: m.index, end: m.index + m[0].length, digits: plus ? m[0].slice(1) : m[0], plus });
  }
  return runs;
}

// "O77OO 9OO 247": a capital O typed for a zero inside a number that has real digits too. Replaced one for one,
// so every span still points into the text as written.
const O_FOR_ZERO = /(?<![\p{L}\p{N}])[0O][0-9O]{3,4}(?:[ \t-]?[0-9O]{3,4}){1,2}(?![\p{L}\p{N}])/gu;
const withZeros = (input: string): string =>
  input.includes('O')
    ? input.replace(O_FOR_ZERO, (m) =>
        m.includes('O') && (m.match(/\d/g) ?? []).length >= 4 ? m.replace(/O/g, '0') : m,
      )
    : input;

export function extractPhones(written: string, claims: Claims): PhoneEntity[] {
  const input = withZeros(written);
  const runs = findRuns(input);
  const out: PhoneEntity[] = [];
  let i = 0;
  while (i < runs.length) {
    const first = runs[i];
    if (first === undefined) break;
    // Take an opening bracket directly before the first group: "(01727) 123456".
    const start = input[first.start - 1] === '(' ? first.start - 1 : first.start;
    if (BAD_BEFORE.test(input.slice(Math.max(0, start - 2), start))) {
      i++;
      continue;
    }
    // Collect the groups that chain onto this one.
    let last = i;
    while (last + 1 < runs.length && last - i + 1 < MAX_GROUPS) {
      const a = runs[last];
      const b = runs[last + 1];
      if (a === undefined || b === undefined || b.plus || !JOINER.test(input.slice(a.end, b.start))) break;
      last++;
    }
    // Longest chain that is a phone number and is not glued to a letter, digit or date separator.
    let found = false;
    for (let j = last; j >= i; j--) {
      const group = runs.slice(i, j + 1);
      const end = group[group.length - 1]?.end ?? first.end;
      const digits = group.map((r) => r.digits).join('');
      if (digits.length < 9 || digits.length > 15) continue;
      if (BAD_AFTER.test(input.slice(end, end + 8))) continue;
      const e164 = toE164(digits, first.plus);
      if (e164 === undefined || !claims.claim(start, end)) continue;
      out.push({ e164, text: written.slice(start, end), start, end });
      i = j + 1;
      found = true;
      break;
    }
    if (!found) i++;
  }
  return [
    ...out,
    ...splitAcrossMessages(input, written, claims),
    ...splitInQuotes(input, written, claims),
    ...wrappedAfterCue(input, written, claims),
  ].sort((a, b) => a.start - b.start);
}

// "a card … that says RICO 24/7 with the number 07700" then "900208" on the next line: a mobile number a transcript
// wrapped after its first five digits, right after the words that give a number. Only the rest of a whole number,
// alone before the end of its line or a stop.
const WRAPPED =
  /(?<![\p{L}\p{N}+])(07\d{3}(?:[ \t]?\d{3})?)[ \t]*\n[ \t]*(\d{6}|\d{3}[ \t]\d{3}|\d{3})(?=[ \t]*(?:[.,;!?)]|\n|$))/gu;
function wrappedAfterCue(input: string, written: string, claims: Claims): PhoneEntity[] {
  return joinedPieces(input, written, claims, WRAPPED, (m) => {
    const said = input.slice(Math.max(0, m.index - 40), m.index);
    return NUMBER_GIVEN.test(said) && !NOT_A_NUMBER_GIVEN.test(said);
  });
}

/** A mobile number in two pieces (groups 1 and 2) that the test accepts, when together they make a whole number. */
function joinedPieces(
  input: string,
  written: string,
  claims: Claims,
  pattern: RegExp,
  accept: (m: RegExpExecArray) => boolean,
): PhoneEntity[] {
  const out: PhoneEntity[] = [];
  for (const m of matchAll(pattern, input)) {
    if (!accept(m)) continue;
    const digits = `${m[1] ?? ''}${m[2] ?? ''}`.replace(/[ \t]/g, '');
    const e164 = digits.length === 11 ? toE164(digits, false) : undefined;
    const end = m.index + m[0].length;
    if (e164 === undefined || !claims.claim(m.index, end)) continue;
    out.push({ e164, text: written.slice(m.index, end), start: m.index, end });
  }
  return out;
}

// "'Yankee - 07700" then "900 536'": a mobile number inside quotes, copied from a note, broken across two lines.
// Only where one quotation holds both pieces and they make a whole number.
const BROKEN_HEAD = /(?<![\p{L}\p{N}+])(07\d{3}(?:[ \t]?\d{3})?)[ \t]*\n[ \t]*(\d{3}(?:[ \t]?\d{3})?)(?=["'’”])/gu;
function splitInQuotes(input: string, written: string, claims: Claims): PhoneEntity[] {
  return joinedPieces(input, written, claims, BROKEN_HEAD, (m) =>
    QUOTATION_OPEN.test(input.slice(input.lastIndexOf('\n', m.index) + 1, m.index)),
  );
}

// "[18:47] Janet P: the number on the card is 07700 900" then "[18:47] Janet P: 462 sorry sent too soon": a
// mobile number cut off at the end of one chat message and finished at the start of the sender's next one. Only
// the two pieces are claimed, so the sender's name between them stays readable.
const CUT_OFF = /(?<![\p{L}\p{N}+])(07\d{3}[ \t]?\d{3})[ \t]*\n/gu;
const NUMBER_GIVEN = /\b(?:number|no|num|mob|mobile|phone|ring|call|text|whatsapp|contact|line|tel|on)\b/i;
const NOT_A_NUMBER_GIVEN =
  /\b(?:ref|reference|order|invoice|tracking|meter|reading|account|parcel|receipt|serial|plate|reg|registration|case|crime|job|policy|incident|claim|ticket|booking|log|cad)\b/i;
function splitAcrossMessages(input: string, written: string, claims: Claims): PhoneEntity[] {
  const out: PhoneEntity[] = [];
  for (const m of matchAll(CUT_OFF, input)) {
    const head = m[1] ?? '';
    const lineStart = input.lastIndexOf('\n', m.index) + 1;
    const sender = chatOpening(input.slice(lineStart, m.index))?.sender;
    const nextLine = input.slice(m.index + m[0].length);
    const nextSender = chatOpening(nextLine);
    // Both lines are one sender's messages, the first says a number is given, and the next opens with the missing
    // digits: not "ref 07891 234" then "567 was the parcel number".
    if (sender === undefined || nextSender?.sender !== sender) continue;
    const said = input.slice(Math.max(lineStart, m.index - 50), m.index);
    if (!NUMBER_GIVEN.test(said) || NOT_A_NUMBER_GIVEN.test(said)) continue;
    const tail = /^(\d{3})(?![\p{L}\p{N}])/u.exec(nextLine.slice(nextSender.text.length))?.[1];
    if (tail === undefined) continue;
    const e164 = toE164(head.replace(/[ \t]/g, '') + tail, false);
    const tailStart = m.index + m[0].length + nextSender.text.length;
    const tailEnd = tailStart + tail.length;
    if (e164 === undefined || claims.overlaps(m.index, m.index + head.length) || claims.overlaps(tailStart, tailEnd)) {
      continue;
    }
    claims.claim(m.index, m.index + head.length);
    claims.claim(tailStart, tailEnd);
    out.push({ e164, text: written.slice(m.index, tailEnd), start: m.index, end: tailEnd });
  }
  return out;
}

// Numbers read out or typed partly in words: "oh seven seven double oh nine double oh one two three",
// "07700 nine double oh 561", "07700 nine hundred 266". Counted only when the whole chain of digits makes a
// phone number: a number with a part missing ("oh seven seven double oh something") is not guessed at.
/** Digits as people say them, for numbers and registration marks read out. */
export const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  o: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const SPOKEN_TOKEN =
  /(?<![\p{L}\p{N}£])(?:(double|triple)[ \t-]+)?(zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|\d+)(?:[ \t-]+(hundred))?(?![\p{L}\p{N}])/giu;
const SPOKEN_JOINER = /^[ \t]*[,-]?[ \t]*$/;

type SpokenToken = { readonly start: number; readonly end: number; readonly digits: string; readonly word: boolean };

function spokenTokens(input: string): SpokenToken[] {
  return [...matchAll(SPOKEN_TOKEN, input)].map((m) => {
    const raw = (m[2] ?? '').toLowerCase();
    const digit = DIGIT_WORDS[raw] ?? raw;
    const times = m[1] === undefined ? 1 : m[1].toLowerCase() === 'double' ? 2 : 3;
    // "nine hundred" is 900, as "07700 nine hundred 266" is read out.
    const digits = digit.repeat(times) + (m[3] === undefined ? '' : '00');
    return { start: m.index, end: m.index + m[0].length, digits, word: /\p{L}/u.test(m[0]) };
  });
}

/** Phone numbers written partly or wholly in words; runs after extractPhones on the same claims. */
export function extractSpokenPhones(input: string, claims: Claims): PhoneEntity[] {
  if (!/\b(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)\b/i.test(input)) return [];
  const tokens = spokenTokens(input);
  const out: PhoneEntity[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    const joined = (k: number): boolean => {
      const a = tokens[k];
      const b = tokens[k + 1];
      return a !== undefined && b !== undefined && SPOKEN_JOINER.test(input.slice(a.end, b.start));
    };
    while (joined(j)) j++;
    const chain = tokens.slice(i, j + 1);
    // The whole chain, or the chain without a stray first word ("number one oh seven seven …" is rare; "is 0…").
    for (const part of [chain, chain.slice(1)]) {
      const first = part[0];
      const last = part[part.length - 1];
      if (first === undefined || last === undefined || !part.some((t) => t.word)) continue;
      const spoken = part.map((t) => t.digits).join('');
      // "plus four four, seven seven double oh …": the country code read out.
      const international = /(?:^|[^\p{L}])(?:plus|\+)[ \t]*$/iu.test(
        input.slice(Math.max(0, first.start - 8), first.start),
      );
      const digits = international && /^44\d{10}$/.test(spoken) ? `0${spoken.slice(2)}` : spoken;
      if (digits.length < 10 || digits.length > 11) continue;
      const e164 = toE164(digits, false);
      if (e164 === undefined || BAD_AFTER.test(input.slice(last.end, last.end + 8))) continue;
      if (!claims.claim(first.start, last.end)) continue;
      out.push({ e164, text: input.slice(first.start, last.end), start: first.start, end: last.end });
      break;
    }
    i = j + 1;
  }
  return out;
}
