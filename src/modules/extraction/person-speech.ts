// Names in what is said, shouted and sent: "staying with 'Chops'", "messages from 'Saint'", "they shout 'Magic'
// at", "an older male he calls Reaper", "called the dad 'Dizzy'".
import { NICK, NOT_NAMES, PERSON_NOUN, QUOTE_CLOSE, QUOTE_OPEN, QUOTED_OR_CAP, addressOnly } from './person-words.ts';
import type { AddNick, AddPerson } from './person-words.ts';
import { isListedGivenName } from './given-names.ts';
import { matchAll } from './spans.ts';

// "staying with 'Chops'", "hangs out wiv 'Dizzy'": a quoted name someone stays or goes about with.
const WITH_QUOTED = new RegExp(
  `\\b(?i:staying|stays|stay|stayed|living|lives|lived|hanging out|hangs out|hung out|going about|chilling|chillin|sleeping|kipping)[ \\t]+(?i:with|wiv|wid)[ \\t]+${QUOTE_OPEN}(?=\\p{Lu})(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "messages from 'Saint' saying": whom quoted messages or calls come from.
const FROM_QUOTED = new RegExp(
  `\\b(?i:messages?|msgs?|texts?|calls?|voice ?notes?|dms?|snaps?|missed calls?)[ \\t]+(?i:from)[ \\t]+${QUOTE_OPEN}(?=\\p{Lu})(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// Who sends messages without being a person: a network, an app, a hidden number.
const NOT_SENDERS =
  /^(?:private(?: number)?|no caller id|unknown(?: number)?|vodafone|ee|o2|three|giffgaff|lebara|voxi|virgin(?: media)?|tesco mobile|team snapchat|snapchat|instagram|whatsapp|tiktok|facebook|apple|google|amazon|royal mail|evri|dpd|nhs|bank|school)$/i;
// A quoted name shouted at, for or through something: "they shout 'Magic' at", "shouting 'Teeks!' through the
// letterbox", "shout for 'Dee-Dee'". Not what is shouted to warn or order ("'Run!'", "'Police!'").
const SHOUTED_QUOTED = new RegExp(
  `\\b(?i:shout|shouts|shouted|shouting|yell|yells|yelled|yelling|scream|screams|screamed|screaming|call out|calls out|called out|calling out)(?:[ \\t]+(?i:for|at|to|out))?[ \\t]+${QUOTE_OPEN}(\\p{Lu}[\\p{L}\\p{N}'’-]{1,15}(?:[ \\t]\\p{Lu}[\\p{L}\\p{N}'’-]{0,12})?)[!?.]?${QUOTE_CLOSE}`,
  'gu',
);
const NOT_SHOUTED = new Set(
  (
    'run go stop help oi police feds boydem yes no hey wait come move quick fire hello hi yo oy get out leave please ' +
    'snitch grass grasses scum nonce wasteman vermin murder delivery mummy mum dad money sorry lads hurry bingo fresh next ' +
    'bastard bastards wanker paedo slag bitch prick idiot jesus christ god stop oi arsenal spurs united city villa rovers ' +
    'wanderers hatters saints goal offside'
  ).split(' '),
);
const AT_SOMEONE =
  /^[ \t]*(?:at(?=[ \t]*(?:[.,;!?)]|$))|at[ \t]+(?:him|her|them|each other|the (?:lad|boy|man|guy|girl|kid|driver|older|younger)\w*)|through the (?:letterbox|door|window)|up at the (?:window|flat))/i;
// "an older male he calls Reaper", "a man she calls Daddy": who someone calls a person named by a noun before.
const NOUN_HE_CALLS = new RegExp(
  `\\b${PERSON_NOUN}[ \\t]+(?i:he|she|they|i|we|everyone)[ \\t]+(?i:calls|call|called)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// "called the dad 'Dizzy'": a quoted name given to someone named by who they are.
const CALLED_THE_QUOTED = new RegExp(
  `\\b(?i:calls|called|calling|call)[ \\t]+(?i:the|his|her|their)[ \\t]+(?:(?i:dad|mum|driver|older one|younger one|big one|tall one|other one)|${PERSON_NOUN})[ \\t]+${QUOTE_OPEN}(\\p{Lu}[\\p{L}\\p{N}'’-]{0,18})${QUOTE_CLOSE}`,
  'gu',
);

// "my manager Wei Chen": whom someone works for, by a listed given name ("my boss Mercedes" is a car).
const MANAGER = new RegExp(
  `\\b(?i:my|his|her|our|their)[ \\t]+(?i:manager|boss|supervisor|line manager)[ \\t]+(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])`,
  'gu',
);

// "screen showing 'Boss Man Zee'": a contact name on a phone's screen.
const ON_SCREEN = new RegExp(
  `\\b(?i:screen|phone)[ \\t]+(?i:showing|shows|showed|said|says|flashing|flashed|lit up with|reading|read)[ \\t]+${QUOTE_OPEN}(?=\\p{Lu})(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "Chat with Minh Tran (@minh_t_work)": the other side of a forwarded chat.
const CHAT_WITH = new RegExp(
  `(?:^|\\n)[ \\t]*(?i:chat|conversation|messages|dms?) (?i:with)[ \\t]+(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+){0,2})(?=[ \\t]*(?:\\(|:|$|\\n))`,
  'gmu',
);
// "Completed by K. Mensah (RCW)": who wrote a form.
const WRITTEN_BY = new RegExp(
  `\\b(?i:completed|written|reported|submitted|referred|prepared|compiled|signed) by[ \\t:]+((?:\\p{Lu}\\.[ \\t]?){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+[ \\t]+\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Names in quoted speech, shouts and messages, after the cues above. */
export function addSpokenNames(input: string, add: AddPerson, addNick: AddNick): void {
  for (const m of matchAll(WITH_QUOTED, input)) add(m, m[1] ?? '', 'nickname');
  for (const m of matchAll(ON_SCREEN, input)) add(m, m[1] ?? '', 'nickname');
  for (const m of matchAll(CHAT_WITH, input)) add(m, m[1] ?? '', 'name');
  for (const m of matchAll(WRITTEN_BY, input)) {
    if (!NOT_NAMES.has((m[1] ?? '').toLowerCase())) add(m, m[1] ?? '', 'name');
  }
  for (const m of matchAll(MANAGER, input)) {
    if (isListedGivenName((m[1] ?? '').split(/[ \t]/)[0] ?? '')) add(m, m[1] ?? '', 'name');
  }
  for (const m of matchAll(SHOUTED_QUOTED, input)) {
    const said = m[1] ?? '';
    if (NOT_SHOUTED.has(said.toLowerCase()) || NOT_NAMES.has(said.toLowerCase())) continue;
    // Shouted for someone, at someone, or through the door to someone inside: "shout for 'Dee-Dee'", "shout 'Magic'
    // at", "shouting 'Teeks!' through the letterbox"; not what is shouted at a door or at the police.
    const end = m.index + m[0].length;
    if (/\bfor[ \t]/i.test(m[0]) || AT_SOMEONE.test(input.slice(end, end + 40))) add(m, said, 'nickname');
  }
  for (const m of matchAll(NOUN_HE_CALLS, input)) if (!addressOnly(m[1] ?? m[2] ?? '')) addNick(m, m[1], m[2]);
  for (const m of matchAll(CALLED_THE_QUOTED, input)) add(m, m[1] ?? '', 'nickname');
  for (const m of matchAll(FROM_QUOTED, input)) {
    if (!NOT_SENDERS.test(m[1] ?? '')) add(m, m[1] ?? '', 'nickname');
  }
}
