// Names in forms and lists: "Child: Amani Yusuf, 15", "Thank you, Abu Karim", a tick list "'Jonno 40, Big Sal 60'",
// and the name before "(everyone calls him Shaun)".
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import { CHAT_TIME, untimedChatLines } from './chat-lines.ts';
import { isListedGivenName, isPlainGivenName } from './given-names.ts';
import {
  BODY_WORDS,
  BUSINESS_WORDS,
  CAP_WORD,
  DESCRIPTOR_WORDS,
  NAME,
  NOT_NAMES,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  addressOnly,
} from './person-words.ts';
import { addSignedLine } from './person-signatures.ts';
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
  `(?:^|[\\n.;][ \\t]*)(?i:child|young person|yp|cyp|name|subject|client|patient|pupil|student|victim|suspect|tenant|caller|mother|father|parent|carer|(?:allocated )?sw|allocated worker|key ?worker|lead professional|contact name)[ \\t]*:[ \\t]*(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "Operator: D. Kenny", "Clinician: Amara Eze": who did the work a log records, an initial and a surname or a listed
// given name ("Operator: Three Mobile", "Clinician: Duty Doctor" are not).
const OFFICER_FIELD = new RegExp(
  `(?:^|[\\n.;][ \\t]*)(?i:operator|reporting officer|oic|clinician|staff|staff member|conductor|guard|train manager|dispatcher|call handler|call taker|attending officer|duty officer)[ \\t]*:[ \\t]*((?:\\p{Lu}\\.[ \\t]?)+${CAP_WORD}|${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
// Fields whose value is often no name ("Seen: Several Times", "Manager: Duty Manager", "Child name: See Attached"):
// only a listed given name first, and no word of a firm, a place or a description.
const STRICT_FORM_FIELD = new RegExp(
  `(?:^|[\\n.;][ \\t]*)(?i:case manager|case worker|manager|warden|seen|referrer(?: name)?|(?:child|young person|parent|carer|mother|father|referrer)(?:['’]s)? (?:full )?name|parent\\/carer)[ \\t]*:[ \\t]*(${NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "'Jonno 40, Big Sal 60, Priya 20'": a tick list of names and sums, two or more in a row.
// A count may carry a menu letter: "'Liam 2W 1B' and 'Fat Stan 3W'".
const TICK_ITEM = `(?:(?:Big|Little|Lil|Young|Fat|Tall|Skinny)[ \\t]+)?\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t]+\\p{Lu}(?![\\p{L}]))?[ \\t]+£?\\d{1,4}(?:[BWH](?:[ \\t]+\\d{1,3}[BWH])*)?(?![\\d:]|\\.\\d)`;
const TICK_LIST = new RegExp(
  `${TICK_ITEM}(?:[ \\t]*['’]?[ \\t]*(?:[,;]|[ \\t]and)[ \\t]*['‘]?[ \\t]*${TICK_ITEM})+`,
  'gu',
);
const TICK_NAME =
  /((?:(?:Big|Little|Lil|Young|Fat|Tall|Skinny)[ \t]+)?\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}(?![\p{L}]))?)[ \t]+£?\d/gu;
const NOT_TICK_NAMES = new Set(
  'year flat room block gate level route bus platform no number unit house apt floor junction page section part stage class grade size top week day age aged under over till til from at for'.split(
    ' ',
  ),
);

// "[18:42] Janet P: Anyone else seen…", "12/03/2026, 18:44 - Sanjay: Yes": who sent each message of a forwarded
// chat, after its time.
const CHAT_SENDER = new RegExp(
  `(?:^|\\n)[ \\t]*${CHAT_TIME}[ \\t]*(${CAP_WORD}(?:[ \\t]+(?:${CAP_WORD}|\\p{Lu}\\.?))?)(?=[ \\t]*(?:\\([^)\\n]{0,20}\\))?[ \\t]*:)`,
  'gu',
);

// "Graham Lister · Harpenden East · 2 hr": who wrote a post or a reply, as a neighbourhood site heads them.
const POST_AUTHOR = new RegExp(
  `(?:^|\\n)[ \\t]*(${CAP_WORD}(?:[ \\t]+(?:${CAP_WORD}|\\p{Lu}\\.?))?)[ \\t]+·[ \\t]+[^\\n·]{2,40}(?:·[^\\n]{1,20})?(?=\\n)`,
  'gu',
);
// "Zee 🔌, [05.12.26 19:02]": a sender as Telegram's copied messages give them, the name before the time on a line
// of its own. The form vouches for the name, listed or not.
const TELEGRAM_SENDER = new RegExp(
  `(?:^|\\n)[ \\t]*(${CAP_WORD}(?:[ \\t]+${CAP_WORD})?)[ \\t\\p{Extended_Pictographic}\\u{FE0F}\\u{200D}]*,[ \\t]*\\[\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4},?[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?\\][ \\t]*(?=\\n)`,
  'gu',
);
// "'Snowy 07700 900 315'": a name and a number together in quotes, as a note or a contact list gives them.
const QUOTED_CONTACT = new RegExp(
  `${QUOTE_OPEN}(${CAP_WORD}(?:[ \\t]+${CAP_WORD})?)[ \\t]*[-–:]?[ \\t]*(?:\\+44[ \\t]?(?:\\(0\\))?|0)7\\d{3}[ \\t.-]?\\d{3}[ \\t.-]?\\d{3}[ \\t]*${QUOTE_CLOSE}`,
  'gu',
);
// "'Bence - 2 brown', 'Lajos - 1 ket'": a tally of who had how much of a drug, quoted as written on a note.
const QUOTED_TALLY = new RegExp(
  `${QUOTE_OPEN}(${CAP_WORD}(?:[ \\t]+${CAP_WORD})?)[ \\t]*[-–:][ \\t]*\\d{1,3}[ \\t]*(\\p{L}+)${QUOTE_CLOSE}`,
  'gu',
);
const HOUSEHOLD = new Set(
  'kitchen hall room tray table bar reds blues mum nan garden hens tulips bingo dulux crown order total stock'.split(
    ' ',
  ),
);
const NOT_CONTACT_NAMES =
  /^(?:call|text|ring|phone|tel|mob|mobile|number|whatsapp|contact|on|at|or|and|new|old|my|his|her|plumber|cleaner|landlord|sales|cheap|free|open|urgent|emergency|help|hello|hi|missed|private|bike|keys|wedding|hotline|food|green|brown|white|nan|mum|dad|home|work|office|taxi|pizza|doctor|vet|school)$/iu;
// Words a form's field holds that are no name ("Foster Carer", "Baby Boy", "Duty Warden").
const NOT_FIELD_NAMES = new Set(
  'baby boy girl unborn twin foster carer nan nana mum dad duty deputy acting same above attached'.split(' '),
);
// Who a log or a support chat says is speaking, not by name.
const CHAT_LABELS = new Set(
  (
    'me caller agent customer operator advisor adviser rota update note notes system bot admin staff officer you son daughter ' +
    'moderator mod host ops dispatch control support assistant reception driver seller buyer sender recipient ' +
    'hubby wifey ex boss coach nurse doctor landlord tenant victim witness scammer grandad granny stepdad stepmum sis'
  ).split(' '),
);
// A form's fields and an e-mail's headers, which open lines with a colon as a chat's senders do.
const FIELD_LABELS = new Set(
  (
    'from to cc bcc subject sent date re fw fwd time where when what who why how location address vehicle vehicles reg ' +
    'registration car phone phones number mobile email name names suspect suspects details description info ' +
    'information notes note ps nb update message text reply answer question q a age dob sex gender height build ' +
    'clothing hair tel ref reference incident crime type category priority status action outcome summary result ' +
    'previous next comments comment reason source grading intel intelligence report reported reporter caller victim ' +
    'witness offender subject postcode area street road town village other also edit edited translation translated'
  ).split(' '),
);
// Telegram's own names for what is no person.
const NOT_SENDERS = new Set(
  'deleted account group telegram support private channel admin bot saved messages'.split(' '),
);

/** A log's or form's label where a chat names its sender ("Caller", "Rota", "Update", "Unknown"). */
function isChatLabel(name: string): boolean {
  return name
    .split(/[ \t]+/)
    .map((w) => w.toLowerCase())
    .some((w) => NOT_NAMES.has(w) || DESCRIPTOR_WORDS.has(w) || NOT_FIELD_NAMES.has(w) || CHAT_LABELS.has(w));
}

/** The name before a bracket of what the person is called, a signed name, a form's field and a tick list's names. */
export function addFormNames(input: string, add: AddPerson): void {
  addSignedLine(input, add);
  const senders = matchAll(CHAT_SENDER, input);
  const sent = new Map<string, number>();
  for (const m of senders) sent.set(m[1] ?? '', (sent.get(m[1] ?? '') ?? 0) + 1);
  const withPerson = [...sent.keys()].some((name) => isListedGivenName(name.split(/[ \t]/)[0] ?? ''));
  for (const m of senders) {
    const name = m[1] ?? '';
    // A person's name, not a log's label ("[22:01] Caller:", "[08:00] Rota:", "Update:"); a name of no list ("Chels")
    // where it sends two messages or more in a chat between two people or more.
    const label = isChatLabel(name);
    // Only beside a sender who is a person by the lists ("Chels" beside "Kayden M", not "Support" beside "Me").
    const talking = (sent.get(name) ?? 0) >= 2 && !label && !addressOnly(name) && withPerson;
    if (isListedGivenName(name.split(/[ \t]/)[0] ?? '') || talking) add(m, name, 'name');
  }
  // "Jaz: u got any" … "Rhys: nah ask tiggz": who sent each message of a chat copied without times, when it is no
  // form or e-mail header ("Vehicle:", "Subject:").
  for (const m of untimedChatLines(input)) {
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/).map((w) => w.toLowerCase());
    const field = words.some((w) => FIELD_LABELS.has(w) || BUSINESS_WORDS.has(w));
    if (!isChatLabel(name) && !field && !addressOnly(name)) add(m, name, 'name');
  }
  for (const m of matchAll(POST_AUTHOR, input)) {
    // A member's name, not a label, a group or a place ("Anonymous participant", "Neighbourhood Watch", "Grace Court").
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/).map((w) => w.toLowerCase());
    const other = (w: string) =>
      NOT_NAMES.has(w) || BUSINESS_WORDS.has(w) || STREET_TYPE_WORDS.has(w) || DESCRIPTOR_WORDS.has(w);
    // One word: a given name of no other sense; two: a given name and an initial or a second name of no other sense,
    // or a given name of no other sense first ("Brown Bear", "Holly Bush" are a username and a pub).
    const [first = '', second = ''] = name.split(/[ \t]+/);
    const named =
      words.length === 1
        ? isPlainGivenName(first)
        : isListedGivenName(first) &&
          (isPlainGivenName(first) || /^\p{Lu}\.?$/u.test(second) || isPlainGivenName(second));
    if (named && !words.some(other)) add(m, name, 'name');
  }
  for (const m of matchAll(TELEGRAM_SENDER, input)) {
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/).map((w) => w.toLowerCase());
    if (!words.some((w) => NOT_NAMES.has(w) || NOT_SENDERS.has(w) || BUSINESS_WORDS.has(w))) add(m, name, 'name');
  }
  // Two or more quoted entries make a list of contacts ("'Snowy 07700 900 315', 'Deeza 07700 900 316'"); one
  // alone only with a listed given name: a card through the door says "'Plumber 07700 …'".
  // Two tallies at least, one of a drug's own name or a line's slang ("ket"), none of a household's words ("'Kitchen -
  // 2 white'", "'Table - 4 coke'", "'Hens - 6 brown'").
  const tallies = matchAll(QUOTED_TALLY, input).filter((m) => LEXICON.has((m[2] ?? '').toLowerCase()));
  const slang = tallies.some(
    (m) => !/^(?:white|brown|green|coke|pills?|grass|blues|rock|rocks|stones?)$/i.test(m[2] ?? ''),
  );
  for (const m of tallies.length >= 2 && slang ? tallies : []) {
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/).map((w) => w.toLowerCase());
    const other = (w: string) =>
      NOT_NAMES.has(w) || LEXICON.has(w) || BUSINESS_WORDS.has(w) || DESCRIPTOR_WORDS.has(w) || HOUSEHOLD.has(w);
    if (!words.some(other)) add(m, name, 'nickname');
  }
  const contacts = [...matchAll(QUOTED_CONTACT, input)];
  for (const m of contacts) {
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/);
    const listed = contacts.length > 1 || isListedGivenName(words[0] ?? '');
    const everyday = words.some(
      (w) => NOT_NAMES.has(w.toLowerCase()) || NOT_CONTACT_NAMES.test(w) || BUSINESS_WORDS.has(w.toLowerCase()),
    );
    if (listed && !everyday) add(m, name, 'nickname');
  }
  for (const m of matchAll(BEFORE_CALLED_BRACKET, input)) {
    // "(everyone calls him Shaun)" says a person; "(known as the Mill)" may follow a place.
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/);
    if (words.some((w) => DESCRIPTOR_WORDS.has(w.toLowerCase()) || STREET_TYPE_WORDS.has(w.toLowerCase()))) continue;
    if (/calls?[ \t]+(?:him|her|them)\b/i.test(m[0]) || isListedGivenName(words[0] ?? '')) add(m, name, 'name');
  }
  // A signed name and a form's field: a listed given name, or a first name and surname that describe nobody
  // ("Regards, Concerned Parent", "Name: Unknown", "Suspect: Unknown Male" are not names).
  for (const m of matchAll(STRICT_FORM_FIELD, input)) {
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/).map((w) => w.toLowerCase());
    const plain = (w: string) =>
      !NOT_NAMES.has(w) &&
      !DESCRIPTOR_WORDS.has(w) &&
      !BUSINESS_WORDS.has(w) &&
      !STREET_TYPE_WORDS.has(w) &&
      !LEXICON.has(w);
    if (
      isListedGivenName(name.split(/[ \t]+/)[0] ?? '') &&
      words.every(plain) &&
      !words.some((w) => NOT_FIELD_NAMES.has(w))
    ) {
      add(m, name, 'name');
    }
  }
  for (const m of matchAll(OFFICER_FIELD, input)) {
    const name = m[1] ?? '';
    const words = name.split(/[ \t]+/).map((w) => w.toLowerCase());
    const plain = words.every((w) => !NOT_NAMES.has(w) && !DESCRIPTOR_WORDS.has(w) && !BUSINESS_WORDS.has(w));
    if (plain && (/^\p{Lu}\./u.test(name) || isListedGivenName(name.split(/[ \t]+/)[0] ?? ''))) add(m, name, 'name');
  }
  for (const pattern of [SIGN_OFF, FORM_FIELD]) {
    for (const m of matchAll(pattern, input)) {
      const name = m[1] ?? '';
      const words = name.split(/[ \t]+/);
      // Nor a body's or a firm's name: "Kind regards\nYouth Justice Service", "Yours faithfully,\nPractice Principal".
      const lower = words.map((w) => w.toLowerCase());
      if (lower.some((w) => NOT_NAMES.has(w) || DESCRIPTOR_WORDS.has(w) || BODY_WORDS.has(w))) continue;
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
      (item) =>
        /^(?:Big|Little|Lil|Young|Fat|Tall|Skinny)[ \t]/u.test(item[1] ?? '') || isListedGivenName(item[1] ?? ''),
    );
    if (!named || MENU_CONTEXT.test(list[0])) continue;
    for (const item of items) add({ 0: item[0], index: list.index + item.index }, item[1] ?? '', 'nickname');
  }
}
