// The name a writer signs a report with: after its last sentence or on a line of its own, under a closing word, above
// contact lines or hashtags, with who they are before or after it.
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import { isListedGivenName, isPlainGivenName } from './given-names.ts';
import { CHAT_WORDS } from './lower-case-names.ts';
import { BUSINESS_WORDS, CAP_WORD, DESCRIPTOR_WORDS, NOT_NAMES } from './person-words.ts';
import type { AddPerson } from './person-words.ts';
import { LEXICON } from './drug-lexicon.ts';
import { matchAll } from './spans.ts';

// The writer's own name closing a report, after its last sentence or on a line of its own, with who they are
// before or after it: "Kerry-Ann", "Ruth, food bank volunteer", "Sam (TA)", "Jo Barker, Housing Officer – jo@…",
// "Paramedic D. Okonkwo", "R. Patel MRPharmS", "MR R. GALLAGHER, AL1", "Brother Faisal (youth volunteer)".
// How a writer closes a report, before the name they sign with.
const CLOSINGS =
  'thanks|thank you|many thanks|cheers|regards|kind regards|best wishes|best regards|warm regards|with thanks|' +
  'yours sincerely|yours faithfully|yours truly|yours in christ|sincerely|respectfully|blessings|god bless|from|signed|ta|' +
  // Scots for "from": "Fae Morag".
  'fae|frae';
// "Cheers now, Huw Bevan.", "Thanks all, Dee": a word after the closing before its comma.
const CLOSING_WORDS = new RegExp(
  String.raw`^(?:(?:${CLOSINGS})(?:[ \t]+(?:now|all|again|mate|folks|everyone))?[ \t]*[,.!-]?[ \t]+)`,
  'iu',
);
const TAIL_TITLE =
  '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Brother|Sister|Revd|Rev|Father|Imam|Pastor|Deacon|Deaconess|Elder|Bishop|Canon|Rabbi|Sheikh|MR|MRS|MS|MISS|DR)\\.?';
