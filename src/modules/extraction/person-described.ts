// Names given with who the person is or what is said of them: a quoted name after who the person is ("his
// associate 'K-Dog'"), a kinship word as a title ("Uncle Ray"); in brackets after a role ("the tenant (Paul)"), as
// an initial and a surname in quotes, after a child's age, quoted as mentioned, ringing, called or said to be
// ("his phone lit up with 'Bossman' calling", "the tall one is 'Ibz'"), after "this lad", and set off by commas
// after a role ("a Year 10 pupil, Mason, says"). Read in people.ts's order, between the cues of referring and of
// saving.
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import { isListedGivenName } from './given-names.ts';
import {
  AGED_NAME,
  APPOSITIVE,
  BRACKETED,
  CALL_NOUN_QUOTED,
  CALLS_QUOTED,
  KINSHIP_TITLE,
  MENTIONED_QUOTED,
  NAME_THEN_RELATION,
  NOT_KIN_NAMES,
  NOUN_NAME,
  ORIGIN_WORDS,
  PET_WORDS,
  QUOTED_AFTER_NOUN,
  QUOTED_CALLING,
  QUOTED_INITIAL,
  QUOTED_THEN_NOUN,
  RELATIVE_NAME,
  SAID_TO_BE,
} from './person-cues.ts';
import {
  BUSINESS_WORDS,
  CAP_WORD,
  DESCRIPTOR_WORDS,
  NICK,
  NOT_NAMES,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  addressOnly,
} from './person-words.ts';
import type { AddPerson } from './person-words.ts';
import { describesDealing } from './drug-talk.ts';
import { matchAll } from './spans.ts';

