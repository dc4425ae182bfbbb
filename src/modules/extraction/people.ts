// Names and nicknames of people: after the cues people use ("a lad called Jamal", "known as 'Tiny'", "goes by
// K-Dog", "his name is Daniel Smith", "ask for Tiny", "the Mac line", "saved as 'Boss'", "the lad they call
// Little T", "my son Kieran", "tell Spanner"), and given names from public lists without a cue ("out with
// Tyrese", ADR 59). Other capitalised words are not taken without a cue.
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import { givenNamesThatAreWords, plainGivenNames } from './given-names.data.ts';
import type { Claims } from './spans.ts';
import type { PersonEntity } from './types.ts';
import { matchAll } from './spans.ts';

type Kind = PersonEntity['kind'];

const QUOTE_OPEN = `["'‘“]`;
// A closing quote, after any emoji a contact name was saved with ("saved as 'Wolfie 🐺'").
// One character class under one star: nested quantifiers here backtracked for minutes on a run of emoji.
const QUOTE_CLOSE = `[ \\t\\p{Extended_Pictographic}\\u{FE0F}\\u{200D}]*["'’”]`;
// A capitalised word: "Jamal", "O'Neill", "Smith-Jones", "McDonald".
const CAP_WORD = `\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:['’]\\p{Lu}?\\p{Ll}+)*(?:-\\p{Lu}?\\p{Ll}+)*`;
const NAME = `${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,2}`;
// A nickname: "K-Dog", "Tiny", "Lil T", "Bigz", "J2".
const NICK = `[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]{0,18}(?:[ \\t](?:the[ \\t])?[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’-]{0,14})?`;

const NAME_CUES =
  `(?i:called|calld|named|name is|name's|name was|the name|calls himself|calls herself|calls themself|calls themselves|` +
  `(?:gives|gave|giving|introduced|introduces) (?:his|her|their) name as|introduced (?:himself|herself|themselves) as)`;
const NICK_CUES =
  `(?i:(?:known|goes|go|went|going) by the name(?: of)?|by the name of|known as|answers to|answered to|answering to|(?:knew|know|knows)(?: (?:him|her|them))? as|goes by|go by|went by|going by|aka|a\\.k\\.a\\.?|nicknamed|nickname is|nickname was|street name|` +
  `they call(?: (?:him|her|them))?(?=[ \\t]*["'‘“])|they call (?:him|her|them)|calling (?:him|her|them)self|calls? (?:him|her|them)self|people call (?:him|her|them)|everyone calls (?:him|her|them))`;
const PERSON_NOUN = `(?i:lad|lads|guy|man|boy|girl|bloke|kid|woman|fella|geezer|youth|teen|teenager|male|female|dealer|runner|brother|sister|cousin|mate|friend|boyfriend|girlfriend)`;

