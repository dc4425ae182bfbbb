// Names given with a title: "Mrs Dobson", "Dr Eilidh MacLeod", "Deaconess Gloria Whyte", and a brother or sister of
// a faith ("Brother Ezekiel").
import { STREET_TYPE_WORDS } from '../gazetteer/index.ts';
import { isListedGivenName, isPlainGivenName } from './given-names.ts';
import { CAP_WORD, NOT_NAMES } from './person-words.ts';
import type { AddPerson } from './person-words.ts';
import { matchAll } from './spans.ts';

// "Mrs Dobson", "Reverend Hollis", "Mr Pádraig Cullinane", "Cllr Naomi Bright", "PC Hargreaves": a title keeps the name
// it goes with (a police rank's letters take no full stop: "attending PCSO. Caller states").
const TITLED = new RegExp(
  `\\b((?:(?:Mr|Mrs|Ms|Miss|Dr|Señora|Señor|Senhora|Senhor|Signora|Signor|Madame|Monsieur|Frau|Herr|Reverend|Revd|Rev|Pastor|Imam|Father|Deacon|Deaconess|Elder|Bishop|Canon|Rabbi|Sheikh|Cllr|Councillor|Sgt|Sergeant|Insp|Chief Inspector|Inspector|Chief Superintendent|Superintendent|Detective Sergeant|Detective Constable|Detective Inspector)\\.?|(?:PC|PCSO|DC|DS|DI))[ \\t]+(?:\\p{Lu}\\.[ \\t]?){0,2}${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,2})(?![\\p{L}\\p{N}])`,
  'gu',
);

// "Fr Declan Moriarty": a priest, only with a listed given name and a surname ("Fr Sat", "Fr Kelly Sa" are a
// Friday's rota, "Fr Spanish" a language).
const FATHER_ABBREVIATED = new RegExp(
  `\\b(Fr\\.?[ \\t]+(${CAP_WORD})[ \\t]+(\\p{Lu}\\p{Ll}{2,}(?:[-'’]\\p{Lu}\\p{Ll}+)?))(?![\\p{L}\\p{N}])`,
  'gu',
);
// "Mr Dennis FARROW - C/S believes": a given name and a surname in capitals, as police logs write them, where the
// surname ends a phrase; not "Mr Dennis REPORTED the theft" or "Ms Lee AKA Shaz".
const TITLED_CAPITALS = new RegExp(
  `\\b((?:Mr|Mrs|Ms|Miss|Dr)\\.?[ \\t]+${CAP_WORD}[ \\t]+((?:\\p{Lu}['’])?(?=\\p{Lu}*[AEIOUY])\\p{Lu}{3,}(?:[-'’]\\p{Lu}{2,})?))(?=[ \\t]*(?:[,.;:()]|[-–][ \\t]|\\n|$))`,
  'gu',
);
// "MR DENNIS PRYOR (80s": a title, a listed given name and a surname all in capitals, as a log writes them, where
// the surname ends a phrase.
const TITLED_ALL_CAPITALS = new RegExp(
  `\\b((?:MR|MRS|MS|MISS|DR)\\.?[ \\t]+(\\p{Lu}{2,})[ \\t]+((?:\\p{Lu}['’])?(?=\\p{Lu}*[AEIOUY])\\p{Lu}{3,}(?:[-'’]\\p{Lu}{2,})?))(?=[ \\t]*(?:[,.;:()]|[-–][ \\t]|\\n|$))`,
  'gu',
);
// Police ranks, and the words a text about the police uses.
const RANK =
  /^(?:PC|PCSO|DC|DS|DI|Sgt|Sergeant|Insp|Inspector|Chief Inspector|Superintendent|Chief Superintendent|Detective Sergeant|Detective Constable|Detective Inspector)\.?[ \t]+/u;
const POLICE_CONTEXT =
  /\b(?:police|officers?|pcso|constable|attended|arrested|arrest|custody|station|999|101|warrant|raid|interview(?:ed)?|statement|cad|crime ref|safer neighbourhood|snt)\b/i;
