// Names and nicknames of people: after the cues people use ("a lad called Jamal", "known as 'Tiny'", "goes by
// K-Dog", "his name is Daniel Smith", "ask for Tiny", "the Mac line", "saved as 'Boss'", "the lad they call
// Little T", "my son Kieran", "tell Spanner"), and given names from public lists without a cue ("out with
// Tyrese", ADR 59). Other capitalised words are not taken without a cue.
import { givenNameMentions, isListedGivenName } from './given-names.ts';
import { ageNear } from './person-ages.ts';
import { LEXICON } from './drug-lexicon.ts';
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import {
  CAP_NICK,
  CAP_WORD,
  DESCRIPTOR_WORDS,
  NAME,
  NAME_CUES,
  NICK,
  NICK_CUES,
  NOT_NAMES,
  NOT_NICKS,
  ONE_WORD,
  PERSON_NOUN,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  QUOTED_OR_CAP,
  RELATIVE,
  VOCATIVES,
  NOT_ADDRESSED,
  addressOnly,
  plainWord,
} from './person-words.ts';
import type { AddNick, AddPerson } from './person-words.ts';
import { addInitials } from './person-initials.ts';
import { addLineMentions, addNamedLines } from './line-names.ts';
import { addFormNames } from './person-forms.ts';
import { addSpokenNames } from './person-speech.ts';
import { addTitledNames } from './person-titles.ts';
import { sameNameAsFullName } from './same-person.ts';
import { readInItsCase } from './lower-case-names.ts';
import type { Claims } from './spans.ts';
import type { PersonEntity } from './types.ts';
import { matchAll } from './spans.ts';

type Kind = PersonEntity['kind'];

const QUOTED_AFTER_CUE = new RegExp(
  `\\b(${NAME_CUES}|${NICK_CUES})(?:[ \\t]*[:,])?[ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// A thing, not a person, named: "a group chat called 'TRAPSTARS'", "a pub called the Crown".
const THING_BEFORE =
  /\b(?:chat|group|groupchat|gc|page|account|channel|app|song|track|film|show|pub|shop|bar|club|estate|street|road|place|company|business|website|site|brand|dog|cat|game|server|park|flats?|block|house|alley|lane)[ \t]*\(?[ \t]*$/i;
const RECORD_CUE = /^(?:registered|booked|in the name|under the name|name on)/i;
const thingNamed = (input: string, m: RegExpMatchArray & { index: number }): boolean =>
  /^(?:called|calld|named|known as|aka)\b/i.test(m[0]) &&
  THING_BEFORE.test(input.slice(Math.max(0, m.index - 24), m.index));
// A name after a naming cue, or initials in capitals ("he's called JC").
const NAME_AFTER_CUE = new RegExp(
  `\\b${NAME_CUES}[ \\t]+(${NAME}|\\p{Lu}{2,4}|\\p{Lu}{5,14}(?=[ \\t]*[,.;]|[ \\t]+\\p{Lu}{2}))(?![\\p{L}\\p{N}])`,
  'gu',
);
const NICK_AFTER_CUE = new RegExp(`\\b${NICK_CUES}(?:[ \\t]*[:,])?[ \\t]+(${NICK})(?![\\p{L}\\p{N}])`, 'gu');
// "his associate 'K-Dog'", "an adult male, 'Benz'" (after a comma, only a capitalised name that describes nobody:
// "a male, 'about 20'", "a female, 'possibly Asian'" are descriptions).
const QUOTED_AFTER_NOUN = new RegExp(
  `\\b${PERSON_NOUN}((?:[ \\t]*,)?)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);

