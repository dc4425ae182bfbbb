// UK vehicle registration marks (VRMs), normalised to upper case without spaces.
// Current-style marks ("AB12 CDE") are distinctive enough to take anywhere; older and cherished formats need a
// vehicle cue nearby, because "A123 BCD"-like strings also occur as model names, flats and references.
import { DIGIT_WORDS } from './phones.ts';
import {
  ANY_STRONG_CUE,
  COMMON_WORDS,
  COUNTRY_LETTERS,
  COUNTRY_NEAR,
  LETTERS_END,
  NOT_ON_PLATE,
  NOT_PLATE_PARTS,
  PLATE_NAMED_BEFORE,
  PLATE_WORD_BEFORE,
  SECTION_OF_ACT,
  STRONG_CUE,
  TEXT_SPEAK,
  WEAK_CONTEXT,
} from './vehicle-words.ts';
import { after, before, type Claims, matchAll } from './spans.ts';
import type { VehicleEntity, VehicleFormat } from './types.ts';

type Candidate = { start: number; end: number; vrm: string; format: VehicleFormat; partial: boolean };

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rx = (body: string): RegExp => new RegExp(B + body + E, 'giu');

const CURRENT = rx('([a-z]{2})((?:0[2-9]|[12]\\d|30|5[1-9]|[67]\\d|80))[ \\t]?([a-z]{3})');
// "EK 72 WRD", "kx-19-tpo": a current mark with the same space or dash between each part, near vehicle talk.
const CURRENT_SEPARATED = rx('([a-z]{2})([ \\t]|-)((?:0[2-9]|[12]\\d|30|5[1-9]|[67]\\d|80))\\2([a-z]{3})');
const PREFIX = rx('([a-hj-npr-tv-y])(\\d{1,3})[ \\t]?([a-z]{3})');
const SUFFIX = rx('([a-z]{3})[ \\t]?(\\d{1,3})([a-hj-npr-tv-y])');
const DATELESS = rx('(?:([a-z]{1,3})[ \\t]?(\\d{1,4})|(\\d{1,4})[ \\t]?([a-z]{1,3}))');
const CHERISHED = rx('([a-z]{1,3})(\\d{1,3})[ \\t]?([a-z]{1,3})');
const SPOKEN_DIGIT = '(\\d|(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine))';
// Capitals set apart, then two digits, then three capitals set apart: "H G one eight, then Y T U", "K N 1 9 X T R".
const SPOKEN_MARK = new RegExp(
  `${B}([A-Z])[ \\t]+([A-Z])[ \\t,]+${SPOKEN_DIGIT}[ \\t,-]+${SPOKEN_DIGIT}(?:[ \\t]*[,;-])?[ \\t]+(?:(?i:then|and|and then)[ \\t,]+)?([A-Z])[ \\t]+([A-Z])[ \\t]+([A-Z])${E}`,
  'gu',
);
// The first half of a current mark on its own: "LK17 or LK71".
const FIRST_HALF_SHAPE = /^[A-Z]{2}(?:0[2-9]|[12]\d|30|5[1-9]|[67]\d|80)$/;
const FIRST_HALF = new RegExp(B + '[A-Z]{2}(?:0[2-9]|[12]\\d|30|5[1-9]|[67]\\d|80)' + E, 'gu');
// "AB12 C??", "AB12 C**", "ab12 something"
const WILDCARD = new RegExp(
  B +
    '([a-z]{2}\\d{2})(?:[ \\t]?([a-z]{0,2})(?:[?*_#]{1,3}|\\.{2,3})|[ \\t]+(?:something|somethin|summat|sumthing)\\b)',
  'giu',
);
// "starts with LN65", "began with a K", "ends in 4XT", "last three letters were KDE"
const CUED_PART = new RegExp(
  // "start of the reg" before "start": tried first at the same place.
  '\\b(?:start of (?:the )?(?:reg|plate|registration)(?: (?:is|was))?|(?:starts?|started|starting|begins?|began|beginning|begun)(?: with)?|first (?:part|bit|half|letters?|two letters)' +
    '(?: of (?:the |his |her )?(?:reg|plate|registration))?(?: (?:is|was|were))?|ends? (?:in|with)|(?<=\\b(?:reg|registration|plate)[ \\t]+)ends?|ending(?: in| with)?|last (?:3|three|2|two|4|four) of (?:the )?(?:reg|plate)(?: (?:is|was|were))?|last (?:part|bit|half|three|3|letters?)' +
    '(?: letters)?(?: of (?:the |his |her )?(?:reg|plate|registration))?(?: (?:is|was|were))?|(?:reg|plate|registration) part(?: (?:is|was))?|part(?:ial)? (?:reg|plate|registration|vrm)' +
    '(?: (?:is|was|of))?|(?:reg|plate|registration) partially (?:seen|read|taken|noted|caught)(?: as)?|end (?:part|bit)(?: (?:is|was))?|end of (?:the )?(?:reg|plate)(?:,? (?:it )?(?:is|was))?' +
    // "I could only read 'SA6'", "only saw the first bit, KP".
    '|(?:could|can|did|i) only (?:read|see|saw|get|got|make out|catch|caught)(?: the)?(?: (?:first|last|end|start) (?:part|bit|half|letters?))?(?: of it)?' +
    // "number I see only the end 'WFK'", "the plate I see only 'LR' at the start", "partial 'BV' only".
    // Only before a quote: "I see only the end of plate, it is 'XNL'" is read by "end of plate".
    '|(?:(?:see|saw|read|got|caught) only(?: the (?:end|start|beginning|first (?:part|bit)|last (?:part|bit)))?|only the (?:end|start|beginning)|partial)(?=\\s*[\'"‘“])' +
    // "Got a partial of one - BF6?".
    '|partial of (?:one|it|the reg|the plate)(?=[ \\t]*[-–:])' +
    '|finish(?:es|ed)? (?:with|in)' +
    // A comma only right after the plate is named: "the start of the reg, WR7", not "it started, 3am".
    '|(?:reg|plate) has|part of (?:the )?(?:reg|plate)(?: (?:is|was))?)\\b\\s*(?:[:"\'‘“]|(?<=(?:reg|plate|registration)),|(?<=partial of (?:one|it|the reg|the plate))[ \\t]*[-–])?\\s*' +
    B +
    '((?:[a-z]{1,2}\\d{1,2}[a-z]{0,3})|(?:\\d[a-z]{2,3})|(?:[a-z]{2,3}))' +
    E,
  'giu',
);

