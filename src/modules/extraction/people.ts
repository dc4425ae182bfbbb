// Names and nicknames of people: after the cues people use ("a lad called Jamal", "known as 'Tiny'", "goes by
// K-Dog", "his name is Daniel Smith", "ask for Tiny", "the Mac line", "saved as 'Boss'", "the lad they call
// Little T", "my son Kieran", "tell Spanner"), and given names from public lists without a cue ("out with
// Tyrese", ADR 59). Other capitalised words are not taken without a cue.
import { addCapitalSurnames, addLoggedNames } from './person-logs.ts';
import { givenNameMentions, isListedGivenName } from './given-names.ts';
import { ageNear } from './person-ages.ts';
import { LEXICON } from './drug-lexicon.ts';
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import {
  BUSINESS_WORDS,
  SERVICES_IN_CAPITALS,
  DESCRIPTOR_WORDS,
  NOT_NAMES,
  NOT_NICKS,
  VOCATIVES,
  NOT_ADDRESSED,
  addressOnly,
  plainWord,
} from './person-words.ts';
import type { AddNick, AddPerson } from './person-words.ts';
import { addAsideNames } from './person-asides.ts';
import { addDescribedNames, addNounAndKinNames, addRelativeNames } from './person-described.ts';
import { addOwedToNames } from './person-owed.ts';
import { addInitials, withInitialStop } from './person-initials.ts';
import { namesAWork, thingAfter } from './person-model-gates.ts';
import { addAliasNames, addOrNames, addPrefixedNames } from './person-aliases.ts';
import { addLineMentions, addNamedLines } from './line-names.ts';
import { addFormNames } from './person-forms.ts';
import { addSpokenNames } from './person-speech.ts';
import { addTitledNames } from './person-titles.ts';
import { sameNameAsFullName } from './same-person.ts';
import { readInItsCase } from './lower-case-names.ts';
import type { Claims } from './spans.ts';
import type { PersonEntity } from './types.ts';
import { matchAll } from './spans.ts';
import {
  QUOTED_AFTER_CUE,
  RECORD_CUE,
  thingNamed,
  NAME_AFTER_CUE,
  NICK_AFTER_CUE,
  ASK_FOR,
  NEAR,
  ALSO_QUOTED,
  TEXT_QUOTED,
  ALSO_ASKED,
  OR_AGAIN,
  LISTED_AFTER,
  LIST_ITEM,
  TELL,
  TELL_HIM,
  GO_SEE,
  LINK_UP,
  GREETING,
  REFUSAL,
  INTERJECTIONS,
  ORIGIN_WORDS,
  CALL_HIM,
  MAN_LIKE,
  SIGNED,
  HOLLA,
  SAVED_QUOTED,
  PHONE_WORDS,
  SAVED_BARE,
  REFER_AS,
  WHO_CALLS,
  SAVED_AS,
  CALLING_ENDS,
  THEY_CALL,
  CALLING_QUOTED,
  AND_THE_OTHER,
  CUE_SENTENCE_BEFORE,
  EARLIER_CUE,
  CALL_ME,
  NAMED_NOUN,
  CALLED_THE,
  SENT_YOU,
} from './person-cues.ts';

type Kind = PersonEntity['kind'];

// "'Popeye' and 'runs the Camp'": words said of a person, several of them opening in lower case, are no second name
// ("'lil T'", with a nickname's prefix, is one).
const SAID_OF_THEM = /^(?!(?:lil|big|little|young|baby)[ \t])\p{Ll}\S*[ \t]/u;

