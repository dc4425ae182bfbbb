// Names and nicknames of people, taken only after clear cues ("a lad called Jamal", "known as 'Tiny'",
// "goes by K-Dog", "his name is Daniel Smith"). Precision over recall: no free-standing capitalised words.
import type { Claims } from './spans.ts';
import type { PersonEntity } from './types.ts';

type Kind = PersonEntity['kind'];

const QUOTE_OPEN = `["'‘“]`;
const QUOTE_CLOSE = `["'’”]`;
// A capitalised word: "Jamal", "O'Neill", "Smith-Jones", "McDonald".
const CAP_WORD = `\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:['’]\\p{Lu}?\\p{Ll}+)*(?:-\\p{Lu}?\\p{Ll}+)*`;
const NAME = `${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,2}`;
// A nickname: "K-Dog", "Tiny", "Lil T", "Bigz", "J2".
const NICK = `[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]{0,18}(?:[ \\t][\\p{Lu}\\p{N}][\\p{L}\\p{N}'’-]{0,14})?`;

const NAME_CUES = `(?i:called|named|name is|name's|name was|calls himself|calls herself|calls themself|calls themselves)`;
const NICK_CUES =
  `(?i:known as|goes by|go by|went by|going by|aka|a\\.k\\.a\\.?|nicknamed|nickname is|nickname was|street name|` +
  `they call(?: (?:him|her|them))?(?=[ \\t]*["'‘“])|they call (?:him|her|them)|calling (?:him|her|them)self|calls? (?:him|her|them)self|people call (?:him|her|them)|everyone calls (?:him|her|them))`;
const PERSON_NOUN = `(?i:lad|lads|guy|man|boy|girl|bloke|kid|woman|fella|geezer|youth|teen|teenager|male|female|dealer|runner|brother|sister|cousin|mate|friend|boyfriend|girlfriend)`;