// "I got KT64 O of the reg", "a van with KX on the plate": a part in capitals said to be of the plate.
const PART_OF_PLATE = new RegExp(
  B +
    '([A-Z]{2}\\d{2}(?:[ \\t][A-Z]{1,2})?|[A-Z]{1,3}\\d{1,3}[A-Z]{0,2}|\\d[A-Z]{2,3}|[A-Z]{2,3})' +
    '[ \\t]+(?:of|off|on|in)[ \\t]+(?:the|its|his|her|their)[ \\t]+(?:reg|registration|plate|number[ \\t]?plate)\\b(?![ \\t]+(?:portal|form|document|certificate|log|book|website|site|number))',
  'gu',
);

// "didn't get the reg but it had XJ in it": capitals the plate had, right after the plate is named.
const HAD_IN_IT = new RegExp(
  '\\b(?:reg|plate|registration)\\b[^.!?\\n]{0,40}?\\b(?:it|the (?:reg|plate))[ \\t]+(?:had|has)[ \\t]+' +
    B +
    '([A-Z]{2}\\d{2}|[A-Z]{1,3}\\d{1,3}[A-Z]{0,2}|\\d[A-Z]{2,3}|[A-Z]{2,3})' +
    E +
    '[ \\t]+in[ \\t]+it\\b',
  'gu',
);

