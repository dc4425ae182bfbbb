// Initials said of a person: an initial and a surname in a list or after "addressed to" ("J. Brown, D. Khan"), and
// dotted initials as a referral names a child or client ("Child J.M. was located").
import { CAP_WORD, NOT_NAMES } from './person-words.ts';
import type { AddPerson } from './person-words.ts';
import { matchAll } from './spans.ts';

// "J. Brown, D. Khan": an initial and a surname, taken in a list of two or more or after whom something is
// addressed, booked or registered to ("addressed to S. Brown", "the name on a parcel on the side was D. Campbell").
const INITIAL_SURNAME = new RegExp(
  `(?<![\\p{L}\\p{N}.])\\p{Lu}\\.[ \\t]?((?=\\p{Lu}\\p{Ll})${CAP_WORD})(?![\\p{L}\\p{N}]|\\.\\p{L})`,
  'gu',
);
const BETWEEN_LISTED = /^(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|&|or)[ \t]+)$/i;
const ADDRESSED_TO =
  /(?:(?:the )?name (?:on|written on|printed on) (?:the |a |an |his |her |their )?[\p{L} ]{1,30}? (?:was|is|said|says|read|reads)|addressed to|(?:i'll|i’ll|i will|we'll|we’ll|we will) refer to (?:him|her|them )?as|in the names? of|under the names? of|names?:?|booked (?:in )?(?:under|as|by)|registered (?:to|as|under)|signed for by|(?:let|rented|leased|sublet|belongs|belonging) to(?:[ \t]+(?:a|an|one))?)[ \t]*$/iu;
// "Child J.M. was located", "J.M. said", "Patient initials A.R.": dotted initials, as a referral names a child or
// client, after a word for the person or before something they did. Abbreviations written the same way are not people.
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])(\p{Lu}\.\p{Lu}\.(?:\p{Lu}\.)?)(?![\p{L}\p{N}])/gu;
const NOT_INITIALS = new Set(
  (
    'A.M. P.M. U.K. U.S. G.P. D.J. N.B. P.S. I.D. O.K. T.V. E.U. M.P. P.C. D.C. D.S. D.I. V.I.P. R.I.P. A.K.A. N.F.A. ' +
    'S.A. A.S.A.P. Q.C. B.C. A.D. P.E. R.E. I.T. H.R. D.T. C.P.S. D.O.B. W.H. A.S.B. R.T.C. P.T. A.E.'
  ).split(' '),
);
const PERSON_BEFORE_INITIALS =
  /\b(?:initials|child|young person|yp|cyp|pupil|student|boy|girl|youth|sibling|brother|sister|son|daughter|subject|client|patient|service user|resident|tenant|volunteer|colleague|victim|witness|suspect)[ \t]*[:,(]?[ \t]*$/i;
const DID_AFTER =
  /^[ \t]+(?:said|says|had|has|was|is|told|disclosed|stated|states|reported|went|goes|lives|attends|returned|admitted|denied|refused|declined|presented|appeared)\b/i;

/** Initials with a surname in a list or after an addressing cue, and dotted initials said of a young person. */
export function addInitials(input: string, add: AddPerson): void {
  const found = [...matchAll(INITIAL_SURNAME, input)].filter((m) => !NOT_NAMES.has((m[1] ?? '').toLowerCase()));
  found.forEach((m, i) => {
    const previous = found[i - 1];
    const next = found[i + 1];
    const listed =
      (previous !== undefined && BETWEEN_LISTED.test(input.slice(previous.index + previous[0].length, m.index))) ||
      (next !== undefined && BETWEEN_LISTED.test(input.slice(m.index + m[0].length, next.index)));
    // In a list of other names: "(Jamal Hussein, K. Brennan, Sasha Ilić)".
    const inList =
      /(?:[,(;]|\band)[ \t]*$/.test(input.slice(Math.max(0, m.index - 5), m.index)) &&
      /^(?:[ \t]*[,);]|[ \t]+and\b)/.test(input.slice(m.index + m[0].length));
    if (listed || inList || ADDRESSED_TO.test(input.slice(Math.max(0, m.index - 60), m.index))) add(m, m[0], 'name');
  });
  for (const m of matchAll(DOTTED_INITIALS, input)) {
    const initials = m[1] ?? '';
    if (NOT_INITIALS.has(initials)) continue;
    const before = input.slice(Math.max(0, m.index - 24), m.index);
    const said = initials.length === 4 && DID_AFTER.test(input.slice(m.index + initials.length));
    if (PERSON_BEFORE_INITIALS.test(before) || said) {
      add(m, initials, 'name');
      // "J.M. (15) … JM disclosed": the same initials without their stops, said of the child again.
      const bare = initials.replaceAll('.', '');
      for (const again of matchAll(new RegExp(`(?<![\\p{L}\\p{N}.])${bare}(?![\\p{L}\\p{N}.])`, 'gu'), input)) {
        if (DID_AFTER.test(input.slice(again.index + bare.length))) add(again, bare, 'name');
      }
    }
  }
}

/**
 * "Kyle R., 15", "Child: Amira H. (12)", a signature "Helen M.", a commenter "Lisa M.: tag the police", "Grazie,
 * Antonella R." closing the text: a name ending in a surname's initial keeps the initial's full stop where the stop
 * is no sentence's end (before a comma, a colon or a bracket, or closing a name that stands alone on its line or
 * after the last sentence). "knew him as Stevie P." and "another Junior K. Lift CCTV …" end their sentences.
 */
export function withInitialStop(input: string, start: number, name: string): string {
  const end = start + name.length;
  if (!/[ \t]\p{Lu}$/u.test(name) || input[end] !== '.') return name;
  const after = input.slice(end + 1, end + 3);
  const alone =
    /(?:^|[\n.!?])[ \t]*$/u.test(input.slice(Math.max(0, start - 3), start)) && /^[ \t]*(?:\n|$)/u.test(after);
  // Or signing off at the very end: "Grazie, Antonella R.".
  const signedOff =
    /[,–—-][ \t]*$/u.test(input.slice(Math.max(0, start - 2), start)) && input.slice(end + 1).trim() === '';
  return /^[ \t]*[,;:)(]/u.test(after) || alone || signedOff ? `${name}.` : name;
}
