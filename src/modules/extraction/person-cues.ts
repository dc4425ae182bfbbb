// The cues people write names after, as patterns: the order they are read in, and what is checked of what they
// find, is people.ts's.
import {
  CAP_NICK,
  CAP_WORD,
  NAME,
  NAME_CUES,
  NICK,
  NICK_CUES,
  ONE_WORD,
  PERSON_NOUN,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  QUOTED_OR_CAP,
  RELATIVE,
} from './person-words.ts';

export const QUOTED_AFTER_CUE = new RegExp(
  `\\b(${NAME_CUES}|${NICK_CUES})(?:[ \\t]*[:,])?[ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// A thing, not a person, named: "a group chat called 'TRAPSTARS'", "a pub called the Crown".
const THING_BEFORE =
  /\b(?:chat|group|groupchat|gc|page|account|channel|app|song|track|film|show|pub|shop|bar|club|estate|street|road|place|company|business|website|site|brand|dog|cat|game|server|park|flats?|block|house|alley|lane)[ \t]*\(?[ \t]*$/i;
export const RECORD_CUE = /^(?:registered|booked|in the name|under the name|name on|addressed)/i;
export const thingNamed = (input: string, m: RegExpMatchArray & { index: number }): boolean =>
  /^(?:called|calld|named|known as|aka)\b/i.test(m[0]) &&
  THING_BEFORE.test(input.slice(Math.max(0, m.index - 24), m.index));
// A name after a naming cue, or initials in capitals ("he's called JC").
export const NAME_AFTER_CUE = new RegExp(
  `\\b${NAME_CUES}[ \\t]+(${NAME}|\\p{Lu}{2,14}[ \\t]+(?=\\p{Lu}*[AEIOUY])\\p{Lu}{3,14}(?:-\\p{Lu}{2,14})?(?=[ \\t]*(?:[,.;:()]|(?i:aka)\\b|\\n|$))|\\p{Lu}{2,4}|\\p{Lu}{5,14}(?=[ \\t]*[,.;]|[ \\t]+\\p{Lu}{2}))(?![\\p{L}\\p{N}])`,
  'gu',
);
// Or dotted initials: "known to you as J.R.".
export const NICK_AFTER_CUE = new RegExp(
  `\\b${NICK_CUES}(?:[ \\t]*[:,])?[ \\t]+(\\p{Lu}\\.(?:\\p{Lu}\\.){1,2}|${NICK})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "his associate 'K-Dog'", "an adult male, 'Benz'" (after a comma, only a capitalised name that describes nobody:
// "a male, 'about 20'", "a female, 'possibly Asian'" are descriptions).
export const QUOTED_AFTER_NOUN = new RegExp(
  `\\b${PERSON_NOUN}((?:[ \\t]*,)?)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);

// "ask for Tiny", "asks 4 'Dino'", "call for Ronnie".
export const ASK_FOR = new RegExp(
  `\\b(?i:ask|asks|asked|asking|ax|aks|call|ring|text|phone)[ \\t]+(?i:for|4)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// A second name right after one a cue gave: "ask for Ronnie or Tee", "they call him Ricky, sometimes 'Slim Rick'".
// Read within NEAR characters of the first.
export const NEAR = 80;
// "Names heard: 'Tommo', 'Lewis'": a further quoted name after a comma.
export const ALSO_QUOTED = new RegExp(
  `^[ \\t]*(?:,|,?[ \\t]+(?i:and|&|or))[ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'u',
);
// "text 'Frosty' on 07700…": whom to message, quoted.
export const TEXT_QUOTED = new RegExp(
  `\\b(?i:text|txt|message|msg|whatsapp|snap)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
export const ALSO_ASKED = new RegExp(
  `^,?[ \\t]+(?i:(?:and[ \\t]+)?(?:another|the other)(?:[ \\t]+one)?[ \\t]+as|or|and|n|&|sometimes|also|aka|or sometimes|or just|or simply|another|the other|(?:then[ \\t]+)?later[ \\t]+as|then[ \\t]+as)[ \\t]+${QUOTED_OR_CAP}`,
  'u',
);
// "… or Shakes": one more name after "or", in a chain of them.
export const OR_AGAIN = new RegExp(`^[ \\t]+(?i:or)[ \\t]+${QUOTED_OR_CAP}`, 'u');
const LIST_NAME = `(?:${QUOTE_OPEN}${NICK}${QUOTE_CLOSE}|${CAP_NICK})`;
// "called Deeks, Lil Ruger and someone saved as …": names in a row closed by "and" and words that are no name.
export const LISTED_AFTER = new RegExp(
  `^(?:[ \\t]*,[ \\t]*${LIST_NAME})+(?:,?[ \\t]+(?i:and|or|&)[ \\t]+${LIST_NAME}(?![\\p{L}\\p{N}])|(?=,?[ \\t]+(?i:and|or|&)[ \\t]+\\p{Ll}))`,
  'u',
);
export const LIST_ITEM = new RegExp(
  `(?:^|,|(?i:and|or|&))[ \\t]*(?:${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}|(${CAP_NICK}))`,
  'gu',
);
// Messages passed to or about someone: "tell Spanner it's done", "tell him Shotta is looking for him",
// "go and see Smokey", and a greeting opening something said aloud: "'cheers Dutchie'".
export const TELL = new RegExp(`\\b(?i:tell|tel|tells|telling)[ \\t]+${ONE_WORD}`, 'gu');
export const TELL_HIM = new RegExp(
  `\\b(?i:tell|tel|tells|telling|told)[ \\t]+(?i:him|her|them|u|you)[ \\t]+${ONE_WORD}[ \\t]+(?i:is|was|wants|said|says|needs|will|has)\\b`,
  'gu',
);
export const GO_SEE = new RegExp(
  `\\b(?i:go|goes|went|going|gone)[ \\t]+(?:(?i:and|to|n|an)[ \\t]+)?(?i:see|meet)[ \\t]+${ONE_WORD}`,
  'gu',
);
// "I'll link Boogz by the Co-op": meeting someone, in the slang for it.
export const LINK_UP = new RegExp(
  `\\b(?i:link|links|linking|linked)(?:[ \\t]+(?i:up[ \\t]+with|up[ \\t]+wid|with|wid))?[ \\t]+${ONE_WORD}(?![ \\t]+(?i:to|with|account)\\b)`,
  'gu',
);
export const GREETING = new RegExp(
  `${QUOTE_OPEN}(?i:cheers|thanks|ta|oi|oy|alright|later|laters|bye|safe|yo|hey|wagwan)(?:[ \\t]*,)?[ \\t]+${ONE_WORD}(?=[ \\t]*[,!?.'’"”]|[ \\t]+(?i:move|come|wait|run|go|get|hurry|man|bro|mate)\\b)`,
  'gu',
);
// "'nah Deezy I can't'": a refusal said to someone, the speaker's "I" after the name; not "'nah Sorry I can't'".
export const REFUSAL = new RegExp(
  `${QUOTE_OPEN}(?i:nah|naa|yeah|yh)(?:[ \\t]*,)?[ \\t]+${ONE_WORD}(?=[ \\t]+I[ \\t]+(?i:can|cant|can't|can’t|will|won't|aint|ain't|dont|don't|am|m)\\b)`,
  'gu',
);
export const INTERJECTIONS = new Set(
  (
    'sure sorry obviously honestly tomorrow today tonight never right lol lmao idk defo deffo wallahi omg fr okay ok ' +
    'alright course maybe probably definitely totally whatever cool fine thanks nah yeah yes no bruh swear'
  ).split(' '),
);
// "the boys at school call him Candy", "regulars call the older one Stubbs": any subject.
export const CALL_HIM = new RegExp(
  `\\b(?i:call|calls)[ \\t]+(?i:him|her|them|someone|somebody|the[ \\t]+\\p{L}+[ \\t]+(?:one|1)|one[ \\t]+of[ \\t]+(?:them|the[ \\t]+\\p{L}+)|the[ \\t]+(?:(?i:main|big|older|younger|little|other|new|head|top)[ \\t]+)?(?:driver|${PERSON_NOUN}))[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// "man like Tee said it": praise said of a person, in the slang for it.
export const MAN_LIKE = new RegExp(`\\b(?i:man like)[ \\t]+${ONE_WORD}`, 'gu');
// "the emails are signed 'Uncle T'", "signed off as Dee".
export const SIGNED = new RegExp(
  `\\b(?i:signed|signs|signing)(?:[ \\t]+(?i:off|for it|for them|it|them))?(?:[ \\t]+(?i:as))?[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// "holla at Tizzy", "hmu or Kez": contact slang that is said of a person.
export const HOLLA = new RegExp(`\\b(?i:holla|holler|hollar)[ \\t]+(?i:at)[ \\t]+${QUOTED_OR_CAP}`, 'gu');
// "he said he was 'Rudeboy'", "the man is 'Uncle Dev'": a quoted capitalised name said to be someone.
// "the tall one is 'Ibz'": one of them, told apart by a word; "DRIVER IS 'DEZZY'".
export const SAID_TO_BE = new RegExp(
  `\\b(?:(?i:he|she|they|driver|passenger)|${PERSON_NOUN}|(?i:the[ \\t]+(?:tall|taller|short|shorter|older|younger|skinny|slim|fat|chubby|quiet|loud|mouthy)[ \\t]+one))(?:[ \\t]+(?i:is|was)|['’]s)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "'Sparks', an older boy who supplies", "3) 'Spanner' — older male": a quoted name set off by who the person is.
export const QUOTED_THEN_NOUN = new RegExp(
  `${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}[ \\t]*(?:,[ \\t]+(?i:an?|the)|[ \\t]*[—–-][ \\t]*(?:(?i:an?|the)[ \\t]+)?)[ \\t]+(?:(?i:older|younger|big|little|old|young)[ \\t]+)?${PERSON_NOUN}\\b`,
  'gu',
);
// "a contact saved in it, 'Uncle T'": a quoted contact name after saved, without "as".
export const SAVED_QUOTED = new RegExp(
  `\\b(?i:saved|stored)\\b[^.!?\\n"'‘“]{0,30}?[,:][ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "a contact saved 'Boss Man 🐐'": a quoted contact name right after saved.
export const PHONE_WORDS =
  /\b(?:phones?|contacts?|numbers?|mobiles?|handsets?|whatsapp|snap(?:chat)?|sim|texts?|messages?)\b/i;
export const SAVED_BARE = new RegExp(`\\b(?i:saved|stored)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`, 'gu');
// "clients refer to the supplier as 'Mr T' or 'Tommo'": said of whoever comes between.
// Quoted only: "refers to the flat as Base" is not a person. Words, not characters, between: a run of spaces
// cannot be split every way.
export const REFER_AS = new RegExp(
  `\\b(?i:refer|refers|referred|referring)[ \\t]+(?i:to)[ \\t]+(?:[^\\s.!?"'‘“]+[ \\t]+){1,5}?(?i:as)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// A quoted capitalised word that is mentioned or rings: "one of them mentioned 'Smokey'", "his phone lit up
// with 'Bossman' calling". One word: "mentioned 'Universal Credit'" is not a person.
const ONE_NICK = `[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]{0,18}`;
export const MENTIONED_QUOTED = new RegExp(
  `\\b(?i:mentioned|mentions|mentioning)[ \\t]+${QUOTE_OPEN}(${ONE_NICK})${QUOTE_CLOSE}`,
  'gu',
);
export const QUOTED_CALLING = new RegExp(
  // Or the screen's own words inside the quote: "the screen said 'Mojo calling'".
  `${QUOTE_OPEN}(${NICK})(?:${QUOTE_CLOSE}[ \\t]+(?:(?i:is|was)[ \\t]+)?(?i:calling|ringing|texting|messaging|flashing up)\\b|[ \\t]+(?i:calling|is calling|ringing)${QUOTE_CLOSE})`,
  'gu',
);
// A quoted name someone calls a person, whoever does: "a man her daughter calls 'Tall Kev'".
export const CALLS_QUOTED = new RegExp(
  `\\b(?:${PERSON_NOUN}|${RELATIVE}|(?i:he|she|they|who|everyone|everybody|people))[ \\t]+(?i:calls|call)[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "somebody call driver 'Tiny T'", "they called the older one 'Pops'": a quoted name said to a person.
export const CALL_NOUN_QUOTED = new RegExp(
  `\\b(?i:calls|call|called|calling)[ \\t]+(?:(?i:the|that|this|a)[ \\t]+)?(?:(?i:older|younger|big|little|other)[ \\t]+)?(?:${PERSON_NOUN}|(?i:driver|one))[ \\t]+${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "her partner, who she calls Deano", "who Gerald calls Smiler": "call" said of a person, not a phone call ("who calls Kev at 2am?").
export const WHO_CALLS = new RegExp(
  `\\b(?i:who|whom)[ \\t]+(?:(?i:he|she|they|i|we|everyone)|\\p{Lu}\\p{Ll}+)[ \\t]+(?i:calls|call|called)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// Whom a debt or a young person's work is owed to: "said he owed 'Stacks' £800", "sells sniff for Mr Blue",
// "give it to Jamal". Unquoted and untitled, only a listed given name: "owes Barclays", "works for Capita" and
// "pass it to Control" are not people.
export const OWED_TO = new RegExp(
  `\\b(?:(?i:owe|owes|owed|owing)|(?i:work|works|working|worked|runs|running|ran|grafting|shotting|sells|selling|sold|deals|dealing|drop|drops|dropping|dropped|carry|carries|carrying|carried)(?:[ \\t]+\\p{Ll}+)?[ \\t]+(?i:for)|` +
    `(?i:give|gives|gave|giving|hand|hands|handed|pass|passes|passed)[ \\t]+(?i:it|them|this|that|the[ \\t]+\\p{Ll}+)[ \\t]+(?i:to))` +
    // One capitalised word unquoted: two or more ("works for British Gas", "owes Royal Mail") are an organisation.
    `[ \\t]+(?:${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}|((?:(?:Mr|Mrs|Ms|Miss)\\.?[ \\t]+)?\\p{Lu}(?:[\\p{L}\\p{N}'’-]{0,17}[\\p{L}\\p{N}])?)(?![\\p{L}\\p{N}]|[ \\t]+\\p{Lu}))`,
  'gu',
);
// A given name in brackets after who the person is: "the tenant (Paul) looked terrified", not "the male (Black)".
export const BRACKETED = new RegExp(`\\b(?:${PERSON_NOUN}|${RELATIVE})[ \\t]*\\((${NAME})\\)`, 'gu');
// "'D. Marsh'": an initial and a surname in quotes, as on a parcel or a booking.
export const QUOTED_INITIAL = new RegExp(`${QUOTE_OPEN}(\\p{Lu}\\.[ \\t]?\\p{Lu}\\p{Ll}+)${QUOTE_CLOSE}`, 'gu');
// "this guy Jerome", "that lad Tyler Reid".
export const NOUN_NAME = new RegExp(
  `\\b(?i:this|that|dis|dat)[ \\t]+(?i:guy|lad|man|bloke|boy|girl|kid|woman|fella|geezer|dude|yute|yout|youth)[ \\t]+(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
// A name, then who the person is set off by commas: "Senga, her granny, is ma pal", "Kevin, my neighbour, saw it".
export const NAME_THEN_RELATION = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)[ \\t]*,[ \\t]+(?i:my|his|her|their|our|your)[ \\t]+` +
    `(?:(?i:little|big|older|younger|eldest|youngest|best|old|new|twin|step)[ \\t]+)?` +
    `(?:${RELATIVE}|(?i:granny|nana|nanna|grandmother|grandfather|landlord|landlady|carer|keyworker|support worker|social worker|teacher|boss))[ \\t]*,`,
  'gu',
);
// A name set off by commas after who the person is: "a Year 10 pupil, Mason, says", "a girl in my group,
// Sophie, told me".
export const APPOSITIVE = new RegExp(
  `\\b(?i:\\d{1,2}[ -]?(?:year|yr)[ -]?old|pupil|student|girl|boy|lad|child|kid|teenager|tenant|resident|customer|patient|client|member|neighbour|neighbor|boyfriend|girlfriend|` +
    `(mother|father|mum|dad|parent|carer|volunteer|coach|trainer|pt|worker|colleague|fella|man|woman|guy|bloke|lady|gentleman|chap)|(one of them|` +
    `one of (?:the|my|our|his|her|their) (?:lads|boys|girls|men|women|kids|parents|mums|dads|players|pupils|students|youths|teenagers|runners|dealers|males|females|regulars|customers|clients|tenants|residents|patients|members|learners|lads)))` +
    `(?:[ \\t]+[^,.!?\\n]{1,30}?)?,[ \\t]+(${CAP_WORD}(?:[ \\t]+${CAP_WORD})?)` +
    `(?=,|[ \\t]+(?i:says|said|told|tells|is|was|has|had|who|aged|takes|took|keeps|kept)\\b)`,
  'gu',
);
// "saved as 'Boss'", "saved in her phone as Daddy G", "comes up as 'Uncle'".
export const SAVED_AS = new RegExp(
  `\\b(?i:saved|stored|listed|comes up|come up|came up|coming up|shows up|showed up|shows|appears)` +
    `(?:[ \\t]+(?i:in|on)[ \\t]+[^.!?\\n"'‘“]{1,30}?)?[ \\t]+(?i:as|under)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// Where someone is from or their faith, set off by commas after who they are: "The lady, English, 50s".
export const ORIGIN_WORDS = new Set(
  (
    'english scouse geordie brummie cockney muslim nigerian caucasian scottish welsh christian hindu sikh jewish ' +
    'irish polish romanian albanian bulgarian lithuanian latvian ukrainian russian turkish kurdish somali eritrean ' +
    'sudanese afghan pakistani indian bangladeshi chinese vietnamese filipino filipina jamaican ghanaian portuguese ' +
    'italian spanish french german arab arabic asian african european british black white mixed'
  ).split(' '),
);
export const PET_WORDS = /\b(?:dog|puppy|pup|cat|kitten|staffie|staffy|horse|pony|rabbit|parrot|pet)\b/i;
export const CALLING_ENDS = /^(?:[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:and|or|&|another|the other)\b)/i;
// "the lad they call Skinny", "a man everyone calls Pops", "the lads call him Bigz", "calling the other 'Little T'".
export const THEY_CALL = new RegExp(
  `\\b(?i:they|dey|thay|dem|we|people|everyone|everybody|kids|lads|boys|girls|all|others) (?:(?i:are|r|is)[ \\t]+)?(?:(?i:call|calls|calling)(?:[ \\t]+(?i:him|her|them))?|(?i:cry|cries)[ \\t]+(?i:him|her)|(?i:cry|cries)(?=[ \\t]+["'‘“]))[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
export const CALLING_QUOTED = new RegExp(
  `\\b(?i:calling|callin|called|calls|call)[ \\t]+(?i:him|her|them|the other(?: one)?|each other|his mate|her mate)[ \\t]*${QUOTED_OR_CAP}`,
  'gu',
);
// "called Mac and the other Zee", "called Ash and the other one Bones": only after a naming cue in the sentence.
export const AND_THE_OTHER = new RegExp(
  `\\b(?i:and the other(?: one)?|and one|and another(?: one)?|the other(?: one)?(?= is| was))(?:[ \\t]+(?i:is|was|one is))?(?:[ \\t]+(?i:called|named|to|as))?[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
export const CUE_SENTENCE_BEFORE = /(?:called|named|known as|goes by)\b[^.!?\n]*[.!?][ \t]*$/i;
export const EARLIER_CUE =
  /(?:called|calld|named|known as|call (?:him|her|them)|calls? him|calls? one of|goes by|aka|answers to)\b[^.!?\n]*$/i;
// "one who said 'call me Prince'": what someone asks to be called, the name closing what they said.
export const CALL_ME = new RegExp(
  `\\b(?i:call me|u can call me|you can call me|they call me|people call me)[ \\t]+(${CAP_WORD})(?=[ \\t]*["'’”.,!]|$)`,
  'gu',
);
// "INFT also named female SHANNON": a name after "named" and who the person is, in capitals as logs write it.
export const NAMED_NOUN = new RegExp(
  `\\b(?i:named|names)[ \\t]+(?:(?i:a|an|the)[ \\t]+)?(?i:male|female|man|woman|youth|juvenile|person|lad|girl|boy)[ \\t]+(${CAP_WORD}|\\p{Lu}{2,})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "someone called the Chef"
export const CALLED_THE = new RegExp(
  `\\b(?i:called|calld|named|known as|calls? (?:him|her|them)|calling (?:him|her|them))[ \\t]+the[ \\t]+(${CAP_NICK})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "my son Kieran", "his mate Leon", "my son's friend Jayden".
// "Des's nephew Rhys", "his bredrin lil T": whose relative may be a name, and a "lil" may go before.
export const RELATIVE_NAME = new RegExp(
  `(?:\\b(?i:my|his|her|their|our|your|ma|me)|(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+['’]s)[ \\t]+${QUOTE_OPEN}?${RELATIVE}(?:["'’”](?![\\p{L}]))?(?:['’]s[ \\t]+${RELATIVE})?(?:[ \\t]*,)?[ \\t]+((?:lil[ \\t]+)?${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);

// "my 15 year old, Molly", "her 14yo Kai": a child named after their age; without the comma only a given name
// ("my 15 year old Ford Fiesta" is a car).
export const AGED_NAME = new RegExp(
  `\\b(?i:my|his|her|their|our)[ \\t]+\\d{1,2}[ \\t-]*(?i:year[ \\t-]*old|yr[ \\t-]*old|yo|y/o)` +
    `(?:[ \\t]+(?i:son|daughter|boy|girl|lad|kid))?(?:[ \\t]*(,))?[ \\t]+(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);

// "Uncle Ray", "Aunty Bec": a kinship word written as a title, as children are told to call a groomer.
export const KINSHIP_TITLE = new RegExp(
  // And as other languages spoken in the district say them: "Tío Rob", "Khala Nasreen", "Wujek Marek" (not
  // "Tia" or "Zia" without the accent: those are given names).
  `(?<![\\p{L}\\p{N}])((?:Uncle|Unc|Aunty|Auntie|Aunt|Cousin|Cuz|Tío|Tía|Tante|Onkel|Chacha|Chachi|Mamu|Khala|Phupho|Wujek|Ciocia)[ \\t]+(\\p{Lu}(?:[\\p{L}\\p{N}-]{0,17}[\\p{L}\\p{N}])?))(?![\\p{L}\\p{N}])`,
  'gu',
);
// Brands and characters written the same way ("Uncle Ben's", "Uncle Sam", "Cousin Itt").
export const NOT_KIN_NAMES = new Set('man bro sam ben bessie buck vanya itt fester bulgaria tom'.split(' '));
// "say Moz sent you": someone named as who sent the speaker.
export const SENT_YOU = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}'’-]{1,15})[ \\t]+(?i:sent)[ \\t]+(?i:me|you|u|him|her|them|us)(?![\\p{L}\\p{N}])`,
  'gu',
);