const MAKE_LETTERS = /^(?:BMW|VW|KIA|AMG|GTI|MG|DS|RS|ST)$/;

function compact(...parts: (string | undefined)[]): string {
  return parts
    .map((p) => p ?? '')
    .join('')
    .toUpperCase();
}

// Every match, including ones overlapping an earlier match, so "reg 1234 AB" yields "1234 AB" as well as "reg 1234".
// The module's own pattern is used (never a copy: a new RegExp is compiled again after each major garbage
// collection, which cost more than all the matching).
function overlapping(pattern: RegExp, input: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input); m !== null; m = pattern.exec(input)) {
    out.push(m);
    pattern.lastIndex = m.index + 1;
  }
  pattern.lastIndex = 0;
  return out;
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase();
}

function hasContext(input: string, start: number, end: number): boolean {
  return WEAK_CONTEXT.test(before(input, start, 60)) || WEAK_CONTEXT.test(after(input, end, 40));
}

function hasStrongCue(input: string, start: number): boolean {
  return STRONG_CUE.test(before(input, start, 30));
}

// Mostly capitals around the match: a shouted report, where capitalisation says nothing about plates.
function shouting(input: string, start: number, end: number): boolean {
  const letters = input.slice(Math.max(0, start - 40), end + 40).replace(/[^\p{L}]/gu, '');
  return letters.replace(/\p{Lu}/gu, '').length < letters.length * 0.4;
}

// Prefix ("A123 BCD") and suffix ("ABC 123D") marks: a "reg"-type cue, or capitals with vehicle talk nearby or
// in otherwise normally-cased text.
function olderFormatOk(input: string, text: string, start: number): boolean {
  if (hasStrongCue(input, start)) return true;
  if (!isUpper(text)) return false;
  const end = start + text.length;
  return hasContext(input, start, end) || !shouting(input, start, end);
}