// "ask for Tiny", "asks 4 'Dino'", "call for Ronnie".
const ASK_FOR = new RegExp(
  `\\b(?i:ask|asks|asked|asking|ax|aks|call|ring|text|phone)[ \\t]+(?i:for|4)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// A second name right after one a cue gave: "ask for Ronnie or Tee", "they call him Ricky, sometimes 'Slim Rick'".
// Read within NEAR characters of the first.
const NEAR = 80;
// "Names heard: 'Tommo', 'Lewis'": a further quoted name after a comma.
const ALSO_QUOTED = new RegExp(`^[ \\t]*(?:,|,?[ \\t]+(?i:and|&|or))[ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`, 'u');
// "text 'Frosty' on 07700…": whom to message, quoted.
const TEXT_QUOTED = new RegExp(
  `\\b(?i:text|txt|message|msg|whatsapp|snap)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
const ALSO_ASKED = new RegExp(
  `^,?[ \\t]+(?i:or|and|n|&|sometimes|also|aka|or sometimes|another|the other)[ \\t]+${QUOTED_OR_CAP}`,
  'u',
);
const LIST_NAME = `(?:${QUOTE_OPEN}${NICK}${QUOTE_CLOSE}|${CAP_NICK})`;
const LISTED_AFTER = new RegExp(
  `^(?:[ \\t]*,[ \\t]*${LIST_NAME})+,?[ \\t]+(?i:and|or|&)[ \\t]+${LIST_NAME}(?![\\p{L}\\p{N}])`,
  'u',
);
const LIST_ITEM = new RegExp(
  `(?:^|,|(?i:and|or|&))[ \\t]*(?:${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}|(${CAP_NICK}))`,
  'gu',
);
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
// "I'll link Boogz by the Co-op": meeting someone, in the slang for it.
const LINK_UP = new RegExp(
  `\\b(?i:link|links|linking|linked)(?:[ \\t]+(?i:up[ \\t]+with|up[ \\t]+wid|with|wid))?[ \\t]+${ONE_WORD}(?![ \\t]+(?i:to|with|account)\\b)`,
  'gu',
);
const GREETING = new RegExp(
  `${QUOTE_OPEN}(?i:cheers|thanks|ta|oi|oy|alright|later|laters|bye|safe|yo|hey|wagwan)(?:[ \\t]*,)?[ \\t]+${ONE_WORD}(?=[ \\t]*[,!?.'’"”]|[ \\t]+(?i:move|come|wait|run|go|get|hurry|man|bro|mate)\\b)`,
  'gu',
);
// "the boys at school call him Candy", "regulars call the older one Stubbs": any subject.
const CALL_HIM = new RegExp(
  `\\b(?i:call|calls)[ \\t]+(?i:him|her|them|the[ \\t]+\\p{L}+[ \\t]+(?:one|1)|one[ \\t]+of[ \\t]+(?:them|the[ \\t]+\\p{L}+)|the[ \\t]+(?:driver|${PERSON_NOUN}))[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// "man like Tee said it": praise said of a person, in the slang for it.
const MAN_LIKE = new RegExp(`\\b(?i:man like)[ \\t]+${ONE_WORD}`, 'gu');
// "the emails are signed 'Uncle T'", "signed off as Dee".
const SIGNED = new RegExp(
  `\\b(?i:signed|signs|signing)(?:[ \\t]+(?i:off|for it|for them|it|them))?(?:[ \\t]+(?i:as))?[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// "holla at Tizzy", "hmu or Kez": contact slang that is said of a person.
const HOLLA = new RegExp(`\\b(?i:holla|holler|hollar)[ \\t]+(?i:at)[ \\t]+${QUOTED_OR_CAP}`, 'gu');
// "he said he was 'Rudeboy'", "the man is 'Uncle Dev'": a quoted capitalised name said to be someone.
const SAID_TO_BE = new RegExp(
  `\\b(?:(?i:he|she|they)|${PERSON_NOUN})(?:[ \\t]+(?i:is|was)|['’]s)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
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
// "a contact saved 'Boss Man 🐐'": a quoted contact name right after saved.
const PHONE_WORDS =
  /\b(?:phones?|contacts?|numbers?|mobiles?|handsets?|whatsapp|snap(?:chat)?|sim|texts?|messages?)\b/i;
const SAVED_BARE = new RegExp(`\\b(?i:saved|stored)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`, 'gu');
// "clients refer to the supplier as 'Mr T' or 'Tommo'": said of whoever comes between.
// Quoted only: "refers to the flat as Base" is not a person. Words, not characters, between: a run of spaces
// cannot be split every way.
const REFER_AS = new RegExp(
  `\\b(?i:refer|refers|referred|referring)[ \\t]+(?i:to)[ \\t]+(?:[^\\s.!?"'‘“]+[ \\t]+){1,5}?(?i:as)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// A quoted capitalised word that is mentioned or rings: "one of them mentioned 'Smokey'", "his phone lit up
// with 'Bossman' calling". One word: "mentioned 'Universal Credit'" is not a person.
const ONE_NICK = `[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]{0,18}`;
const MENTIONED_QUOTED = new RegExp(
  `\\b(?i:mentioned|mentions|mentioning)[ \\t]+${QUOTE_OPEN}(${ONE_NICK})${QUOTE_CLOSE}`,
  'gu',
);
const QUOTED_CALLING = new RegExp(
  `${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}[ \\t]+(?:(?i:is|was)[ \\t]+)?(?i:calling|ringing|texting|messaging|flashing up)\\b`,
  'gu',
);
// A quoted name someone calls a person, whoever does: "a man her daughter calls 'Tall Kev'".
const CALLS_QUOTED = new RegExp(
  `\\b(?:${PERSON_NOUN}|${RELATIVE}|(?i:he|she|they|who|everyone|everybody|people))[ \\t]+(?i:calls|call)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "her partner, who she calls Deano": "call" said of a person, not a phone call ("who calls Kev at 2am?").
const WHO_CALLS = new RegExp(
  `\\b(?i:who|whom)[ \\t]+(?i:he|she|they|i|we|everyone)[ \\t]+(?i:calls|call|called)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// Whom a debt or a young person's work is owed to: "said he owed 'Stacks' £800", "sells sniff for Mr Blue",
// "give it to Jamal". Unquoted and untitled, only a listed given name: "owes Barclays", "works for Capita" and
// "pass it to Control" are not people.
const OWED_TO = new RegExp(
  `\\b(?:(?i:owe|owes|owed|owing)|(?i:work|works|working|worked|runs|running|ran|grafting|shotting|sells|selling|sold|deals|dealing)(?:[ \\t]+\\p{Ll}+)?[ \\t]+(?i:for)|` +
    `(?i:give|gives|gave|giving|hand|hands|handed|pass|passes|passed)[ \\t]+(?i:it|them|this|that|the[ \\t]+\\p{Ll}+)[ \\t]+(?i:to))` +
    // One capitalised word unquoted: two or more ("works for British Gas", "owes Royal Mail") are an organisation.
    `[ \\t]+(?:${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}|((?:(?:Mr|Mrs|Ms|Miss)\\.?[ \\t]+)?\\p{Lu}(?:[\\p{L}\\p{N}'’-]{0,17}[\\p{L}\\p{N}])?)(?![\\p{L}\\p{N}]|[ \\t]+\\p{Lu}))`,
  'gu',
);
// A given name in brackets after who the person is: "the tenant (Paul) looked terrified", not "the male (Black)".
const BRACKETED = new RegExp(`\\b(?:${PERSON_NOUN}|${RELATIVE})[ \\t]*\\((${NAME})\\)`, 'gu');
// "'D. Marsh'": an initial and a surname in quotes, as on a parcel or a booking.
const QUOTED_INITIAL = new RegExp(`${QUOTE_OPEN}(\\p{Lu}\\.[ \\t]?\\p{Lu}\\p{Ll}+)${QUOTE_CLOSE}`, 'gu');
// "this guy Jerome", "that lad Tyler Reid".
const NOUN_NAME = new RegExp(
  `\\b(?i:this|that|dis|dat)[ \\t]+(?i:guy|lad|man|bloke|boy|girl|kid|woman|fella|geezer|dude|yute|yout|youth)[ \\t]+(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
// A name set off by commas after who the person is: "a Year 10 pupil, Mason, says", "a girl in my group,
// Sophie, told me".
const APPOSITIVE = new RegExp(
  `\\b(?i:pupil|student|girl|boy|lad|child|kid|teenager|tenant|resident|customer|patient|client|member|neighbour|neighbor|` +
    `(mother|father|mum|dad|parent|carer|volunteer|coach|trainer|pt|worker|colleague|fella|man|woman|guy|bloke|lady|gentleman|chap)|(one of them|` +
    `one of (?:the|my|our|his|her|their) (?:lads|boys|girls|men|women|kids|parents|mums|dads|players|pupils|students|youths|teenagers|runners|dealers|males|females|regulars|customers|clients|tenants|residents|patients|members|learners|lads)))` +
    `(?:[ \\t]+[^,.!?\\n]{1,30}?)?,[ \\t]+(${CAP_WORD}(?:[ \\t]+${CAP_WORD})?)` +
    `(?=,|[ \\t]+(?i:says|said|told|tells|is|was|has|had|who|aged|takes|took|keeps|kept)\\b)`,
  'gu',
);
// "saved as 'Boss'", "saved in her phone as Daddy G", "comes up as 'Uncle'".
const SAVED_AS = new RegExp(
  `\\b(?i:saved|stored|listed|comes up|come up|came up|coming up|shows up|showed up|shows|appears)` +
    `(?:[ \\t]+(?i:in|on)[ \\t]+[^.!?\\n"'‘“]{1,30}?)?[ \\t]+(?i:as|under)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// Where someone is from or their faith, set off by commas after who they are: "The lady, English, 50s".
const ORIGIN_WORDS = new Set(
  'english scouse geordie brummie cockney muslim nigerian caucasian scottish welsh christian hindu sikh jewish'.split(
    ' ',
  ),
);
const PET_WORDS = /\b(?:dog|puppy|pup|cat|kitten|staffie|staffy|horse|pony|rabbit|parrot|pet)\b/i;
const CALLING_ENDS = /^(?:[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:and|or|&|another|the other)\b)/i;
// "the lad they call Skinny", "a man everyone calls Pops", "the lads call him Bigz", "calling the other 'Little T'".
const THEY_CALL = new RegExp(
  `\\b(?i:they|dey|thay|dem|we|people|everyone|everybody|kids|lads|boys|girls|all|others) (?:(?i:are|r|is)[ \\t]+)?(?i:call|calls|calling)(?:[ \\t]+(?i:him|her|them))?[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
const CALLING_QUOTED = new RegExp(
  `\\b(?i:calling|called|calls|call)[ \\t]+(?i:him|her|them|the other(?: one)?|each other|his mate|her mate)[ \\t]*${QUOTED_OR_CAP}`,
  'gu',
);
// "called Mac and the other Zee", "called Ash and the other one Bones": only after a naming cue in the sentence.
const AND_THE_OTHER = new RegExp(
  `\\b(?i:and the other(?: one)?|and one|and another(?: one)?|the other(?: one)?(?= is| was))(?:[ \\t]+(?i:is|was|one is))?(?:[ \\t]+(?i:called|named|to|as))?[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
const CUE_SENTENCE_BEFORE = /(?:called|named|known as|goes by)\b[^.!?\n]*[.!?][ \t]*$/i;
const EARLIER_CUE =
  /(?:called|calld|named|known as|call (?:him|her|them)|calls? him|calls? one of|goes by|aka|answers to)\b[^.!?\n]*$/i;
// "one who said 'call me Prince'": what someone asks to be called, the name closing what they said.
const CALL_ME = new RegExp(
  `\\b(?i:call me|u can call me|you can call me|they call me|people call me)[ \\t]+(${CAP_WORD})(?=[ \\t]*["'’”.,!]|$)`,
  'gu',
);
// "INFT also named female SHANNON": a name after "named" and who the person is, in capitals as logs write it.
const NAMED_NOUN = new RegExp(
  `\\b(?i:named|names)[ \\t]+(?:(?i:a|an|the)[ \\t]+)?(?i:male|female|man|woman|youth|juvenile|person|lad|girl|boy)[ \\t]+(${CAP_WORD}|\\p{Lu}{2,})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "someone called the Chef"
const CALLED_THE = new RegExp(
  `\\b(?i:called|calld|named|known as|calls? (?:him|her|them)|calling (?:him|her|them))[ \\t]+the[ \\t]+(${CAP_NICK})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "my son Kieran", "his mate Leon", "my son's friend Jayden".
// "Des's nephew Rhys", "his bredrin lil T": whose relative may be a name, and a "lil" may go before.
const RELATIVE_NAME = new RegExp(
  `(?:\\b(?i:my|his|her|their|our|your|ma|me)|(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+['’]s)[ \\t]+${RELATIVE}(?:['’]s[ \\t]+${RELATIVE})?(?:[ \\t]*,)?[ \\t]+((?:lil[ \\t]+)?${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);

// "my 15 year old, Molly", "her 14yo Kai": a child named after their age; without the comma only a given name
// ("my 15 year old Ford Fiesta" is a car).
const AGED_NAME = new RegExp(
  `\\b(?i:my|his|her|their|our)[ \\t]+\\d{1,2}[ \\t-]*(?i:year[ \\t-]*old|yr[ \\t-]*old|yo|y/o)` +
    `(?:[ \\t]+(?i:son|daughter|boy|girl|lad|kid))?(?:[ \\t]*(,))?[ \\t]+(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);

// "Uncle Ray", "Aunty Bec": a kinship word written as a title, as children are told to call a groomer.
const KINSHIP_TITLE = new RegExp(
  // And as other languages spoken in the district say them: "Tío Rob", "Khala Nasreen", "Wujek Marek" (not
  // "Tia" or "Zia" without the accent: those are given names).
  `(?<![\\p{L}\\p{N}])((?:Uncle|Unc|Aunty|Auntie|Aunt|Cousin|Cuz|Tío|Tía|Tante|Onkel|Chacha|Chachi|Mamu|Khala|Phupho|Wujek|Ciocia)[ \\t]+(\\p{Lu}(?:[\\p{L}\\p{N}-]{0,17}[\\p{L}\\p{N}])?))(?![\\p{L}\\p{N}])`,
  'gu',
);
// Brands and characters written the same way ("Uncle Ben's", "Uncle Sam", "Cousin Itt").
const NOT_KIN_NAMES = new Set('man bro sam ben bessie buck vanya itt fester bulgaria tom'.split(' '));
// "say Moz sent you": someone named as who sent the speaker.
const SENT_YOU = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}'’-]{1,15})[ \\t]+(?i:sent)[ \\t]+(?i:me|you|u|him|her|them|us)(?![\\p{L}\\p{N}])`,
  'gu',
);

function clean(name: string, kind: Kind): string | undefined {
  const words = name.split(/[ \t]+/);
  // Drop trailing words that are not part of a name ("Jamal He" → "Jamal"), and sums ("owes Tank 1k" → "Tank").
  const trailing = (word: string) => NOT_NAMES.has(word.toLowerCase()) || /^\d+k$/i.test(word);
  while (words.length > 1 ? trailing(words[words.length - 1] ?? '') : NOT_NAMES.has((words[0] ?? '').toLowerCase())) {
    words.pop();
  }
  // "Mr Blue's van": the possessive is not part of the name.
  const out = words.join(' ').replace(/['’]s$/u, '');
  if (out === '' || NOT_NAMES.has((words[0] ?? '').toLowerCase())) return undefined;
  if (kind === 'nickname' && /^\p{Ll}+$/u.test(out) && out.length < 3) return undefined;
  // "Big" or "Little" alone is half a street name: "the name she keeps hearing is Big".
  if (/^(?:big|little|lil|young|old|baby)$/i.test(out)) return undefined;
  // "bags of what he called 'ket'": a drug's own name in lower case is the drug, not a nickname.
  if (/^\p{Ll}/u.test(out) && LEXICON.get(out)?.tier === 'always') return undefined;
  return out;
}

// A quotation opened in the 40 characters before a match and closed right after it.
const QUOTE_OPENED = /["'‘“][^"'’”\n]{0,40}$/u;
const QUOTE_CLOSES = /^[.!?,]?["'’”](?![\p{L}\p{N}])/u;
function quotedSaying(input: string, m: RegExpMatchArray & { index: number }): boolean {
  const before = input.slice(Math.max(0, m.index - 40), m.index);
  return QUOTE_OPENED.test(before) && QUOTE_CLOSES.test(input.slice(m.index + m[0].length));
}

export function extractPeople(input: string, claims: Claims): PersonEntity[] {
  return readInItsCase(input, (text) => extractFrom(text, claims));
}

function extractFrom(input: string, claims: Claims): PersonEntity[] {
  const out: PersonEntity[] = [];
  // A match, or any text found at an index ({ 0: text, index }).
  const add: AddPerson = (m, group, kind) => {
    const name = clean(group, kind);
    if (name === undefined) return;
    const start = (m.index ?? 0) + m[0].lastIndexOf(group);
    const end = start + name.length;
    if (input.slice(start, end) !== name || !claims.claim(start, end)) return;
    const age = ageNear(input, m.index ?? 0, end);
    out.push({ name, kind, text: name, start, end, ...(age === undefined ? {} : { age }) });
  };
  const addNick: AddNick = (m, quoted, capital) => {
    if (quoted !== undefined) add(m, quoted, 'nickname');
    else if (capital !== undefined && !NOT_NICKS.has(capital.toLowerCase())) add(m, capital, 'nickname');
  };
  // "ask for Ronnie or Tee", "called JC or Jaycee", "known as Kilo or K-Man": a second name right after the first.
  const addAlso = (m: RegExpMatchArray & { index: number }): void => {
    const rest = m.index + m[0].length;
    const also = ALSO_ASKED.exec(input.slice(rest, rest + NEAR));
    if (also !== null) {
      addNick(Object.assign(also, { index: rest }), also[1], also[2]);
      return;
    }
    // Quoted names in a row: "Names heard: 'Tommo', 'Lewis'", each after the one before.
    let at = rest;
    for (let n = 0; n < 8; n++) {
      const quoted = ALSO_QUOTED.exec(input.slice(at, at + NEAR));
      if (quoted === null) break;
      add(Object.assign(quoted, { index: at }), quoted[1] ?? '', 'nickname');
      at += quoted[0].length;
    }
    if (at > rest) return;
    // A list closed by "and" or "or": "names Joker, Big Sy and Kiki".
    const list = LISTED_AFTER.exec(input.slice(rest, rest + NEAR));
    if (list === null) return;
    for (const item of matchAll(LIST_ITEM, list[0])) {
      const name = item[1] ?? item[2] ?? '';
      if (DESCRIPTOR_WORDS.has(name.toLowerCase())) return;
      addNick(Object.assign(item, { index: rest + item.index }), item[1], item[2]);
    }
  };
  // A quoted name (group 1) or a capitalised one (group 2), then any second name after it.
  const addNickAndAlso = (m: RegExpMatchArray & { index: number }): void => {
    addNick(m, m[1], m[2]);
    addAlso(m);
  };
  for (const m of matchAll(QUOTED_AFTER_NOUN, input)) {
    const nick = m[2] ?? '';
    if (m[1] === '' || (/^\p{Lu}/u.test(nick) && !DESCRIPTOR_WORDS.has(nick.split(/[ \t]+/)[0]?.toLowerCase() ?? ''))) {
      add(m, nick, 'nickname');
    }
  }
  for (const m of matchAll(KINSHIP_TITLE, input)) {
    const name = (m[2] ?? '').toLowerCase();
    // "Tante Rosie's cafe": a business's name.
    const end = m.index + m[0].length;
    if (
      /^['’]s[ \t]+(?:cafe|café|caff|shop|bar|restaurant|takeaway|kitchen|salon|biergarten|store|diner|bakery|pub)\b/i.test(
        input.slice(end, end + 20),
      )
    ) {
      continue;
    }
    if (!NOT_NAMES.has(name) && !NOT_KIN_NAMES.has(name)) add(m, m[1] ?? '', 'nickname');
  }
  addInitials(input, add);
  addLineMentions(input, add, addNick);
  // Who sent the speaker, after "say" or "tell them", or a listed given name ("Vodafone sent me" is not).
  for (const m of matchAll(SENT_YOU, input)) {
    const word = m[1] ?? '';
    const told = /\b(?:say|said|tell (?:them|him|her|em)|mention)[ \t]+$/i.test(
      input.slice(Math.max(0, m.index - 20), m.index),
    );
    if (plainWord(word) && (told || isListedGivenName(word))) add(m, word, 'nickname');
  }
  for (const m of matchAll(NICK_AFTER_CUE, input)) {
    const nick = m[1] ?? '';
    // Unquoted nicknames must look like names: a capital, a digit or a hyphen ("K-Dog", "Bigz", "J2"); a
    // place's nickname is not a person's ("Clarence Park (aka Clarry)").
    if (/[\p{Lu}\p{N}-]/u.test(nick) && !thingNamed(input, m)) {
      add(m, nick, 'nickname');
      addAlso(m);
    }
  }
  for (const m of matchAll(QUOTED_AFTER_CUE, input)) {
    if (thingNamed(input, m)) continue;
    add(m, m[2] ?? '', 'nickname');
    addAlso(m);
  }
  for (const m of matchAll(OWED_TO, input)) {
    const capital = m[2];
    if (m[1] !== undefined) add(m, m[1], 'nickname');
    else if (capital !== undefined && /^(?:Mr|Mrs|Ms|Miss)\b/u.test(capital)) add(m, capital, 'nickname');
    else if (capital !== undefined && isListedGivenName(capital)) add(m, capital, 'name');
    // "told a teammate he 'works for Tank'": whom the speaker works for, quoted as said, the name closing the quote.
    else if (capital !== undefined && !NOT_NAMES.has(capital.toLowerCase()) && quotedSaying(input, m)) {
      add(m, capital, 'nickname');
    }
  }
  for (const m of matchAll(WHO_CALLS, input)) addNick(m, m[1], m[2]);
  for (const m of matchAll(ASK_FOR, input)) addNickAndAlso(m);
  for (const pattern of [TELL, TELL_HIM, GO_SEE, LINK_UP, GREETING, CALL_HIM, SIGNED, HOLLA, MAN_LIKE]) {
    for (const m of matchAll(pattern, input)) {
      // In a greeting, words of address after a prefix too: "'Safe Big Man'", "'Cheers Young Man'".
      const said = m[1] ?? m[2] ?? '';
      const word = (pattern === GREETING ? said.replace(/^(?:Big|Little|Lil|Young)[ \t]+/u, '') : said).toLowerCase();
      // A greeting's word may be an endearment or an assistant ("'Hey Siri'", "'Alright Sweetheart'").
      const addressed = pattern === GREETING && NOT_ADDRESSED.has(word);
      if (!VOCATIVES.has(word) && !NOT_NAMES.has(word) && !addressed) addNickAndAlso(m);
    }
  }
  for (const m of matchAll(SAVED_QUOTED, input)) {
    add(m, m[1] ?? '', 'nickname');
    addAlso(m);
  }
  addSpokenNames(input, add, addNick);
  for (const m of matchAll(SAVED_BARE, input)) {
    if (!PHONE_WORDS.test(input.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30))) continue;
    add(m, m[1] ?? '', 'nickname');
    addAlso(m);
  }
  for (const m of matchAll(REFER_AS, input)) addNickAndAlso(m);
  for (const m of matchAll(BRACKETED, input)) {
    // A listed given name, or a first name and a surname ("Patient (Jordan Ellis-Ward)").
    const words = (m[1] ?? '').split(' ');
    const plain = (w: string) => !NOT_NAMES.has(w.toLowerCase()) && !DESCRIPTOR_WORDS.has(w.toLowerCase());
    if (isListedGivenName(words[0] ?? '') || (words.length > 1 && words.every(plain))) {
      add(m, m[1] ?? '', 'name');
    }
  }
  for (const m of matchAll(QUOTED_INITIAL, input)) add(m, m[1] ?? '', 'name');
  for (const m of matchAll(AGED_NAME, input)) {
    const name = m[2] ?? '';
    if (m[1] === ',' || isListedGivenName(name.split(' ')[0] ?? '')) add(m, name, 'name');
  }
  // A quoted name that must start with a capital.
  for (const pattern of [MENTIONED_QUOTED, QUOTED_CALLING, CALLS_QUOTED, SAID_TO_BE, QUOTED_THEN_NOUN]) {
    for (const m of matchAll(pattern, input)) if (/^\p{Lu}/u.test(m[1] ?? '')) add(m, m[1] ?? '', 'nickname');
  }
  for (const m of matchAll(NOUN_NAME, input)) {
    // "dis yute Kasim", not "that youth Club": after a youth, a listed given name.
    if (/\b(?:yute|yout|youth)[ \t]+\S+$/i.test(m[0]) && !isListedGivenName(m[1] ?? '')) continue;
    add(m, m[1] ?? '', 'name');
  }
  for (const m of matchAll(APPOSITIVE, input)) {
    const name = m[3] ?? '';
    const words = name.split(/[ \t]+/);
    if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || DESCRIPTOR_WORDS.has(w.toLowerCase()))) continue;
    if (words.some((w) => STREET_TYPE_WORDS.has(w.toLowerCase()) || ORIGIN_WORDS.has(w.toLowerCase()))) continue;
    // "a client brought in a Staffie puppy, Tyson,": a pet named.
    if (PET_WORDS.test(m[0])) continue;
    // A parent, a volunteer or a coach: only a listed given name ("The coach, National Express").
    if (m[1] !== undefined && !isListedGivenName(words[0] ?? '')) continue;
    add(m, name, 'name');
  }
  for (const m of matchAll(SAVED_AS, input)) addNickAndAlso(m);
  for (const m of matchAll(THEY_CALL, input)) {
    // "they are calling Baby J, another one", not "they are calling X a grass" or "calling Christmas off".
    if (/calling/i.test(m[0]) && !CALLING_ENDS.test(input.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      continue;
    }
    addNickAndAlso(m);
  }
  for (const m of matchAll(CALLING_QUOTED, input)) {
    // "call each other Slim and P-Money", not "Bro and Fam" or "Mr and Mrs".
    if (!addressOnly(m[1] ?? m[2] ?? '')) addNickAndAlso(m);
  }
  for (const m of matchAll(CALLED_THE, input)) if (!thingNamed(input, m)) addNick(m, undefined, m[1]);
  for (const m of matchAll(CALL_ME, input)) addNick(m, undefined, m[1]);
  for (const m of matchAll(TEXT_QUOTED, input)) if (/^\p{Lu}/u.test(m[1] ?? '')) add(m, m[1] ?? '', 'nickname');
  addFormNames(input, add);
  for (const m of matchAll(NAMED_NOUN, input)) add(m, m[1] ?? '', 'name');
  addNamedLines(input, addNick);
  for (const m of matchAll(NAME_AFTER_CUE, input)) {
    if (thingNamed(input, m)) continue;
    // "registered as SORN", "in the name of God", "the name on the box says Fragile": a record's or a label's
    // name only when it is a listed given name or a first name and surname.
    if (RECORD_CUE.test(m[0])) {
      const words = (m[1] ?? '').split(/[ \t]+/);
      const named =
        isListedGivenName(words[0] ?? '') ||
        (words.length > 1 && words.every((w) => /^\p{Lu}(?:\p{Ll}|\.?$)/u.test(w)));
      if (!named || words.some((w) => NOT_NAMES.has(w.toLowerCase()) || DESCRIPTOR_WORDS.has(w.toLowerCase()))) {
        continue;
      }
    }
    add(m, m[1] ?? '', 'name');
    addAlso(m);
  }
  for (const m of matchAll(RELATIVE_NAME, input)) add(m, m[1] ?? '', 'name');
  for (const m of matchAll(AND_THE_OTHER, input)) {
    // "One of them is called Andreas … The other one is Tiny": a cue within the sentence or the one before.
    if (
      EARLIER_CUE.test(input.slice(Math.max(0, m.index - 80), m.index)) ||
      CUE_SENTENCE_BEFORE.test(input.slice(Math.max(0, m.index - 160), m.index))
    ) {
      addNick(m, m[1], m[2]);
    }
  }
  addTitledNames(input, add, (name) => out.some((p) => p.name === name));
  const cued = out.length;
  for (const mention of givenNameMentions(input)) {
    add({ 0: mention.text, index: mention.index }, mention.text, mention.kind);
  }
  return sameNameAsFullName(input, out, cued).sort((a, b) => a.start - b.start);
}