function clean(name: string, kind: Kind): string | undefined {
  const words = name.split(/[ \t]+/);
  // Drop trailing words that are not part of a name ("Jamal He" → "Jamal"), and sums ("owes Tank 1k" → "Tank").
  const trailing = (word: string) => NOT_NAMES.has(word.toLowerCase()) || /^\d+k$/i.test(word);
  while (words.length > 1 ? trailing(words[words.length - 1] ?? '') : NOT_NAMES.has((words[0] ?? '').toLowerCase())) {
    words.pop();
  }
  // "Mr Blue's van": the possessive is not part of the name.
  // A quote closing inside another ("'somebody call driver 'Tiny T''"): the mark is not part of the name.
  const out = words
    .join(' ')
    .replace(/['’]s$/u, '')
    .replace(/['’]+$/u, '');
  if (out === '' || NOT_NAMES.has((words[0] ?? '').toLowerCase())) return undefined;
  if (kind === 'nickname' && /^\p{Ll}+$/u.test(out) && out.length < 3) return undefined;
  // "Big" or "Little" alone is half a street name: "the name she keeps hearing is Big".
  if (/^(?:big|little|lil|young|old|baby)$/i.test(out)) return undefined;
  // "bags of what he called 'ket'": a drug's own name in lower case is the drug, not a nickname.
  if (/^\p{Ll}/u.test(out) && LEXICON.get(out)?.tier === 'always') return undefined;
  return out;
}

export function extractPeople(input: string, claims: Claims): PersonEntity[] {
  return readInItsCase(input, (text) => extractFrom(text, claims));
}

function extractFrom(input: string, claims: Claims): PersonEntity[] {
  const out: PersonEntity[] = [];
  // A match, or any text found at an index ({ 0: text, index }).
  const add: AddPerson = (m, group, kind) => {
    const cleaned = clean(group, kind);
    if (cleaned === undefined) return;
    const start = (m.index ?? 0) + m[0].lastIndexOf(group);
    // A song sung or a costume worn ("singing 'Sweet Caroline'", "dressed as Elvis") names nobody.
    if (namesAWork(input, start)) return;
    const name = withInitialStop(input, start, cleaned);
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
    // "'Popeye' and 'runs the Camp'": words said of the person, several of them in lower case first, are no name.
    if (also !== null && SAID_OF_THEM.test(also[1] ?? '')) return;
    if (also !== null) {
      addNick(Object.assign(also, { index: rest }), also[1], also[2]);
      // And a third spelling after the second: "called Shakey or Shaky or Shakes".
      let at = rest + also[0].length;
      for (let n = 0; n < 3; n++) {
        const more = OR_AGAIN.exec(input.slice(at, at + NEAR));
        if (more === null) break;
        addNick(Object.assign(more, { index: at }), more[1], more[2]);
        at += more[0].length;
      }
      return;
    }
    // Quoted names in a row: "Names heard: 'Tommo', 'Lewis'", each after the one before.
    let at = rest;
    for (let n = 0; n < 8; n++) {
      const quoted = ALSO_QUOTED.exec(input.slice(at, at + NEAR));
      if (quoted === null) break;
      // "'Popeye' and 'runs the Camp'": words said of the person, several of them in lower case first, are no name.
      if (SAID_OF_THEM.test(quoted[1] ?? '')) break;
      add(Object.assign(quoted, { index: at }), quoted[1] ?? '', 'nickname');
      at += quoted[0].length;
    }
    if (at > rest) return;
    // A list closed by "and" or "or": "names Joker, Big Sy and Kiki".
    const list = LISTED_AFTER.exec(input.slice(rest, rest + NEAR));
    if (list === null) return;
    // Closed by words that are no name ("Deeks, Lil Ruger and someone saved as…"): each a listed given name, a
    // nickname with its prefix or quoted; not "called Marcus, Jamaican and about 6ft".
    const open = !/(?:and|or|&)[ \t]+\S+$/iu.test(list[0]);
    for (const item of matchAll(LIST_ITEM, list[0])) {
      const name = item[1] ?? item[2] ?? '';
      if (DESCRIPTOR_WORDS.has(name.toLowerCase()) || ORIGIN_WORDS.has(name.split(/[ \t]+/)[0]?.toLowerCase() ?? '')) {
        return;
      }
      const named = item[1] !== undefined || isListedGivenName(name) || /^(?:Big|Little|Lil|Young)[ \t]/u.test(name);
      if (open && !named) return;
      addNick(Object.assign(item, { index: rest + item.index }), item[1], item[2]);
    }
  };
  // A quoted name (group 1) or a capitalised one (group 2), then any second name after it.
  const addNickAndAlso = (m: RegExpMatchArray & { index: number }): void => {
    addNick(m, m[1], m[2]);
    addAlso(m);
  };
  addCapitalSurnames(input, add);
  addNounAndKinNames(input, add);
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
  addOwedToNames(input, add);
  for (const m of matchAll(WHO_CALLS, input)) addNick(m, m[1], m[2]);
  for (const m of matchAll(ASK_FOR, input)) addNickAndAlso(m);
  for (const pattern of [TELL, TELL_HIM, GO_SEE, LINK_UP, GREETING, REFUSAL, CALL_HIM, SIGNED, HOLLA, MAN_LIKE]) {
    for (const m of matchAll(pattern, input)) {
      // In a greeting, words of address after a prefix too: "'Safe Big Man'", "'Cheers Young Man'".
      const said = m[1] ?? m[2] ?? '';
      const word = (pattern === GREETING ? said.replace(/^(?:Big|Little|Lil|Young)[ \t]+/u, '') : said).toLowerCase();
      // A greeting's word may be an endearment or an assistant ("'Hey Siri'", "'Alright Sweetheart'").
      const addressed =
        (pattern === GREETING && NOT_ADDRESSED.has(word)) ||
        (pattern === REFUSAL && (INTERJECTIONS.has(word) || addressOnly(word)));
      // "call someone Bossman Kane", not "call someone ASAP", "call someone Straight away": quoted, a listed given
      // name, or two words or more written as a name's.
      const words = said.split(/[ \t]+/);
      const someone =
        pattern === CALL_HIM &&
        /\bsome(?:one|body)\b/i.test(m[0]) &&
        m[1] === undefined &&
        !isListedGivenName(words[0] ?? '') &&
        !(words.length > 1 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_NAMES.has(w.toLowerCase())));
      if (!VOCATIVES.has(word) && !NOT_NAMES.has(word) && !addressed && !someone) addNickAndAlso(m);
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
  addDescribedNames(input, add);
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
    if (thingNamed(input, m) || SERVICES_IN_CAPITALS.has(m[1] ?? '')) continue;
    // "a male named DANNY FERRIER aka DUPS": a given name and a surname in capitals, the given name of no other sense.
    const capitals = /^\p{Lu}{2,}[ \t]+\p{Lu}{3,}/u.exec(m[1] ?? '');
    if (capitals !== null) {
      const [given = '', surname = ''] = (m[1] ?? '').split(/[ \t]+/);
      // Otherwise the first word alone, as a name in capitals after a cue reads ("a girl named MOLLY MAE").
      if (!isListedGivenName(given) || NOT_NAMES.has(surname.toLowerCase())) {
        if (!NOT_NAMES.has(given.toLowerCase())) add(m, given, 'name');
        continue;
      }
    }
    // "registered as SORN", "in the name of God", "the name on the box says Fragile": a record's or a label's
    // name only when it is a listed given name or a first name and surname.
    // "knows them only as Turkish lads": unquoted, only a listed given name.
    if (/^knows?\b/i.test(m[0]) && !isListedGivenName((m[1] ?? '').split(/[ \t]+/)[0] ?? '')) continue;
    if (RECORD_CUE.test(m[0])) {
      const words = (m[1] ?? '').split(/[ \t]+/);
      const named =
        isListedGivenName(words[0] ?? '') ||
        (words.length > 1 && words.every((w) => /^\p{Lu}(?:\p{Ll}|\.?$)/u.test(w)));
      // Nor a firm's, a place's or a door's label ("Sunrise Cafe", "Flat B").
      const other = (w: string) =>
        NOT_NAMES.has(w) ||
        DESCRIPTOR_WORDS.has(w) ||
        BUSINESS_WORDS.has(w) ||
        STREET_TYPE_WORDS.has(w) ||
        w === 'flat';
      if (!named || words.some((w) => other(w.toLowerCase()))) continue;
    }
    add(m, m[1] ?? '', 'name');
    addAlso(m);
  }
  addRelativeNames(input, add);
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
  addAsideNames(input, add);
  addLoggedNames(input, add);
  addAliasNames(input, add);
  addPrefixedNames(
    input,
    out.filter((p) => p.kind === 'nickname').map((p) => p.name),
    add,
  );
  const cued = out.length;
  for (const mention of givenNameMentions(input)) {
    // With no cue, a name before a brand's or a thing's word is the thing's ("Pink Panther stickers").
    if (thingAfter(input, mention.index + mention.text.length)) continue;
    add({ 0: mention.text, index: mention.index }, mention.text, mention.kind);
  }
  addOrNames(
    input,
    out.map((p) => p.name),
    add,
  );
  return sameNameAsFullName(input, out, cued).sort((a, b) => a.start - b.start);
}