// Words after a rank's letters that make them a thing's: a computer, a console, a current, a team.
const NOT_AFTER_RANK = new Set(
  (
    'tower gaming repair box charger monitor games game case fan setup desk build speakers speaker adapter cable ' +
    'comics calls lite world bang patrol team hub recruitment helpline major plod gadget pepper morse bilko ' +
    'smith thomson gamepass keyboard mouse screen power supply'
  ).split(' '),
);
// Words a log writes in capitals after a name that are not a surname.
export const LOG_WORDS = new Set(
  (
    'also and the was has had who not said says told only seen aged approx susp states stated reported attended ' +
    'arrested left returned confirmed spoke declined withdrawn suspect victim witness tenant landlord caller misper ' +
    'pcso cse cce cid eta hmo aka covid dvla asap urgent update called denies denied refused advised informed ' +
    'alleges alleged vulnerable elderly male female flat address phone email via here there which anon old nfa ' +
    'cctv asb vrm pnc mot dob inft nhs unknown again present absent deceased missing call calls attend review ' +
    'fell upset paid aware angry boots informed visited rang phoned waiting happy fine ok okay'
  ).split(' '),
);

// "asked Brother Ezekiel", "Sister Grace from the church": a brother or sister of a faith, with a capital, inside a
// sentence ("Brother Kai is 17" opening one may be a sibling).
const FAITH_SIBLING = new RegExp(
  `(?<![.!?\\n][ \\t"'‘“]*|^[ \\t"'‘“]*)(?<=[\\p{L}\\p{N},;:)][ \\t]+["'‘“]?)((?:Brother|Sister)[ \\t]+${CAP_WORD})(?![\\p{L}\\p{N}])`,
  'gu',
);
const FAITH_SIBLING_AGAIN = new RegExp(`((?:Brother|Sister)[ \\t]+${CAP_WORD})(?![\\p{L}\\p{N}])`, 'gu');
// A text about a church or another faith's place, where "Sister Agnes" opening a sentence is a nun, not a sibling.
const FAITH_PLACE =
  /\b(?:church|parish|chapel|convent|abbey|mosque|temple|gurdwara|synagogue|congregation|food ?bank|vicar|priest|nuns?)\b/i;
const NOT_AFTER_TITLE = new Set(
  'said says told asked surgery practice pharmacy clinic dental cakes cleaning products shop store cafe café ltd sahib sahab ji world specialist lite'.split(
    ' ',
  ),
);

/** Titled names, after the cues; `found` says whether a name was taken already (a faith sibling named again). */
/** Whether a name opens with a police rank before a thing's word: "PC World", "DC Comics", "Sgt Pepper". */
export function rankBeforeThing(name: string): boolean {
  const rank = RANK.exec(name);
  const next =
    rank === null
      ? ''
      : (name
          .slice(rank[0].length)
          .split(/[ \t]+/)[0]
          ?.toLowerCase() ?? '');
  return NOT_AFTER_RANK.has(next) || NOT_AFTER_TITLE.has(next);
}

