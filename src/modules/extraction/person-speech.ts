// Names in what is said, shouted and sent: "staying with 'Chops'", "messages from 'Saint'", "they shout 'Magic'
// at", "an older male he calls Reaper", "called the dad 'Dizzy'".
import { NICK, NOT_NAMES, PERSON_NOUN, QUOTE_CLOSE, QUOTE_OPEN, QUOTED_OR_CAP } from './person-words.ts';
import type { AddNick, AddPerson } from './person-words.ts';
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
  'run go stop help oi police feds boydem yes no hey wait come move quick fire hello hi yo oy get out leave please'.split(
    ' ',
  ),
);
// "an older male he calls Reaper", "a man she calls Daddy": who someone calls a person named by a noun before.
const NOUN_HE_CALLS = new RegExp(
  `\\b${PERSON_NOUN}[ \\t]+(?i:he|she|they|i|we|everyone)[ \\t]+(?i:calls|call|called)[ \\t]+${QUOTED_OR_CAP}`,
  'gu',
);
// "called the dad 'Dizzy'": a quoted name given to someone named by who they are.
const CALLED_THE_QUOTED = new RegExp(
  `\\b(?i:calls|called|calling|call)[ \\t]+(?i:the|his|her|their)[ \\t]+\\p{L}+[ \\t]+${QUOTE_OPEN}(\\p{Lu}[\\p{L}\\p{N}'’-]{0,18})${QUOTE_CLOSE}`,
  'gu',
);

/** Names in quoted speech, shouts and messages, after the cues above. */
export function addSpokenNames(input: string, add: AddPerson, addNick: AddNick): void {
  for (const m of matchAll(WITH_QUOTED, input)) add(m, m[1] ?? '', 'nickname');
  for (const m of matchAll(SHOUTED_QUOTED, input)) {
    const said = m[1] ?? '';
    if (!NOT_SHOUTED.has(said.toLowerCase()) && !NOT_NAMES.has(said.toLowerCase())) add(m, said, 'nickname');
  }
  for (const m of matchAll(NOUN_HE_CALLS, input)) addNick(m, m[1], m[2]);
  for (const m of matchAll(CALLED_THE_QUOTED, input)) add(m, m[1] ?? '', 'nickname');
  for (const m of matchAll(FROM_QUOTED, input)) {
    if (!NOT_SENDERS.test(m[1] ?? '')) add(m, m[1] ?? '', 'nickname');
  }
}