// "the boys say name 'Pedro'", "the contact name showing was 'Bossman Zee'", "a young man who styles himself
// 'Kingpin'": a name said, heard, shown, saved or taken, in
// quotes only ("Caller did not give name Anonymous report", "Contact name NA").
const NAME_SAID_QUOTED = new RegExp(
  `\\b(?:(?i:say|says|said|saying|hear|heard|use|uses|used|give|gives|gave|giving)[ \\t]+(?:(?i:the|a|his|her)[ \\t]+)?(?i:name)|(?i:contact|display|caller)[ \\t]+(?i:name)(?:[ \\t]+(?i:showing|shown|saved|displayed|on[ \\t]+(?:the[ \\t]+)?screen))?|(?i:styles?|styled)[ \\t]+(?i:him|her|them)(?i:self|selves))(?:[ \\t]+(?i:is|was|as))?[ \\t]*:?[ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// "the 'Gas Man' sells them", "in debt to a certain 'Pressure'": a quoted name as one who deals, or "a certain" one.
const QUOTED_DOER = new RegExp(
  `\\b(?:(?i:the)[ \\t]+${QUOTE_OPEN}(?=\\p{Lu})(${NICK})${QUOTE_CLOSE}(?=[ \\t]+(?i:sells|sold|deals|dealt|supplies|supplied)\\b)|(?i:to|from|for|with)[ \\t]+(?i:a certain)[ \\t]+${QUOTE_OPEN}(?=\\p{Lu})(${NICK})${QUOTE_CLOSE})`,
  'gu',
);
// "The boy's mother, Mama Tobi, is distraught": a mother called by her child's name, as Yoruba and other speakers
// do; not "Mama Mia", "Papa John's".
const MAMA_NAMED = new RegExp(
  `\\b(?i:mother|mum|mom)(?:[ \\t]*,)?[ \\t]+(Mama[ \\t]+${CAP_WORD})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "when his phone ring the screen say 'Sharky'": the name a phone's screen shows.
const SCREEN_SAYS = new RegExp(
  `(?<=\\b(?i:phone|mobile|ring|rang|rings|ringing|calls?|called|calling)\\b[^.!?\\n]{0,40})\\b(?i:screen|display)[ \\t]+(?i:say|says|said|saying|show|shows|showed|showing|read|reads|reading)(?:[ \\t]+(?i:the name))?[ \\t]*:?[ \\t]*${QUOTE_OPEN}(${NICK})${QUOTE_CLOSE}`,
  'gu',
);
// A text that names a drug or dealing in so many words.
const DRUGS_NAMED =
  /\b(?:drugs?|dealing|dealers?|cannabis|weed|skunk|cocaine|coke|crack|heroin|ketamine|ket|nitrous|nos|mdma|ecstasy|spice|pills)\b/i;

/** A quoted name after who the person is, and a kinship word as a title: read first of all the cues. */
export function addNounAndKinNames(input: string, add: AddPerson): void {
  for (const m of matchAll(QUOTED_AFTER_NOUN, input)) {
    const nick = m[2] ?? '';
    if (m[1] === '' || (/^\p{Lu}/u.test(nick) && !DESCRIPTOR_WORDS.has(nick.split(/[ \t]+/)[0]?.toLowerCase() ?? ''))) {
      add(m, nick, 'nickname');
    }
  }
  // "Coach Lee", "Coach Terry", "Nurse Joanne Prior": a coach or nurse as people call them, with a listed given name.
  for (const m of matchAll(COACH_TITLE, input)) if (isListedGivenName(m[2] ?? '')) add(m, m[1] ?? '', 'name');
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
}

const COACH_TITLE =
  /(?<![\p{L}\p{N}])((?:Coach|Nurse)[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+(?!(?:Practitioner|Manager|Specialist|Lead|Advisor|Adviser|Prescriber|Associate)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)(?![\p{L}\p{N}])/gu;

/** Names given with who the person is (see above). */
export function addDescribedNames(input: string, add: AddPerson): void {
  for (const m of matchAll(BRACKETED, input)) {
    // A listed given name, or a first name and a surname ("Patient (Jordan Ellis-Ward)").
    const words = (m[1] ?? '').split(' ');
    const plain = (w: string) => !NOT_NAMES.has(w.toLowerCase()) && !DESCRIPTOR_WORDS.has(w.toLowerCase());
    if (isListedGivenName(words[0] ?? '') || (words.length > 1 && words.every(plain))) {
      add(m, m[1] ?? '', 'name');
    }
  }
  for (const m of matchAll(QUOTED_INITIAL, input)) add(m, m[1] ?? '', 'name');
  for (const m of matchAll(MAMA_NAMED, input)) add(m, m[1] ?? '', 'nickname');
  for (const m of matchAll(AGED_NAME, input)) {
    const name = m[2] ?? '';
    if (m[1] === ',' || isListedGivenName(name.split(' ')[0] ?? '')) add(m, name, 'name');
  }
  // A quoted name that must start with a capital.
  for (const pattern of [
    MENTIONED_QUOTED,
    QUOTED_CALLING,
    CALLS_QUOTED,
    CALL_NOUN_QUOTED,
    SAID_TO_BE,
    QUOTED_THEN_NOUN,
    SCREEN_SAYS,
    NAME_SAID_QUOTED,
    QUOTED_DOER,
  ]) {
    for (const m of matchAll(pattern, input)) {
      const name = m[1] ?? m[2] ?? '';
      // What a person is called to their face may be an endearment ("called the boy 'Sweetie'").
      // Or words of address alone, with a prefix: "'Big Man'", "'Rude Boy'".
      const endearment =
        pattern === CALL_NOUN_QUOTED &&
        name.split(/[ \t]+/).every((w) => addressOnly(w) || /^(?:big|little|lil|young|rude|old)$/i.test(w));
      // "use name 'Concerned Neighbour'", "use name 'Bro'": a description or a word of address said as a name.
      const described =
        pattern === NAME_SAID_QUOTED &&
        name
          .split(/[ \t]+/)
          .some((w) => DESCRIPTOR_WORDS.has(w.toLowerCase()) || BUSINESS_WORDS.has(w.toLowerCase()) || addressOnly(w));
      // A dealer named by what they do, only in a text about drugs, and no shop, paper or role ("the 'Big Issue'
      // sells", "the 'Corner Shop' sells vapes").
      const doer =
        pattern === QUOTED_DOER &&
        (!(m[1] !== undefined ? DRUGS_NAMED.test(input) : describesDealing(input)) ||
          name.split(/[ \t]+/).some((w) => BUSINESS_WORDS.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase())));
      if (/^\p{Lu}/u.test(name) && !endearment && !described && !doer) add(m, name, 'nickname');
    }
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
  for (const m of matchAll(NAME_THEN_RELATION, input)) {
    const name = m[1] ?? '';
    if (!NOT_NAMES.has(name.toLowerCase()) && !DESCRIPTOR_WORDS.has(name.toLowerCase())) add(m, name, 'name');
  }
}

/** "my son Kieran", "his mate Leon", "Des's nephew Rhys", 'her "boyfriend" Zak makes her carry': a relative named. */
export function addRelativeNames(input: string, add: AddPerson): void {
  for (const m of matchAll(RELATIVE_NAME, input)) {
    // After a relative in quotes ('her "boyfriend" Zak makes her'), a listed given name or one a verb follows: not
    // '"boyfriend" Apparently he is 25'.
    const name = m[1] ?? '';
    // The apostrophe of a possessive is no quote ("'Omar's cousin Blade'").
    // Also after whose relative it is ("Nathan's cousin Nando's worker"): the same care.
    const quoted = /["'‘“’]/u.test(m[0].slice(0, m[0].length - name.length));
    const end = m.index + m[0].length;
    const verb =
      /^(?:[ \t]*[,'’"”]|[ \t]+(?:is|was|has|had|makes|made|said|says|told|tells|gives|gave|takes|took|who)\b)/.test(
        input.slice(end, end + 8),
      );
    if (quoted && !isListedGivenName(name.split(' ')[0] ?? '') && !verb) continue;
    add(m, name, 'name');
  }
}