export function addTitledNames(input: string, add: AddPerson, found: (name: string) => boolean): void {
  for (const m of matchAll(FATHER_ABBREVIATED, input)) {
    const surname = (m[3] ?? '').toLowerCase();
    if (isListedGivenName(m[2] ?? '') && !NOT_NAMES.has(surname) && !NOT_AFTER_TITLE.has(surname)) {
      add(m, m[1] ?? '', 'name');
    }
  }
  for (const m of matchAll(TITLED_ALL_CAPITALS, input)) {
    // A given name of no other sense ("DENNIS", not "WILL" or "BILL"), a surname that is no log's word.
    if (isPlainGivenName(m[2] ?? '') && !LOG_WORDS.has((m[3] ?? '').toLowerCase())) add(m, m[1] ?? '', 'name');
  }
  for (const m of matchAll(TITLED_CAPITALS, input)) {
    if (!LOG_WORDS.has((m[2] ?? '').toLowerCase())) add(m, m[1] ?? '', 'name');
  }
  const police = POLICE_CONTEXT.test(input);
  for (const m of matchAll(TITLED, input)) {
    // A police rank only in a text about the police, before a surname: not "DC Comics", "PC Tower", "An Inspector
    // Calls", "Sgt Pepper".
    const rank = RANK.exec(m[1] ?? '');
    if (rank !== null) {
      const next =
        (m[1] ?? '')
          .slice(rank[0].length)
          .split(/[ \t]+/)[0]
          ?.toLowerCase() ?? '';
      // A collar number after the name says it is an officer's ("PC Whitlock (2231) advised").
      const end = m.index + m[0].length;
      const collar = /^[ \t]*\((?!19\d\d\)|20\d\d\))\d{3,5}\)/u.test(input.slice(end, end + 10));
      if (!(police || collar) || NOT_AFTER_RANK.has(next) || LOG_WORDS.has(next) || NOT_AFTER_TITLE.has(next)) continue;
    }
    // A second word unless it is a shop's or a product's ("Mr Pádraig Cullinane", "Mr Vusumuzi Ndlovu"; not
    // "Mr Jones Said", "Dr Patel Surgery").
    const words = (m[1] ?? '').split(/[ \t]+/);
    const last = words[words.length - 1] ?? '';
    const first = words[words.length - 2] ?? '';
    const two = words.length >= 3 && /^\p{Lu}\p{Ll}/u.test(first) && !first.endsWith('.');
    const lower = last.toLowerCase();
    // A street's word after a title and a listed given name is a surname ("Ms Shannon Field", "Mr Dennis Hill");
    // after a surname it is a street's ("Mr Smith Lane").
    const surnameStreet = words.length === 3 && isListedGivenName(first);
    const notName =
      NOT_AFTER_TITLE.has(lower) || NOT_NAMES.has(lower) || (STREET_TYPE_WORDS.has(lower) && !surnameStreet);
    // An honorific alone after a title ("Imam Sahib") names nobody.
    if (words.length === 2 && NOT_AFTER_TITLE.has(lower)) continue;
    add(m, two && notName ? (m[1] ?? '').slice(0, -last.length).trimEnd() : (m[1] ?? ''), 'name');
  }
  const faith = FAITH_PLACE.test(input);
  for (const m of matchAll(FAITH_SIBLING, input)) {
    const name = m[1] ?? '';
    // A listed given name: "Brother Ezekiel", not "Brother Printers" or "Sister Hood"; in a text about a church or
    // another faith's place, any name set beside who she is ("mi church sista, Sister Blossom"; not "watched Sister
    // Act at the church hall").
    const second = name.split(/[ \t]+/)[1] ?? '';
    const churchName =
      faith &&
      /,[ \t]*$/u.test(input.slice(Math.max(0, m.index - 3), m.index)) &&
      !NOT_NAMES.has(second.toLowerCase()) &&
      !NOT_AFTER_TITLE.has(second.toLowerCase());
    if (isListedGivenName(second) || churchName) add(m, name, 'name');
  }
  // The same brother or sister again, opening a sentence: "his mother, Sister Marcia, says … Sister Marcia found";
  // or opening one in a text about a church or a mosque ("Sister Agnes asked me to pass this on").
  for (const m of matchAll(FAITH_SIBLING_AGAIN, input)) {
    const name = m[1] ?? '';
    // Not a sibling given an age ("Brother Jack is 15 and goes to the mosque with Dad").
    const end = m.index + m[0].length;
    const aged = /^[ \t]*(?:,|\(|is|was|aged)?[ \t]*\d{1,2}\b/.test(input.slice(end, end + 12));
    if (found(name) || (faith && !aged && isListedGivenName(name.split(/[ \t]+/)[1] ?? ''))) add(m, name, 'name');
  }
}