const QUOTED_AFTER_CUE = new RegExp(
  `\\b(${NAME_CUES}|${NICK_CUES})[ \\t]*[:,]?[ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
const NAME_AFTER_CUE = new RegExp(`\\b${NAME_CUES}[ \\t]+(${NAME})(?![\\p{L}\\p{N}])`, 'gu');
const NICK_AFTER_CUE = new RegExp(`\\b${NICK_CUES}[ \\t]*[:,]?[ \\t]+(${NICK})(?![\\p{L}\\p{N}])`, 'gu');
const QUOTED_AFTER_NOUN = new RegExp(`\\b${PERSON_NOUN}[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`, 'gu');

// Capitalised words that follow "called" without being anyone's name.
const NOT_NAMES = new Set(
  (
    'I Me Him Her Them Us You It The A An He She They We Police Crimestoppers Ambulance 999 101 Someone Somebody ' +
    'Everyone Nobody Mum Dad Mother Father Council Housing Security Neighbours Neighbour Again Today Yesterday ' +
    'Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday Round Over Back Out Up In On My His Their Our ' +
    'Your This That These Those And But Or Is Was Be Been Being If So When Where What Who Why How Like Just Not No ' +
    'Yes Its Something Anything Nothing Everything'
  )
    .toLowerCase()
    .split(' '),
);

function clean(name: string, kind: Kind): string | undefined {
  const words = name.split(/[ \t]+/);
  // Drop trailing words that are not part of a name ("Jamal He" → "Jamal").
  while (words.length > 0 && NOT_NAMES.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  const out = words.join(' ');
  if (out === '' || NOT_NAMES.has((words[0] ?? '').toLowerCase())) return undefined;
  if (kind === 'nickname' && /^\p{Ll}+$/u.test(out) && out.length < 3) return undefined;
  return out;
}

export function extractPeople(input: string, claims: Claims): PersonEntity[] {
  const out: PersonEntity[] = [];
  const add = (m: RegExpMatchArray, group: string, kind: Kind): void => {
    const name = clean(group, kind);
    if (name === undefined) return;
    const start = (m.index ?? 0) + m[0].lastIndexOf(group);
    const end = start + name.length;
    if (input.slice(start, end) !== name || !claims.claim(start, end)) return;
    const age = ageNear(input, m.index ?? 0, end);
    out.push({ name, kind, text: name, start, end, ...(age === undefined ? {} : { age }) });
  };
  for (const m of input.matchAll(QUOTED_AFTER_CUE)) add(m, m[2] ?? '', 'nickname');
  for (const m of input.matchAll(QUOTED_AFTER_NOUN)) add(m, m[1] ?? '', 'nickname');
  for (const m of input.matchAll(NICK_AFTER_CUE)) {
    const nick = m[1] ?? '';
    // Unquoted nicknames must look like names: a capital, a digit or a hyphen ("K-Dog", "Bigz", "J2").
    if (/[\p{Lu}\p{N}-]/u.test(nick)) add(m, nick, 'nickname');
  }
  for (const m of input.matchAll(NAME_AFTER_CUE)) add(m, m[1] ?? '', 'name');
  return out.sort((a, b) => a.start - b.start);
}

// An age given right next to a name: "Jon Smyth, aged 15", "Jon (16)", "Jon, about 17 years
// old", or before the cue: "a 15 year old called Jon". Person resolution compares ages, so
// only an age that plainly belongs to this person is taken.
const AGE_AFTER = new RegExp(
  `^["'’”]?[ \\t]*[,(–-]?[ \\t]*(?:(?:(?i:aged?|about|around|roughly|approx\\.?))[ \\t]+(\\d{1,2})(?!\\d)|` +
    `(\\d{1,2})[ \\t-]*(?i:years?|yrs?)[ \\t-]*(?i:old)|(\\d{1,2})[ \\t]?(?i:yo|y/o)\\b|(\\d{1,2})\\))`,
  'u',
);
const AGE_BEFORE = new RegExp(
  `(?:^|[^\\d])(\\d{1,2})[ \\t-]*(?i:years?|yrs?|yr)[ \\t-]*(?i:old)[ \\t]+(?:\\p{L}+[ \\t]+){0,2}$`,
  'u',
);

function ageNear(input: string, cueStart: number, nameEnd: number): number | undefined {
  const after = AGE_AFTER.exec(input.slice(nameEnd, nameEnd + 32));
  const before = AGE_BEFORE.exec(input.slice(Math.max(0, cueStart - 40), cueStart));
  const groups: (string | undefined)[] = after === null ? [] : after.slice(1);
  const found = groups.find((group) => group !== undefined) ?? before?.[1];
  if (found === undefined) return undefined;
  const age = Number(found);
  return age >= 5 && age <= 99 ? age : undefined;
}

// The "names or nicknames" answer holds nothing but names, so it needs no cue: it is split at
// commas, slashes, semicolons, "and", "or", and at "aka" / "known as" / "goes by", after which
// the part is a nickname ("Marcus Reid aka Tiny" is the name Marcus Reid and the nickname Tiny).
const ANSWER_SEPARATOR = /\s*(?:[,;/]|\band\b|\bor\b|&)\s*/iu;
const ANSWER_NICK_CUE = /\s*\b(?:aka|a\.k\.a\.?|known as|goes by|nicknamed|nickname|street name|also called)\b[:\s]*/iu;
const UNKNOWN_ANSWER = /^(?:i )?(?:do not|don'?t|dont) know\b|^(?:not known|unknown|no idea|none|n\/a)$/iu;

/** The names and nicknames in a "names or nicknames" answer, in the order given. */
export function namesInAnswer(answer: string): { name: string; kind: Kind }[] {
  const out: { name: string; kind: Kind }[] = [];
  const add = (raw: string, kind: Kind) => {
    const name = raw
      .trim()
      .replace(/^["'‘“(]+|["'’”)]+$/gu, '')
      .trim();
    if (name === '' || name.length > 60 || UNKNOWN_ANSWER.test(name)) return;
    if (!/\p{L}|\p{N}/u.test(name)) return;
    out.push({ name, kind });
  };
  if (UNKNOWN_ANSWER.test(answer.trim())) return [];
  for (const part of answer.split(ANSWER_SEPARATOR)) {
    const [first = '', ...nicknames] = part.split(ANSWER_NICK_CUE);
    // Quoted on its own ("'Tiny'"), a part is a nickname too.
    const quoted = /^\s*["'‘“].+["'’”]\s*$/u.test(first);
    add(first, quoted ? 'nickname' : 'name');
    for (const nickname of nicknames) add(nickname, 'nickname');
  }
  return out;
}