const TAIL_WORD = `(?:${CAP_WORD}|\\p{Lu}{2,}(?:['’-]\\p{Lu}+)*)`;
// An initial and a surname, with any title, anywhere in the line after who the writer is ("Paramedic D. Okonkwo").
const TAIL_INITIALLED = new RegExp(
  `(?:^|[ \\t:])((?:${TAIL_TITLE}[ \\t]+)?(?:\\p{Lu}\\.[ \\t]?){1,2}${TAIL_WORD})$`,
  'u',
);
const INITIAL_LAST = /(?:^|[ \t])\p{Lu}\.$/u;
const GIVEN_INITIAL = /^(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\.?$/u;
const TAIL_NAME = new RegExp(`^(?:(${TAIL_TITLE})[ \\t]+)?(${TAIL_WORD}(?:[ \\t]+${TAIL_WORD}){0,2})$`, 'u');
// Who a writer says they are after their name: a role, a relation or where they live.
const WRITER_ROLE =
  /\b(?:volunteer|worker|officer|leader|carer|parent|mum|mother|dad|father|nan|gran|grandmother|grandfather|grandad|neighbour|resident|tenant|landlord|landlady|flat|floor|plot|number|no|house|driver|teacher|ta|dsl|senco|nurse|paramedic|doctor|gp|manager|owner|coach|staff|member|student|pupil|aunt|auntie|uncle|sister|brother|son|daughter|wife|husband|partner|friend|receptionist|pharmacist|councillor|cleaner|caretaker|warden|lead|head|chair|secretary|postwoman|postman|keyworker|key worker|sw|pcso|\p{Ll}+'s (?:mum|dad|nan|gran|sister|brother|aunt|auntie|uncle|friend))\b/iu;
// Where the writer lives or whose relative they are, in brackets after a name: "(first floor, flat 3)", "(Mia's mum)".
const HOME_OR_KIN =
  /\b(?:flat|floor|number|no|house|plot|mum|mother|dad|father|nan|gran|grandmother|grandfather|grandad|aunt|auntie|uncle|sister|brother|son|daughter|wife|husband|neighbour|\p{Ll}+'s (?:mum|dad|nan|gran))\b/iu;
// Greetings and closings written with capitals on a line of their own: not a name.
const CLOSING_LINE = new RegExp(String.raw`(?:^|\n|[.!?][ \t])[ \t]*(?:${CLOSINGS})[ \t]*[,.!-]?[ \t]*$`, 'iu');
const SIGNATURE_BLOCK = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${CLOSINGS})[ \t]*[,.!]?[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n]{2,60})(?=\n)`,
  'iu',
);
const NOT_SIGNATURE_WORDS = new Set(
  (
    "name's name’s names " +
    'god bless stay safe happy merry christmas new year thank thanks many kind regards best wishes take care sent from iphone android urgent please help ps p.s. yours sincerely faithfully family team church club association committee surgery shelter jesus christ lord king queen prince princess block other'
  ).split(' '),
);
const NOT_A_SIGNATURE =
  /\b(?:caller|informant|inft|rp|witness|reporter|anon|anonymous|withheld|unknown|concerned|worried)\b/i;
// Letters after a name: "MRPharmS", "BSc", "RGN".
// Two capitals or a capital after one small letter: not "MacLeod" or "McDonald".
const POST_NOMINAL = /[ \t]+(?:\p{Lu}{2,}\p{Ll}+\p{Lu}*|\p{Lu}\p{Ll}\p{Lu}{1,3}|RGN|RMN|RN|DSL|JP|MBE|OBE)$/u;

// Lines of contact details or hashtags that close a report after the writer's name.
const CONTACT_LINES =
  /(?:\n[ \t]*(?:(?:tel|tel\.|telephone|phone|mob|mobile|m|t|e|email|e-mail|contact)\b[ \t]*[:.]?[ \t]*[^\n]*|\+?[\d() -]{10,}|[^\s@]+@[^\s@]+|(?:#[\p{L}\p{N}_]+[ \t]*)+))+$/iu;
// A role in a few lower-case words after the name, the last a doer's noun: "Lee, door supervisor", "Ama, night
// porter", not "Frank, brown spaniel" or "Dawn, most days".
const LOWER_CASE_ROLE =
  /^[ \t]*,[ \t]*(?:\p{Ll}+[ \t]+){0,3}\p{Ll}*(?:er|or|ist|ian|ant|ent|man|woman|person|keeper|porter|nurse|guard)[ \t]*$/u;
const OWN_CONTACT =
  /\b(?:my (?:phone|number|mobile|mob|tel|telephone|email|e-mail)|call me|text me|ring me|contact me|reach me)\b[^.!?\n]*[.!]?[ \t]*\n?[ \t]*$/iu;
// A short question on the line before: the word is its answer ("When did it start?\nSummer").
const ANSWERS_QUESTION = /(?:^|\n)[ \t]*(?:when|which|what|where|who|how|why)\b[^\n]{0,60}\?[ \t]*\n[ \t]*$/iu;
const SENTENCE_ENDED = /[.!?…)"'’”\p{Extended_Pictographic}][ \t]*\n?[ \t]*$/u;
// Wishes a report may close on that are also given names.
export const WISHES = new Set([
  'hope',
  'faith',
  'joy',
  'peace',
  'love',
  'harmony',
  'heaven',
  'justice',
  'patience',
  'destiny',
  'charity',
  'trinity',
  'angel',
]);
/** A signed name whose every word is in an e-mail address in the report ("Khaled Mansour" … khaled.mansour[at]…). */
function inEmail(text: string, words: readonly string[]): boolean {
  const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const m of matchAll(EMAIL_LOCAL_PART, text)) {
    const parts = new Set(fold(m[1] ?? '').split(/[._-]+/u));
    if (words.every((w) => parts.has(fold(w)))) return true;
  }
  return false;
}
const EMAIL_LOCAL_PART = /(?<![\p{L}\p{N}._-])([\p{L}\p{N}._-]{3,40})[ \t]*(?:@|\[at\]|\(at\)|[ \t]at[ \t])/giu;

// A sentence's end: not an initial's or a title's full stop ("R. Patel", "Dr. Mensah").
const SENTENCE_STOP = /(?<!(?:^|[\s(])\p{Lu})(?<!\b(?:Mr|Mrs|Ms|Dr|St|Revd|Rev|MR|MRS|DR))[.!?](?=[ \t])/gu;

export function addSignedLine(input: string, add: AddPerson): void {
  const text = input.trimEnd();
  let lastStop = text.lastIndexOf('\n');
  for (const stop of matchAll(SENTENCE_STOP, text)) lastStop = Math.max(lastStop, stop.index + 1);
  if (lastStop <= 0) return;
  // The line after a closing word in the last few lines, as a signature block writes it ("Kind regards,\n\nShay
  // Adebayo\nApproved Electrician\nBright Spark Electrical Ltd").
  const tail = text.slice(-300);
  const block = SIGNATURE_BLOCK.exec(tail);
  if (block !== null) {
    const nameEnd = text.length - tail.length + block.index + block[0].length;
    const start = text.lastIndexOf('\n', nameEnd - (block[1] ?? '').length - 1);
    if (start > 0 && signedLine(text.slice(0, nameEnd), start, add)) return;
  }
  // Contact details or hashtags after the name ("Abdul Karim Chowdhury\nPhone 07700 900 227", "#StAlbans"):
  // the line before them, with the contact signing it.
  const contactLines = CONTACT_LINES.exec(text);
  if (contactLines !== null && contactLines.index > 0) {
    const end = contactLines.index;
    const start = text.lastIndexOf('\n', end - 1);
    if (start > 0 && signedLine(text.slice(0, end), start, add, true)) return;
  }
  // The last line; if it says only who the writer is ("Group Scout Leader"), the line before it.
  if (signedLine(text, lastStop, add) || text[lastStop] !== '\n') return;
  const role = text.slice(lastStop + 1);
  const before = text.lastIndexOf('\n', lastStop - 1);
  if (before > 0 && WRITER_ROLE.test(role) && role.length < 50) signedLine(text.slice(0, lastStop), before, add);
}

function signedLine(text: string, lastStop: number, add: AddPerson, contactBelow = false): boolean {
  const lineStart = lastStop + (text.slice(lastStop).length - text.slice(lastStop).trimStart().length);
  let line = text.slice(lineStart);
  const closing = CLOSING_WORDS.exec(line)?.[0] ?? '';
  // A full stop after a signature with a closing word or a role: "Kind regards, Rudo Chikwanha, senior carer."
  if (closing !== '' || /,[^,]+\.$/u.test(line)) line = line.replace(/\.$/u, '');
  // A closing stop ends a sentence, not a signature, unless it is an initial's ("Naomi R.").
  if (line.length > 90 || (/[.!?]$/u.test(line) && !INITIAL_LAST.test(line))) return false;
  line = line.slice(closing.length);
  // Who the writer is, after the name: "Ruth, food bank volunteer", "Sam (TA)", "Jo Barker, Housing Officer".
  const cut = /[ \t]*(?:[,(–—]|[ \t]-[ \t])/u.exec(line);
  const after = cut === null ? '' : line.slice(cut.index);
  const plain = cut === null ? line : line.slice(0, cut.index);
  const core = plain.replace(POST_NOMINAL, '');
  // Letters after the name ("Maricel Santos RN") say a person signs.
  const lettered = core !== plain;
  const at = lineStart + closing.length;
  const initialled = TAIL_INITIALLED.exec(core);
  if (initialled !== null) {
    const name = initialled[1] ?? '';
    const surname = (name.split(/[ \t.]+/).pop() ?? '').toLowerCase();
    if (NOT_NAMES.has(surname) || NOT_SIGNATURE_WORDS.has(surname) || surname.length < 2) return false;
    add({ 0: name, index: at + core.lastIndexOf(name) }, name, 'name');
    return true;
  }
  // A listed given name and an initial, once a sentence has ended: "Naomi R.".
  const givenInitial = GIVEN_INITIAL.exec(core);
  if (givenInitial !== null) {
    const ended = SENTENCE_ENDED.test(text.slice(Math.max(0, lineStart - 40), lineStart));
    if (!ended || !isListedGivenName(givenInitial[1] ?? '')) return false;
    add({ 0: core, index: at }, core, 'name');
    return true;
  }
  const named = TAIL_NAME.exec(core);
  if (named === null) return false;
  const words = (named[2] ?? '').split(/[ \t]+/);
  const lower = words.map((w) => w.toLowerCase());
  const common = (w: string) =>
    NOT_NAMES.has(w) ||
    DESCRIPTOR_WORDS.has(w) ||
    STREET_TYPE_WORDS.has(w) ||
    LEXICON.has(w) ||
    CHAT_WORDS.has(w) ||
    NOT_SIGNATURE_WORDS.has(w) ||
    BUSINESS_WORDS.has(w);
  if (lower.some(common)) return false;
  // Capitals among capitalised words are not part of the name ("Connor HMP Bedford").
  const shouted = words.filter((w) => /^\p{Lu}{2,}/u.test(w)).length;
  if (shouted > 0 && shouted < words.length) return false;
  const title = named[1];
  // Who, not a name: "Caller (Withheld Number)", "Witness, flat 2".
  if (title === undefined && (WRITER_ROLE.test(core) || NOT_A_SIGNATURE.test(core))) return false;
  const first = words[0] ?? '';
  // The text before the name ends a sentence (or a line of emoji), as a signature follows: not "talk to\nFRANK".
  const sentenceEnded = SENTENCE_ENDED.test(text.slice(Math.max(0, lineStart - 40), lineStart));
  let signed: boolean;
  if (title !== undefined) {
    // "Brother Faisal", not "Brother Printers".
    signed = !/^(?:brother|sister)$/i.test(title) || isListedGivenName(first);
  } else if (words.length === 1) {
    // One word: a given name that is no English word ("Kerry-Ann"); one that is ("Will", "Hope") after a closing
    // word or with who the writer is; any name after "Thank you," or with where the writer lives in brackets
    // ("Mairéad (first floor, flat 3)").
    // Who the writer is, in a few words of lower case after a comma ("Lee, door supervisor"), the last a role.
    const described = WRITER_ROLE.test(after) || (LOWER_CASE_ROLE.test(after) && sentenceEnded);
    const closedBefore = CLOSING_LINE.test(text.slice(0, lastStop));
    // A wish ("Hope", "Peace") is no signature unless who the writer is follows ("Joy, resident of Abbey View").
    if (WISHES.has(first.toLowerCase()) && !WRITER_ROLE.test(after)) return false;
    signed =
      (closedBefore && first.length > 2) ||
      isPlainGivenName(first) ||
      (first.includes('-') && first.split('-').every(isListedGivenName)) ||
      (isListedGivenName(first) && (closing !== '' || described || (contactBelow && sentenceEnded))) ||
      // Alone on the last line or after the last sentence, a given name that is also a word ("Kerry", "Donna"),
      // only once a sentence has ended: not "talk to\nFrank", "Eye colour:\nHazel" or a list "Bench\nRose".
      (isListedGivenName(first) && after === '' && sentenceEnded && !ANSWERS_QUESTION.test(text.slice(0, lineStart))) ||
      ((closing !== '' || (after.trimStart().startsWith('(') && HOME_OR_KIN.test(after))) && first.length > 2);
  } else {
    // Two or three words: a listed given name first, or any name after a closing word on its line or the line
    // before ("Yours faithfully,\nD. Whitfield", "Regards\nBalwinder Singh Gill"); not "Open Door" or "Red Lion".
    const closedAbove = CLOSING_LINE.test(text.slice(0, lastStop));
    // Contact details after the name sign it too: "Yiannis Papadakis, tel 07700 900 452".
    const contact = /^[ \t]*,?[ \t]*(?:tel|tel\.|phone|mob|mobile|email|e-mail|contact|call)\b|\b0?7\d{3}/iu.test(
      after,
    );
    // A given name may come last, as Hungarian and Chinese names put it ("Kovács Erzsébet").
    const listed = isListedGivenName(first) || isPlainGivenName(words[words.length - 1] ?? '');
    // The lines under it may hold the contact details, but they are no evidence of a name ("Premier Lettings\nTel …").
    // Or the sentence before gives the writer's own number ("My phone 07700 900 981. Gul Agha").
    // On the same line: a firm's name goes on a line of its own ("call me on 01582 …\nKings Arms").
    const ownContact =
      !/\n[ \t]*$/u.test(text.slice(0, lineStart)) &&
      OWN_CONTACT.test(text.slice(Math.max(0, lineStart - 80), lineStart));
    signed = listed || closing !== '' || closedAbove || contact || lettered || ownContact || inEmail(text, words);
  }
  if (signed) add({ 0: core, index: at }, core, 'name');
  return signed;
}
