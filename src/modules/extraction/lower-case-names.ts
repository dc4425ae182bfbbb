// Reports typed all in lower case ("the woman who lives there is called bernie", "my m8 jaylen", "man like tee
// said", "auntie val came round"): their names are in lower case too. Such a text is read with a capital put on
// the words a naming cue or the given-name lists vouch for, one letter for one so that every span still points
// into the text as written, and each name is taken back as it was written.
import { LEXICON } from './drug-lexicon.ts';
import { describesDealing } from './drug-talk.ts';
import { isListedGivenName, isPlainGivenName } from './given-names.ts';
import { DRUGS_NAMED_AS_PEOPLE, NOT_ADDRESSED, NOT_NAMES, VOCATIVES } from './person-words.ts';
import { matchAll } from './spans.ts';
import type { PersonEntity } from './types.ts';

// The first letter of each sentence; most of them in lower case marks a text typed in lower case.
const SENTENCE_OPENING = /(?:^|[.!?\n][ \t"'‘“]*)(\p{L})/gu;
/** Whether most sentences open in lower case, or almost no word has a capital, as a text typed on a phone. */
export function writtenInLowerCase(input: string): boolean {
  let lower = 0;
  let all = 0;
  for (const m of matchAll(SENTENCE_OPENING, input)) {
    all++;
    if (/\p{Ll}/u.test(m[1] ?? '')) lower++;
  }
  if (all >= 2 && lower / all >= 0.6) return true;
  // One run-on sentence: almost no word has a capital.
  const words = input.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return lower === all && words.length >= 20 && capitalised / words.length < 0.03;
}

const NAME_WORD = "[a-z][a-z'’-]{1,15}";
// After a naming cue that says a name follows: "is called bernie", "one called spider", "one everyone calls little
// dee", "known as tank". After "called", "calls" or "man like" alone only a listed given name ("some guy called
// mikey"): "they called time", "she called twice", "man like dat" name nobody.
const NAMING = new RegExp(
  `\\b(?:(?:is|was|one|1|lad|guy|man|boy|girl|kid|woman|bloke|someone|sum1|some1|dude|geezer|fella|yute|yout|yoot|youth|manny|person|` +
    `male|female|other|another) (?:called|calld|named)|known as|goes by|` +
    `(?:everyone|every1|they|dey|dem|people|we|lads|boys|kids) calls?(?: (?:him|her|them))?|calls? (?:him|her|them)|man like)[ \\t]+` +
    `(?:((?:little|lil|big|young)[ \\t]+))?(${NAME_WORD})(?![\\p{L}\\p{N}@_])`,
  'gu',
);
// "said his name was kai", "her name's jade": a listed given name, or any word where the name ends ("his name was
// kai. car outside"), not "his name was probably" or "her name's gone round".
const NAME_IS = new RegExp(
  `\\b(?:(?:his|her|my|their|ur) name(?:'s|’s| is| was| as)|this is|it's|its|im|i'm)[ \\t]+()(${NAME_WORD})(?=[ \\t]*(?:[,.!?;]|$|\\n)|[ \\t]+(?:and|n|&|but|he|she|they|or|i|im|i'm|from|here)\\b)`,
  'gu',
);
// "i owe the tommy line": a deal line named after a listed given name.
const NAMED_LINE = new RegExp(`\\bthe[ \\t]+()(${NAME_WORD})[ \\t]+line(?![\\p{L}\\p{N}])`, 'gu');
// "running for the tizzy line": a line someone works for, whatever its name.
const WORKS_FOR_LINE = new RegExp(
  `\\b(?:run|runs|running|shot|shotting|graft|grafting|carry|carrying|drop|dropping|work|works|working)[ \\t]+for[ \\t]+the[ \\t]+()(${NAME_WORD})[ \\t]+line(?![\\p{L}\\p{N}])`,
  'gu',
);
const WORK_LINES =
  /^(?:assembly|production|picket|family|clothing|packing|railway|tills|bakery|beauty|coastal|try|fishing|poverty|phone|bus|train|tube|help|hot|chat|party|finish|start|front|product|fashion|skincare|make-up|makeup)$/;
const LINE_WORDS =
  /^(?:will|may|can|mark|bill|hope|grace|rose|joy|faith|dawn|frank|jack|june|april|summer|main|party|sky)$/;
const QUOTED_NAMING =
  /\b(?:calls?|called|calling|known as|goes by|named)(?: (?:him|her|them|himself|herself))?[ \t]+["'‘“]([a-z][a-z'’-]{1,15}(?: [a-z][a-z'’-]{1,15}){0,2})["'’”]/g;
// "called him lil bando": after "called him", only a name a prefix makes one ("called him twice" names nobody).
const CALLED_PREFIXED = new RegExp(
  `\\bcalled (?:him|her|them)[ \\t]+((?:little|lil|big|young)[ \\t]+)(${NAME_WORD})(?![\\p{L}\\p{N}@_])`,
  'gu',
);
const LOOSE = new RegExp(
  `\\b(?:called|calld|named|calls)[ \\t]+(?:((?:little|lil|big|young)[ \\t]+))?(${NAME_WORD})(?![\\p{L}\\p{N}@_])`,
  'gu',
);
// A pet, a shop, a game or a group named: "the dog is called biscuit", "a game called fortnite".
const THING_NAMED =
  /\b(?:dog|cat|puppy|pet|horse|shop|store|game|app|pub|bar|club|cafe|caff|restaurant|takeaway|group|chat|gc|page|account|channel|song|track|film|show|band|estate|street|road|place|company|business|website|site|brand)(?:[ \t]+(?:is|was|thats|that's|its|it's))?[ \t]+(?:called|calld|named)[ \t]+$/i;
// "my m8 jaylen", "her son kyle": a relative's given name from the lists, even one that is also a word.
const RELATIVE_CUE = new RegExp(
  `\\b(?:my|his|her|their|our|ur)[ \\t]+(?:m8|mate|bro|friend|cousin|son|daughter|sister|brother|sis|bredrin|nephew|niece|` +
    `grandson|granddaughter|boyfriend|girlfriend|partner|neighbour)[ \\t]+(${NAME_WORD})(?![\\p{L}\\p{N}@_])`,
  'gu',
);
const TITLE = new RegExp(
  // Not "miss": "miss lessons", "miss the bus".
  `(?<![\\p{L}\\p{N}])(mr|mrs|ms|dr)\\.?[ \\t]+((?:[a-z]\\.[ \\t]?){0,2})(${NAME_WORD})(?![\\p{L}\\p{N}@_])`,
  'gu',
);
// "auntie val", "uncle dev": the kinship word made a title, with the name.
const KIN = new RegExp(`(?<![\\p{L}\\p{N}])(auntie|aunty|aunt|uncle)[ \\t]+(${NAME_WORD})(?![\\p{L}\\p{N}@_])`, 'gu');
const WORD = new RegExp(`(?<![\\p{L}\\p{N}@._/'’-])${NAME_WORD}(?![\\p{L}\\p{N}@_])`, 'gu');
// Words that follow those cues and name nobody: "called the police", "calls him back", "my mate and me".
const NOT_AFTER_CUE = new Set(
  (
    'a an the him her them it me you us this that some someone something anyone one two my his their our your ' +
    'what who which no not and or but so if is was be by in on at to for of with from as up out off over into like ' +
    'just only also very really proper back round about again every all any other another then when where there ' +
    'here now today tonight yesterday said says told asked said lad man boy girl kid guy woman bloke fella ' +
    'twice once earlier later early ' +
    'after down through across bus train car bike foot taxi uber phone text snap police cops feds ambulance ' +
    'mum dad nan gran school work home everyone everybody nobody people dat dis dem dey best worst top first last ' +
    'next door plod blobby bean right wrong big nice good bad ' +
    'most least fine ok okay sure safe'
  ).split(' '),
);
const NAME_ENDS = /^(?:[ \t]*[,.!?(]|[ \t]+(?:is|was|has|had|aged|who|and|n|&)\b)/;
export const CHAT_WORDS = new Set(
  'lol lmao omg idk tbh ngl fam bae bro cuz innit wiv wat fr rn pls plz jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const namesNobody = (word: string): boolean =>
  NOT_AFTER_CUE.has(word) || NOT_NAMES.has(word) || LEXICON.has(word) || word.length < 2;

/** The text with a capital on each name the cues and lists vouch for; the same length as the input. */
export function capitaliseNames(input: string): string {
  // UTF-16 units, as string indexes count them; only ASCII letters are capitalised, so every index holds.
  const chars = input.split('');
  const up = (at: number) => {
    const c = input[at] ?? '';
    if (/^[a-z]$/.test(c)) chars[at] = c.toUpperCase();
  };
  const at = (m: RegExpMatchArray & { index: number }, group: string) => m.index + m[0].lastIndexOf(group);
  for (const [pattern, listedOnly] of [
    [NAMING, false],
    [CALLED_PREFIXED, false],
    [NAME_IS, true],
    [NAMED_LINE, true],
    [WORKS_FOR_LINE, false],
    [LOOSE, true],
  ] as const) {
    for (const m of matchAll(pattern, input)) {
      const name = m[2] ?? '';
      if (namesNobody(name) || (listedOnly && !isListedGivenName(name))) continue;
      // A line's name in lower case, not a word of another line ("the will line", "the bus line").
      if ((pattern === NAMED_LINE || pattern === WORKS_FOR_LINE) && LINE_WORDS.test(name)) continue;
      // "working for the beauty line at boots": a firm's line of goods or work, outside a text about dealing.
      if (pattern === WORKS_FOR_LINE && (WORK_LINES.test(name) || !describesDealing(input))) continue;
      // "its joy", "im hope": a feeling, not a name.
      if (pattern === NAME_IS && /^(?:hope|joy|faith|peace|love|grace|will|may|mark)$/.test(name)) continue;
      // "called him lil bro", "big man", "young blood": words of address after a prefix, not names.
      if (m[1] && (VOCATIVES.has(name) || NOT_ADDRESSED.has(name) || /^(?:blood|bredrin|g)$/.test(name))) continue;
      if (THING_NAMED.test(input.slice(Math.max(0, m.index - 30), m.index + m[0].indexOf(name)))) continue;
      if (m[1]) up(m.index + m[0].lastIndexOf(m[1], m[0].length - name.length));
      up(at(m, name));
      // "a geezer called stevie boy": the word a street name ends with.
      const end = m.index + m[0].length;
      const suffix = /^[ \t]+(?:boy|man|g|jr|junior)\b/.exec(input.slice(end, end + 8));
      if (suffix !== null) up(end + suffix[0].length - suffix[0].trimStart().length);
    }
  }
  // 'the children call him "uncle bigs"': a quoted name after a naming cue, each of its words.
  for (const m of matchAll(QUOTED_NAMING, input)) {
    const name = m[1] ?? '';
    if (name.split(' ').some((w) => NOT_AFTER_CUE.has(w) || LEXICON.has(w))) continue;
    const from = m.index + m[0].length - name.length - 1;
    for (const w of matchAll(/[a-z][a-z'’-]*/g, name)) up(from + w.index);
  }
  // "mr dunleavy", "mrs o'neill": a title and the word after it.
  for (const m of matchAll(TITLE, input)) {
    const name = m[3] ?? '';
    if (namesNobody(name)) continue;
    up(m.index);
    // "mr r. gallagher": the initials too.
    const initials = m[2] ?? '';
    const from = m.index + m[0].length - name.length - initials.length;
    for (let i = 0; i < initials.length; i++) if (/[a-z]/.test(initials[i] ?? '')) up(from + i);
    up(at(m, name));
  }
  // "auntie val": a listed given name only ("my uncle works nights" names nobody).
  for (const m of matchAll(KIN, input)) {
    const name = m[2] ?? '';
    if (namesNobody(name) || !isListedGivenName(name)) continue;
    up(m.index);
    up(at(m, name));
  }
  // A given name that is also a word only where a name ends ("my son kyle is 14", not "her son will be 16").
  for (const m of matchAll(RELATIVE_CUE, input)) {
    const name = m[1] ?? '';
    // "my friend molly": a drug's street name that is a given name too, after whose friend she is.
    // Not after giving, selling or buying it: "i gave my friend molly at the festival", "sold my mate charlie".
    const handedOver =
      /\b(?:gave|give|gives|giving|got|get|gets|sold|sell|sells|bought|buy|buys|brought|bring|offered|offer)[ \t]+\S+[ \t]+\S+[ \t]+$/i.test(
        input.slice(Math.max(0, m.index - 12), m.index + m[0].length - name.length),
      );
    const drugNamed = DRUGS_NAMED_AS_PEOPLE.test(name) && !handedOver;
    if (!drugNamed && (namesNobody(name) || !isListedGivenName(name))) continue;
    if (
      drugNamed ||
      isPlainGivenName(name) ||
      NAME_ENDS.test(input.slice(m.index + m[0].length, m.index + m[0].length + 10))
    ) {
      up(at(m, name));
    }
  }
  // A listed given name anywhere ("my m8 jaylen"), but not the chat words some lists hold ("lol").
  for (const m of matchAll(WORD, input)) if (!CHAT_WORDS.has(m[0]) && isPlainGivenName(m[0])) up(m.index);
  return chars.join('');
}

/** Whether the text is typed in capitals, as some call logs and angry reports are. */
export function writtenInCapitals(input: string): boolean {
  const letters = input.match(/\p{L}/gu) ?? [];
  return letters.length >= 40 && letters.filter((c) => /\p{Lu}/u.test(c)).length / letters.length >= 0.85;
}

// Words that follow a name in a report in capitals and are no surname: "DARREN SELLS", "LIAM WHO IS 16".
const NOT_SURNAMES = new Set(
  (
    'who is was has had and but or the a an to from at on in of for with by as said says told tells runs sells deals ' +
    'drives lives stays works keeps uses gets got takes took gives gave knows owns hangs shouts brings brought sent ' +
    'sends comes came goes went pays buys rides walks waits meets calls texts rings visits does did will would can ' +
    'could should might must also again too then now still always never just only'
  ).split(' '),
);
const AFTER_WORD = new RegExp(`^[ \\t]+(${NAME_WORD})(?![\\p{L}\\p{N}@_])`, 'u');
// Where a surname ends a name in a log: a comma or stop, or "who", "aged", "is" after it ("THE SON, DARREN WEBB,
// SELLS", "DARREN WEBB IS 19"); "DARREN RANG ME" and "STEVE NEXT DOOR" have none.
const SURNAME_ENDS = /^(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:who|aged|is|was|has|had|and|from|of|at|his|her|their)\b)/;
// Log abbreviations and words some name lists hold: "RUI" (released under investigation), "VIC", "DOM", "LES".
const NOT_NAMES_IN_CAPITALS = new Set('rui vic dom dob nfa asb les ling fang nic sol mo'.split(' '));
// What a person does, after a given name that is also a word: "JAMES WENT INTO THE FLAT", "MICHAEL SAID".
const PERSON_VERB =
  /^[ \t]+(?:went|goes|said|says|told|tells|is|was|has|had|lives|lived|sells|sold|deals|runs|ran|drives|drove|came|comes|keeps|kept|owes|owed|knows|stays|stayed|works|hangs|uses|used|took|takes|gave|gives|got|gets|shouted|threatened|hit|punched|left|arrived|visits|visited|rang|texted)\b/;

/**
 * A text in capitals read as the lower-case reader reads one, with its ASCII letters in lower case, and a surname
 * after a given name from the lists capitalised too ("DARREN WEBB" read as "Darren Webb"); the same length.
 */
export function readCapitals(input: string): string {
  const lower = input.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const read = capitaliseNames(lower).split('');
  for (const m of matchAll(WORD, lower)) {
    const after = lower.slice(m.index + m[0].length);
    if (NOT_NAMES_IN_CAPITALS.has(m[0])) {
      read[m.index] = m[0][0] ?? '';
      continue;
    }
    // A given name that is also a word, where a person's verb follows ("JAMES WENT").
    if (!isPlainGivenName(m[0]) && isListedGivenName(m[0]) && !CHAT_WORDS.has(m[0]) && PERSON_VERB.test(after)) {
      read[m.index] = (read[m.index] ?? '').toUpperCase();
    }
    if (CHAT_WORDS.has(m[0]) || !isPlainGivenName(m[0])) continue;
    const next = AFTER_WORD.exec(after);
    const word = next?.[1];
    if (next === null || word === undefined || namesNobody(word) || NOT_SURNAMES.has(word)) continue;
    if (!SURNAME_ENDS.test(after.slice(next[0].length))) continue;
    const at = m.index + m[0].length + next[0].length - word.length;
    read[at] = (read[at] ?? '').toUpperCase();
  }
  // "THE ONE THEY CALL BIG MAN DEE": a nickname's prefix before a name read as one.
  for (const m of matchAll(PREFIX_IN_CAPITALS, lower)) {
    const nameAt = m.index + m[0].length;
    if (!/\p{Lu}/u.test(read[nameAt] ?? '')) continue;
    for (const w of matchAll(/[a-z]+/g, m[0])) read[m.index + w.index] = (read[m.index + w.index] ?? '').toUpperCase();
  }
  // "C/R BELIEVES DRIVER IS 'DEZZY'": a word quoted after a naming cue is a name, listed or not.
  for (const m of matchAll(QUOTED_AFTER_CUE_IN_CAPITALS, lower)) {
    const quoted = m[1] ?? '';
    const from = m.index + m[0].length - quoted.length - 1;
    if (namesNobody(quoted.split(' ')[0] ?? '')) continue;
    for (const w of matchAll(/[a-z][a-z'’-]*/g, quoted)) {
      read[from + w.index] = (read[from + w.index] ?? '').toUpperCase();
    }
  }
  return read.join('');
}
const PREFIX_IN_CAPITALS = /(?<![a-z])(?:big man|big|little|lil|young)[ \t]+(?=[a-z])/g;
const QUOTED_AFTER_CUE_IN_CAPITALS =
  /\b(?:is|was|called|named|aka|as|known as|calls himself|calls herself|call him|call her)[ \t]+['"‘“]([a-z][a-z'’-]{1,15}(?: [a-z][a-z'’-]{1,15})?)['"’”]/g;

/**
 * People found in a text typed as most are, or in one typed in lower case or in capitals: that is read with
 * capitals on the names its cues and lists vouch for, each name then taken back as written ("bernie", "little dee",
 * "DARREN WEBB"), a mention taken as another's full name taking that name as written ("called Callum Dempsey …
 * meets callum", "DARREN WEBB … DARREN"), in the first form written with a capital if any ("called Rico … rico is
 * @rico.gwop").
 */
export function readInItsCase(input: string, extract: (text: string) => PersonEntity[]): PersonEntity[] {
  const capitals = writtenInCapitals(input);
  if (!capitals && !writtenInLowerCase(input)) return extract(input);
  const read = capitals ? readCapitals(input) : capitaliseNames(input);
  const found = extract(read);
  const asWritten = new Map<string, string>();
  for (const p of found) {
    if (p.name !== read.slice(p.start, p.end)) continue;
    const written = input.slice(p.start, p.end);
    const known = asWritten.get(p.name);
    if (known === undefined || (!/\p{Lu}/u.test(known) && /\p{Lu}/u.test(written))) asWritten.set(p.name, written);
  }
  return found.map((person) => {
    const written = input.slice(person.start, person.end);
    const name = asWritten.get(person.name) ?? person.name;
    return name === person.name && written === person.text ? person : { ...person, name, text: written };
  });
}