function collect(input: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (m: RegExpMatchArray, vrm: string, format: VehicleFormat, partial = false): void => {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, vrm, format, partial });
  };
  // "H G one eight, then Y T U": a current mark read out letter by letter, its age in words or figures, beside a car.
  for (const m of matchAll(SPOKEN_MARK, input)) {
    const digits = [m[3], m[4]].map((d) => DIGIT_WORDS[(d ?? '').toLowerCase()] ?? d ?? '').join('');
    const vrm = `${m[1] ?? ''}${m[2] ?? ''}${digits}${m[5] ?? ''}${m[6] ?? ''}${m[7] ?? ''}`;
    const end = m.index + m[0].length;
    if (FIRST_HALF_SHAPE.test(vrm.slice(0, 4)) && hasContext(input, m.index, end)) add(m, vrm, 'current');
  }
  for (const m of matchAll(CURRENT, input)) {
    // "FN61 and then": with a space, a lower-case common word is prose, not the last three letters.
    const spaced = /\s/.test(m[0]);
    const tail = m[3] ?? '';
    // Three consonants that are no text-speak are a lower-case writer's letters right after the car ("grey golf
    // GF20 hvk"), not "ST20 hrs" or "ZX10 bhp".
    const consonants =
      /^[b-df-hj-np-tv-z]{3}$/.test(tail) &&
      !TEXT_SPEAK.has(tail) &&
      PLATE_NAMED_BEFORE.test(input.slice(Math.max(0, m.index - 16), m.index));
    if (
      spaced &&
      tail === tail.toLowerCase() &&
      !consonants &&
      (m[1] !== (m[1] ?? '').toLowerCase() || COMMON_WORDS.has(tail.toUpperCase()))
    ) {
      continue;
    }
    add(m, compact(m[1], m[2], m[3]), 'current');
  }
  for (const m of matchAll(CURRENT_SEPARATED, input)) {
    const [letters = '', , digits = '', tail = ''] = m.slice(1);
    // One case throughout, and no common word last ("UK 20 ONE").
    const oneCase = m[0] === m[0].toUpperCase() || m[0] === m[0].toLowerCase();
    if (!oneCase || COMMON_WORDS.has(tail.toUpperCase()) || !hasContext(input, m.index, m.index + m[0].length)) {
      continue;
    }
    add(m, compact(letters, digits, tail), 'current');
  }
  // "LK17 or LK71 something": the first half of a current mark, in capitals, near vehicle talk.
  for (const m of matchAll(FIRST_HALF, input)) {
    if (NOT_PLATE_PARTS.has(m[0]) || !hasContext(input, m.index, m.index + m[0].length)) continue;
    add(m, m[0], 'current', true);
  }
  for (const m of overlapping(PREFIX, input)) {
    const start = m.index;
    if (NOT_PLATE_PARTS.has(compact(m[3])) || COMMON_WORDS.has(compact(m[3]))) continue;
    if (olderFormatOk(input, m[0], start)) {
      add(m, compact(m[1], m[2], m[3]), 'prefix');
    }
  }
  for (const m of overlapping(SUFFIX, input)) {
    const start = m.index;
    if (NOT_PLATE_PARTS.has(compact(m[1])) || COMMON_WORDS.has(compact(m[1]))) continue;
    if (olderFormatOk(input, m[0], start)) {
      add(m, compact(m[1], m[2], m[3]), 'suffix');
    }
  }
  // Dateless and cherished marks need a cue word; skip the two broad scans when there is none.
  const cued = ANY_STRONG_CUE.test(input);
  for (const m of cued ? overlapping(DATELESS, input) : []) {
    const vrm = compact(m[1], m[2], m[3], m[4]);
    if (COMMON_WORDS.has(compact(m[1])) || COMMON_WORDS.has(compact(m[4]))) continue;
    if (FIRST_HALF_SHAPE.test(vrm)) continue; // "LK17": more likely half of a current mark (taken as partial)
    if (vrm.length >= 3 && hasStrongCue(input, m.index)) add(m, vrm, 'dateless');
  }
  for (const m of cued ? overlapping(CHERISHED, input) : []) {
    const vrm = compact(m[1], m[2], m[3]);
    if (COMMON_WORDS.has(compact(m[1])) || COMMON_WORDS.has(compact(m[3]))) continue;
    if (vrm.length >= 3 && hasStrongCue(input, m.index)) add(m, vrm, 'cherished');
  }
  for (const m of matchAll(WILDCARD, input)) {
    // Explicit placeholders in capitals ("AB12 C??") are plate-shaped enough on their own.
    const placeholders = /[?*#]/.test(m[0]) && isUpper(m[0]);
    if (!placeholders && !hasContext(input, m.index, m.index + m[0].length) && !hasStrongCue(input, m.index)) continue;
    add(m, compact(m[1], m[2]), 'current', true);
  }
  for (const m of matchAll(CUED_PART, input)) {
    const part = m[1] ?? '';
    const partStart = m.index + m[0].length - part.length;
    // The cue's own "reg" or "plate" is context enough ("the reg part was KX6").
    if (!hasContext(input, m.index, m.index + m[0].length) && !/\b(?:reg|plate|registration)\b/i.test(m[0])) continue;
    // Letters alone must be capitals and not a word: "reg started YH", not "the car started at 9"; in lower case,
    // as a lower-case writer puts it, only three without a vowel right after the plate is named ("plate ends kvd").
    if (/^[a-z]+$/i.test(part) && (!isUpper(part) || COMMON_WORDS.has(part)) && !lowerCaseLetters(input, m, part)) {
      continue;
    }
    // "could only read 'SA6'": what was read is a plate only with a digit in it or a plate named before ("could
    // only read 'DPD'" is a van's logo); a country's letters are a sticker.
    const onlyRead =
      /\bonly (?:read|see|saw|get|got|make out|catch|caught)\b/i.test(m[0]) &&
      !/\b(?:first|last|start|end) (?:part|bit|half|letters?)\b/i.test(m[0]);
    if (onlyRead && (!/\d/.test(part) || part.length < 3) && !PLATE_WORD_BEFORE.test(before(input, m.index, 60))) {
      continue;
    }
    if (/^(?:GB|UK|EU|IRL)$/i.test(part)) continue;
    // A road's number read off a van's side ("'M25'", "'A1M'").
    if (onlyRead && /^[AM]\d{1,4}M?$/i.test(part)) continue;
    const vrm = part.toUpperCase();
    const format: VehicleFormat = /^[A-Z]{2}\d{2}/.test(vrm) ? 'current' : 'unknown';
    out.push({ start: partStart, end: partStart + part.length, vrm, format, partial: true });
  }
  for (const m of matchAll(HAD_IN_IT, input)) {
    const part = m[1] ?? '';
    // A make's letters are a badge: "it has BMW in it".
    if (COMMON_WORDS.has(part) || NOT_PLATE_PARTS.has(part) || NOT_ON_PLATE.has(part) || MAKE_LETTERS.test(part)) {
      continue;
    }
    const partStart = m.index + m[0].lastIndexOf(part);
    const format: VehicleFormat = /^[A-Z]{2}\d{2}/.test(part) ? 'current' : 'unknown';
    out.push({ start: partStart, end: partStart + part.length, vrm: part, format, partial: true });
  }
  for (const m of matchAll(PART_OF_PLATE, input)) {
    const part = (m[1] ?? '').replace(/[ \t]/g, '');
    if (COMMON_WORDS.has(part) || NOT_PLATE_PARTS.has(part) || NOT_ON_PLATE.has(part) || /^\d{1,2}[AP]M$/.test(part)) {
      continue;
    }
    if (COUNTRY_LETTERS.has(part) && COUNTRY_NEAR.test(input.slice(Math.max(0, m.index - 60), m.index + 80))) continue;
    // "ran a PNC on the reg", "did a check on the plate": a check of the plate, not part of it.
    if (/\b(?:ran|run|runs|did|do|done|does|check(?:ed)?)[ \t]+(?:an?[ \t]+)?$/i.test(before(input, m.index, 12))) {
      continue;
    }
    // Letters alone only where a vehicle is named just before: "a black Mercedes van with KX on the plate".
    if (!/\d/.test(part) && !WEAK_CONTEXT.test(before(input, m.index, 60))) continue;
    const format: VehicleFormat = /^[A-Z]{2}\d{2}/.test(part) ? 'current' : 'unknown';
    out.push({ start: m.index, end: m.index + (m[1] ?? '').length, vrm: part, format, partial: true });
  }
  return out;
}