const QUOTED_AFTER_CUE = new RegExp(
  `\\b(${NAME_CUES}|${NICK_CUES})[ \\t]*[:,]?[ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// A name after a naming cue, or initials in capitals ("he's called JC").
const NAME_AFTER_CUE = new RegExp(`\\b${NAME_CUES}[ \\t]+(${NAME}|\\p{Lu}{2,4})(?![\\p{L}\\p{N}])`, 'gu');
const NICK_AFTER_CUE = new RegExp(`\\b${NICK_CUES}[ \\t]*[:,]?[ \\t]+(${NICK})(?![\\p{L}\\p{N}])`, 'gu');
const QUOTED_AFTER_NOUN = new RegExp(`\\b${PERSON_NOUN}[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`, 'gu');

// A nickname written with a capital, when no quotes or naming cue vouch for it ("ask for Tiny", "the Rico line").
const CAP_NICK =
  `\\p{Lu}(?:[\\p{L}\\p{N}'’-]{0,17}[\\p{L}\\p{N}])?` +
  // A second word ("Little T"), or "the" and one ("Gaz the Tank").
  `(?:[ \\t](?:the[ \\t])?[\\p{Lu}\\p{N}](?:[\\p{L}\\p{N}'’-]{0,13}[\\p{L}\\p{N}])?)?`;
const QUOTED_OR_CAP = `(?:${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}|(${CAP_NICK})(?![\\p{L}\\p{N}]))`;
const RELATIVE =
  `(?i:son|daughter|boy|brother|bro|sister|sis|cousin|mate|m8|friend|nephew|niece|grandson|granddaughter|boyfriend|girlfriend|partner|` +
  `mum|mom|mam|dad|mother|father|stepson|stepdaughter|stepdad|stepmum|aunt|auntie|uncle|nan|gran|grandad|grandma|husband|wife|` +
  // Neighbour as people spell it.
  `neighbour|neighbor|neibour|nieghbour|naybor|colleague|flatmate|housemate|classmate|pupil|student|tenant|lodger|carer|client)`;

// "ask for Tiny", "asks 4 'Dino'", "call for Ronnie".
const ASK_FOR = new RegExp(
  `\\b(?i:ask|asks|asked|asking|ax|aks|call|ring|text|phone)[ \\t]+(?i:for|4)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// A second name right after one asked for: "ask for Ronnie or Tee".
const ALSO_ASKED = new RegExp(`^[ \\t]+(?i:or|and|n|&)[ \\t]+${QUOTED_OR_CAP}`, 'u');
// One capitalised word (or quoted), for cues looser than naming ones: "tell Spanner it's done". Not a word
// that begins a longer proper noun ("see Harpenden Town") or a possessive ("tell Sainsbury's").
const ONE_WORD =
  `(?:${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}|` +
  `(\\p{Lu}(?:[\\p{L}\\p{N}-]{0,17}[\\p{L}\\p{N}])?)(?![\\p{L}\\p{N}]|['’]s\\b|[ \\t]+\\p{Lu}\\p{Ll}))`;
// Messages passed to or about someone: "tell Spanner it's done", "tell him Shotta is looking for him",
// "go and see Smokey", and a greeting opening something said aloud: "'cheers Dutchie'".
const TELL = new RegExp(`\\b(?i:tell|tel|tells|telling)[ \\t]+${ONE_WORD}`, 'gu');
const TELL_HIM = new RegExp(
  `\\b(?i:tell|tel|tells|telling|told)[ \\t]+(?i:him|her|them|u|you)[ \\t]+${ONE_WORD}[ \\t]+(?i:is|was|wants|said|says|needs|will|has)\\b`,
  'gu',
);
const GO_SEE = new RegExp(
  `\\b(?i:go|goes|went|going|gone)[ \\t]+(?:(?i:and|to|n|an)[ \\t]+)?(?i:see|meet)[ \\t]+${ONE_WORD}`,
  'gu',
);
const GREETING = new RegExp(
  `${QUOTE_OPEN}(?i:cheers|thanks|ta|oi|oy|alright|later|laters|bye|safe)[ \\t]*,?[ \\t]+${ONE_WORD}`,
  'gu',
);
// "the boys at school call him Candy", "regulars call the older one Stubbs": any subject.
const CALL_HIM = new RegExp(
  `\\b(?i:call|calls)[ \\t]+(?i:him|her|them|the[ \\t]+\\p{L}+[ \\t]+one)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// "the emails are signed 'Uncle T'", "signed off as Dee".
const SIGNED = new RegExp(`\\b(?i:signed|signs)(?:[ \\t]+(?i:off))?(?:[ \\t]+(?i:as))?[ \\t]+${QUOTED_OR_CAP}`, 'gu');
// "holla at Tizzy", "hmu or Kez": contact slang that is said of a person.
const HOLLA = new RegExp(`\\b(?i:holla|holler|hollar)[ \\t]+(?i:at)[ \\t]+${QUOTED_OR_CAP}`, 'gu');
// "he said he was 'Rudeboy'", "the man is 'Uncle Dev'": a quoted capitalised name said to be someone.
const SAID_TO_BE = new RegExp(
  `\\b(?:(?i:he|she|they)|${PERSON_NOUN})[ \\t]+(?i:is|was|'s|’s)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "'Sparks', an older boy who supplies": a quoted name set off by who the person is.
const QUOTED_THEN_NOUN = new RegExp(
  `${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}[ \\t]*,[ \\t]+(?i:an?|the)[ \\t]+(?:(?i:older|younger|big|little|old|young)[ \\t]+)?${PERSON_NOUN}\\b`,
  'gu',
);
// "a contact saved in it, 'Uncle T'": a quoted contact name after saved, without "as".
const SAVED_QUOTED = new RegExp(
  `\\b(?i:saved|stored)\\b[^.!?\\n"'‘“]{0,30}?[,:][ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "this guy Jerome", "that lad Tyler Reid".
const NOUN_NAME = new RegExp(
  `\\b(?i:this|that)[ \\t]+(?i:guy|lad|man|bloke|boy|girl|kid|woman|fella|geezer|dude)[ \\t]+(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
// A name set off by commas after who the person is: "a Year 10 pupil, Mason, says", "a girl in my group,
// Sophie, told me".
const APPOSITIVE = new RegExp(
  `\\b(?i:pupil|student|girl|boy|lad|child|kid|teenager|tenant|resident|customer|patient|client|member|neighbour|neighbor)` +
    `(?:[ \\t]+[^,.!?\\n]{1,30}?)?,[ \\t]+(${CAP_WORD})(?=,|[ \\t]+(?i:says|said|told|tells|is|was|has|who|aged)\\b)`,
  'gu',
);
// "the Mac line", "the 'Nike' line", "'Mac line open'": a deal line named after its holder.
const NAMED_LINE = new RegExp(
  `(?<![\\p{L}\\p{N}])${QUOTE_OPEN}?(\\p{Lu}(?:[\\p{L}\\p{N}'’-]{0,17}[\\p{L}\\p{N}])?(?:[ \\t]\\p{Lu}(?:[\\p{L}\\p{N}'’-]{0,13}[\\p{L}\\p{N}])?)?)${QUOTE_CLOSE}?[ \\t]+(?i:line)(?![\\p{L}\\p{N}])`,
  'gu',
);
// "saved as 'Boss'", "saved in her phone as Daddy G", "comes up as 'Uncle'".
const SAVED_AS = new RegExp(
  `\\b(?i:saved|stored|listed|comes up|come up|came up|coming up|shows up|showed up|shows|appears)` +
    `(?:[ \\t]+(?i:in|on)[ \\t]+[^.!?\\n"'‘“]{1,30}?)?[ \\t]+(?i:as|under)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// "the lad they call Skinny", "a man everyone calls Pops", "the lads call him Bigz", "calling the other 'Little T'".
const THEY_CALL = new RegExp(
  `\\b(?i:they|dey|thay|we|people|everyone|everybody|kids|lads|boys|girls|all|others) (?i:call|calls)(?:[ \\t]+(?i:him|her|them))?[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
const CALLING_QUOTED = new RegExp(
  `\\b(?i:calling|called|calls)[ \\t]+(?i:him|her|them|the other(?: one)?|each other|his mate|her mate)[ \\t]*${QUOTED_OR_CAP}`,
  'gu',
);
// "called Mac and the other Zee", "called Ash and the other one Bones": only after a naming cue in the sentence.
const AND_THE_OTHER = new RegExp(
  `\\b(?i:and the other(?: one)?)(?:[ \\t]+(?i:is|was|one is))?(?:[ \\t]+(?i:called|named))?[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
const EARLIER_CUE = /(?:called|calld|named|known as|call (?:him|her|them)|calls? him|goes by|aka)\b[^.!?\n]*$/i;
// "someone called the Chef"
const CALLED_THE = new RegExp(
  `\\b(?i:called|calld|named|known as|calls? (?:him|her|them)|calling (?:him|her|them))[ \\t]+the[ \\t]+(${CAP_NICK})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "my son Kieran", "his mate Leon", "my son's friend Jayden".
const RELATIVE_NAME = new RegExp(
  `\\b(?i:my|his|her|their|our|your|ma|me)[ \\t]+${RELATIVE}(?:['’]s[ \\t]+${RELATIVE})?[ \\t]*,?[ \\t]+(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);

// Capitalised words that follow "called" without being anyone's name.
const NOT_NAMES = new Set(
  (
    'I Me Him Her Them Us You It The A An He She They We Police Crimestoppers Ambulance 999 101 Someone Somebody ' +
    'Everyone Nobody Mum Dad Mother Father Council Housing Security Neighbours Neighbour Again Today Yesterday ' +
    'Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday Round Over Back Out Up In On My His Their Our ' +
    'Your This That These Those And But Or Is Was Be Been Being If So When Where What Who Why How Like Just Not No ' +
    'Yes Its Something Anything Nothing Everything Fire RSPCA NHS Samaritans Childline Social Services School ' +
    "Teacher Year Dealer Drugs County Lines Line I've I'm I'll I'd I’ve I’m I’ll I’d Hertfordshire Herts Met " +
    // Places of the district and near it, and shops, which follow the looser cues ("go and see",
    // "tell", "my dad") as often as names do.
    'London Harpenden Redbourn Wheathampstead Verulamium Hatfield Luton Watford Welwyn Hemel Colney Marshalswick ' +
    'Fleetville Sopwell Chiswell Bricket Albans St Tesco Sainsbury Asda Aldi Lidl McDonalds Greggs'
  )
    .toLowerCase()
    .split(' '),
);

// Capitalised words before "line" that name a kind of line, not its holder ("the phone line", "Victoria line").
const NOT_LINE_NAMES = new Set(
  (
    'county deal deals drug drugs phone help main land hot front finish bus train tube district central northern ' +
    'victoria jubilee piccadilly bakerloo metropolitan circle elizabeth overground thameslink hammersmith waterloo ' +
    'new same that this the a his her their my work dealer customer red blue green yellow white black brown dark light ' +
    'bottom top party police one first second other another whole fine time service support advice contact crisis ' +
    'chat sales order orders booking taxi cab text number mobile direct emergency our your its it open'
  ).split(' '),
);
// Capitalised words after "ask for" or "saved as" that are not people.
const NOT_NICKS = new Set('id help directions cash money change water more ice info details work home'.split(' '));
// Words a greeting is said to that are nobody's name ("'cheers mate'", "'thanks love'").
const VOCATIVES = new Set(
  'mate m8 love luv bro bruv blud fam babe hun darling pal man guys lads boys girls all everyone son g sir miss madam'.split(
    ' ',
  ),
);

// Given names from public lists (given-names.data.ts). A capitalised given name is taken as a person without
// any cue ("out with Tyrese", "Kofi had a second phone"), with the capitalised word after it as a surname
// ("Connor Hale"); one that is also an English word ("Grace", "Will") only inside a sentence, where the
// capital says it is a name.
const splitWords = (text: string) => new Set(text.split(/\s+/).filter((word) => word !== ''));
const PLAIN_GIVEN_NAMES = splitWords(plainGivenNames);
const GIVEN_NAMES_THAT_ARE_WORDS = splitWords(givenNamesThatAreWords);
// Given names in some list that in a report from the district mostly mean something else: places, months and
// holidays, cars and brands, titles, and the drug slang the drug extractor weighs for itself (Charlie, Mandy, Molly).
const NOT_GIVEN_NAMES = splitWords(
  'paris sydney chelsea jordan florence victoria london austin dallas houston lincoln phoenix savannah brooklyn ' +
    'dakota georgia carolina virginia kent devon india china israel africa america asia europe florida alabama ' +
    'mercedes ford porsche jaguar tesla nike easter christmas august may june april march santa king queen ' +
    'prince princess earl duke lord sultan charlie mandy molly abbey rover',
);
const TITLED = new RegExp(
  `\\b((?:Mr|Mrs|Ms|Miss|Dr|Reverend|Rev|Pastor|Imam|Father)\\.?[ \\t]+${CAP_WORD})(?![\\p{L}\\p{N}])`,
  'gu',
);
const CAPITALISED = /(?<![\p{L}\p{N}'’@._/-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=['’]s\b|[^\p{L}\p{N}@_'’]|$)/gu;
const SURNAME_AFTER = new RegExp(`^[ \\t]+(${CAP_WORD})(?![\\p{L}\\p{N}@_])`, 'u');
// A determiner, a colour or a house number before a given name makes it a thing or a street ("the Abbey stop",
// "a black Cooper", "129 Elizabeth").
const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|this|that|these|those|every|each|any|no|black|white|silver|grey|gray|blue|red|green|yellow|orange|purple|pink|gold|brown|dark|light)|\d[a-z]?)[ \t]+$/i;
const CAPITALISED_WORD_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*[ \t]+$/u;

/**
 * A capitalised word right before, not the first of its sentence: a given name after it is part of a longer
 * proper noun ("Colney Heath", "Seat Leon", "Range Rover").
 */
function properNounBefore(input: string, index: number): boolean {
  const m = CAPITALISED_WORD_BEFORE.exec(input.slice(Math.max(0, index - 30), index));
  if (m === null) return false;
  const wordStart = index - m[0].length;
  return !SENTENCE_START_BEFORE.test(input.slice(Math.max(0, wordStart - 6), wordStart));
}
// "Big Jim", "Little Yusuf", "Lil Dre": a given name made a street name.
const NICKNAME_PREFIX_BEFORE = /(?:^|[^\p{L}])((?:Big|Little|Lil|Young|Old|Baby)[ \t]+)$/u;
const SENTENCE_START_BEFORE = /(?:^|[.!?…:;"'‘“(\n])[\s\p{Extended_Pictographic}]*$/u;

function isGivenName(word: string, inSentence: boolean): boolean {
  const lower = word.toLowerCase();
  if (NOT_GIVEN_NAMES.has(lower) || NOT_NAMES.has(lower)) return false;
  const first = lower.split('-')[0] ?? '';
  if (PLAIN_GIVEN_NAMES.has(lower) || PLAIN_GIVEN_NAMES.has(first)) return true;
  return inSentence && (GIVEN_NAMES_THAT_ARE_WORDS.has(lower) || GIVEN_NAMES_THAT_ARE_WORDS.has(first));
}

/** A capitalised word that can follow a given name as a surname: not a street, place word or common word. */
function isSurname(word: string): boolean {
  const lower = word.toLowerCase();
  return !STREET_TYPE_WORDS.has(lower) && !NOT_NAMES.has(lower) && !NOT_GIVEN_NAMES.has(lower);
}

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
  // A match, or any text found at an index ({ 0: text, index }).
  const add = (m: { readonly 0: string; readonly index?: number }, group: string, kind: Kind): void => {
    const name = clean(group, kind);
    if (name === undefined) return;
    const start = (m.index ?? 0) + m[0].lastIndexOf(group);
    const end = start + name.length;
    if (input.slice(start, end) !== name || !claims.claim(start, end)) return;
    const age = ageNear(input, m.index ?? 0, end);
    out.push({ name, kind, text: name, start, end, ...(age === undefined ? {} : { age }) });
  };
  for (const m of matchAll(QUOTED_AFTER_CUE, input)) add(m, m[2] ?? '', 'nickname');
  for (const m of matchAll(QUOTED_AFTER_NOUN, input)) add(m, m[1] ?? '', 'nickname');
  for (const m of matchAll(NICK_AFTER_CUE, input)) {
    const nick = m[1] ?? '';
    // Unquoted nicknames must look like names: a capital, a digit or a hyphen ("K-Dog", "Bigz", "J2").
    if (/[\p{Lu}\p{N}-]/u.test(nick)) add(m, nick, 'nickname');
  }
  const addNick = (m: RegExpMatchArray, quoted: string | undefined, capital: string | undefined): void => {
    if (quoted !== undefined) add(m, quoted, 'nickname');
    else if (capital !== undefined && !NOT_NICKS.has(capital.toLowerCase())) add(m, capital, 'nickname');
  };
  for (const m of matchAll(ASK_FOR, input)) {
    addNick(m, m[1], m[2]);
    const rest = m.index + m[0].length;
    const also = ALSO_ASKED.exec(input.slice(rest));
    if (also !== null) addNick(Object.assign(also, { index: rest }), also[1], also[2]);
  }
  for (const pattern of [TELL, TELL_HIM, GO_SEE, GREETING, CALL_HIM, SIGNED, HOLLA]) {
    for (const m of matchAll(pattern, input)) {
      if (!VOCATIVES.has((m[1] ?? m[2] ?? '').toLowerCase())) addNick(m, m[1], m[2]);
    }
  }
  for (const m of matchAll(SAVED_QUOTED, input)) add(m, m[1] ?? '', 'nickname');
  for (const pattern of [SAID_TO_BE, QUOTED_THEN_NOUN]) {
    for (const m of matchAll(pattern, input)) if (/^\p{Lu}/u.test(m[1] ?? '')) add(m, m[1] ?? '', 'nickname');
  }
  for (const m of matchAll(NOUN_NAME, input)) add(m, m[1] ?? '', 'name');
  for (const m of matchAll(APPOSITIVE, input)) add(m, m[1] ?? '', 'name');
  for (const m of matchAll(SAVED_AS, input)) addNick(m, m[1], m[2]);
  for (const m of matchAll(THEY_CALL, input)) addNick(m, m[1], m[2]);
  for (const m of matchAll(CALLING_QUOTED, input)) addNick(m, m[1], m[2]);
  for (const m of matchAll(CALLED_THE, input)) addNick(m, undefined, m[1]);
  for (const m of matchAll(NAMED_LINE, input)) {
    const words = (m[1] ?? '').split(/[ \t]+/);
    if (words.some((w) => NOT_LINE_NAMES.has(w.toLowerCase()))) continue;
    addNick(m, undefined, m[1]);
  }
  for (const m of matchAll(NAME_AFTER_CUE, input)) {
    add(m, m[1] ?? '', 'name');
    // "called JC or Jaycee".
    const rest = m.index + m[0].length;
    const also = ALSO_ASKED.exec(input.slice(rest));
    if (also !== null) addNick(Object.assign(also, { index: rest }), also[1], also[2]);
  }
  for (const m of matchAll(RELATIVE_NAME, input)) add(m, m[1] ?? '', 'name');
  for (const m of matchAll(AND_THE_OTHER, input)) {
    if (EARLIER_CUE.test(input.slice(Math.max(0, m.index - 80), m.index))) addNick(m, m[1], m[2]);
  }
  for (const m of matchAll(TITLED, input)) add(m, m[1] ?? '', 'name');
  for (const m of matchAll(CAPITALISED, input)) {
    const word = m[1] ?? '';
    const preceding = input.slice(Math.max(0, m.index - 24), m.index);
    if (DETERMINER_BEFORE.test(preceding)) continue;
    const prefix = NICKNAME_PREFIX_BEFORE.exec(preceding)?.[1];
    if (prefix === undefined && properNounBefore(input, m.index)) continue;
    if (!isGivenName(word, !SENTENCE_START_BEFORE.test(input.slice(Math.max(0, m.index - 6), m.index)))) continue;
    const after = input.slice(m.index + word.length);
    const surname = SURNAME_AFTER.exec(after)?.[1];
    // A given name before a street word is the street's ("Harvey Road").
    const next = /^[ \t]+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
    if (next !== undefined && STREET_TYPE_WORDS.has(next)) continue;
    const gap = /^[ \t]+/.exec(after)?.[0].length ?? 0;
    const full =
      surname !== undefined && isSurname(surname)
        ? input.slice(m.index, m.index + word.length + gap + surname.length)
        : word;
    if (prefix !== undefined && isGivenName(word, true)) {
      const nickname = `${prefix}${word}`;
      add({ 0: nickname, index: m.index - prefix.length }, nickname, 'nickname');
      continue;
    }
    add({ 0: full, index: m.index }, full, 'name');
  }
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

/**
 * The names and nicknames in a "names or nicknames" answer, in the order given. A nickname
 * given after "aka" (or "known as"…) of a name is that person's alias: `aliasOf` names them.
 */
export function namesInAnswer(answer: string): { name: string; kind: Kind; aliasOf?: string }[] {
  const out: { name: string; kind: Kind; aliasOf?: string }[] = [];
  const add = (raw: string, kind: Kind, aliasOf?: string) => {
    const name = raw
      .trim()
      .replace(/^["'‘“(]+|["'’”)]+$/gu, '')
      .trim();
    if (name === '' || name.length > 60 || UNKNOWN_ANSWER.test(name)) return;
    if (!/\p{L}|\p{N}/u.test(name)) return;
    out.push({ name, kind, ...(aliasOf === undefined ? {} : { aliasOf }) });
    return name;
  };
  if (UNKNOWN_ANSWER.test(answer.trim())) return [];
  // The name a following "aka" belongs to: this part's own, or ("Jay, known as J-Dog") the last one's.
  let lastName: string | undefined;
  for (const part of answer.split(ANSWER_SEPARATOR)) {
    const [first = '', ...nicknames] = part.split(ANSWER_NICK_CUE);
    // Quoted on its own ("'Tiny'"), a part is a nickname too.
    const quoted = /^\s*["'‘“].+["'’”]\s*$/u.test(first);
    const named = add(first, quoted ? 'nickname' : 'name');
    const aliasOf = first.trim() === '' ? lastName : quoted ? undefined : named;
    for (const nickname of nicknames) add(nickname, 'nickname', aliasOf);
    lastName = quoted ? undefined : (named ?? (first.trim() === '' ? lastName : undefined));
  }
  return out;
}