function lowerCaseLetters(input: string, m: { index: number; 0: string }, part: string): boolean {
  const end = m.index + m[0].length;
  return (
    /^[b-df-hj-np-tv-x]{3}$/.test(part) &&
    !TEXT_SPEAK.has(part) &&
    LETTERS_END.test(input.slice(end, end + 12)) &&
    PLATE_NAMED_BEFORE.test(input.slice(Math.max(0, m.index - 16), m.index))
  );
}

export function extractVehicles(input: string, claims: Claims): VehicleEntity[] {
  // Earliest first; at one start the longest, then full marks before partial ones.
  // A mark the text says is part of one ("the start of the reg WR7") is partial, whatever else it could be.
  const collected = collect(input);
  const cuedParts = collected.filter((c) => c.partial);
  const candidates = collected
    .filter(
      (c) => c.partial || c.format !== 'dateless' || !cuedParts.some((p) => p.start === c.start && p.end === c.end),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end || Number(a.partial) - Number(b.partial));
  const out: VehicleEntity[] = [];
  for (const c of candidates) {
    // "S23 MDA search": a section of an Act (the Misuse of Drugs Act, PACE), as officers write the power used.
    if (SECTION_OF_ACT.test(c.vrm)) continue;
    if (!claims.claim(c.start, c.end)) continue;
    const { vrm, format, partial, start, end } = c;
    out.push({ vrm, format, partial, text: input.slice(start, end), start, end });
  }
  return out;
}
