import { encodeD, encodeJ, encodeL, encodeS, encodeT, encodeW, encodeZ } from './double-metaphone-d-z.ts';
import { encodeC, encodeG, type MetaphoneState } from './double-metaphone-c-g.ts';

// Double Metaphone (Lawrence Philips, "The Double Metaphone Search Algorithm", C/C++ Users
// Journal, June 2000): a phonetic code for names that tolerates English, Germanic, Slavic,
// Romance and Greek spellings, giving a primary code and an alternative. This is our own
// TypeScript rendering of the published rules, kept to the behaviour of PostgreSQL's
// fuzzystrmatch dmetaphone()/dmetaphone_alt() (four characters, ASCII upper-casing), so keys
// computed here agree with keys computed in SQL; a database test checks that on real names.

export type DoubleMetaphoneCodes = { readonly primary: string; readonly alternate: string };

const codeLength = 4;

export function doubleMetaphone(input: string): DoubleMetaphoneCodes {
  // Only ASCII letters are upper-cased, as C's toupper() does in fuzzystrmatch.
  const word = input.replace(/[a-z]/g, (c) => c.toUpperCase());
  if (word.length === 0) return { primary: '', alternate: '' };
  const st = createState(word);
  if (st.at(0, 2, 'GN', 'KN', 'PN', 'WR', 'PS')) st.current += 1;
  if (st.char(0) === 'X') {
    st.add('S');
    st.current += 1;
  }
  while ((st.primary.length < codeLength || st.secondary.length < codeLength) && st.current < st.length) {
    encodeLetter(st);
  }
  return { primary: st.primary.slice(0, codeLength), alternate: st.secondary.slice(0, codeLength) };
}

function createState(word: string): MetaphoneState {
  // Padding lets the rules look a few letters past the end and see spaces, as the original does.
  const padded = `${word}     `;
  const st: MetaphoneState = {
    length: word.length,
    last: word.length - 1,
    current: 0,
    primary: '',
    secondary: '',
    slavoGermanic: /W|K|CZ|WITZ/.test(word),
    char: (pos) => (pos < 0 || pos >= padded.length ? '' : padded.charAt(pos)),
    at: (start, length, ...options) =>
      start >= 0 && start < padded.length && options.includes(padded.substring(start, start + length)),
    isVowel: (pos) => pos >= 0 && pos < padded.length && 'AEIOUY'.includes(padded.charAt(pos)),
    add(main, alternate = main) {
      st.primary += main;
      st.secondary += alternate;
    },
  };
  return st;
}

/** Skips one letter, or two when the next letter is the same (doubled consonants sound once). */
function single(st: MetaphoneState, letter: string, code: string): void {
  st.current += st.char(st.current + 1) === letter ? 2 : 1;
  st.add(code);
}

function encodeLetter(st: MetaphoneState): void {
  const c = st.char(st.current);
  switch (c) {
    case 'A':
    case 'E':
    case 'I':
    case 'O':
    case 'U':
    case 'Y':
      // Every initial vowel maps to 'A'; other vowels are dropped.
      if (st.current === 0) st.add('A');
      st.current += 1;
      return;
    case 'B':
      single(st, 'B', 'P');
      return;
    case 'Ç':
      st.add('S');
      st.current += 1;
      return;
    case 'C':
      encodeC(st);
      return;
    case 'D':
      encodeD(st);
      return;
    case 'F':
      single(st, 'F', 'F');
      return;
    case 'G':
      encodeG(st);
      return;
    case 'H':
      // Kept only at the start or between vowels ('ahead'), silent otherwise ('sarah').
      if ((st.current === 0 || st.isVowel(st.current - 1)) && st.isVowel(st.current + 1)) {
        st.add('H');
        st.current += 2;
      } else {
        st.current += 1;
      }
      return;
    case 'J':
      encodeJ(st);
      return;
    case 'K':
      single(st, 'K', 'K');
      return;
    case 'L':
      encodeL(st);
      return;
    case 'M':
      // 'dumb', 'thumb': the B after M is silent.
      st.current +=
        (st.at(st.current - 1, 3, 'UMB') && (st.current + 1 === st.last || st.at(st.current + 2, 2, 'ER'))) ||
        st.char(st.current + 1) === 'M'
          ? 2
          : 1;
      st.add('M');
      return;
    case 'N':
      single(st, 'N', 'N');
      return;
    case 'Ñ':
      st.current += 1;
      st.add('N');
      return;
    case 'P':
      if (st.char(st.current + 1) === 'H') {
        st.add('F');
        st.current += 2;
        return;
      }
      // 'campbell', 'raspberry'
      st.current += st.at(st.current + 1, 1, 'P', 'B') ? 2 : 1;
      st.add('P');
      return;
    case 'Q':
      single(st, 'Q', 'K');
      return;
    case 'R':
      // French final -IER ('rogier') is silent in the primary code, but not 'hochmeier'.
      if (
        st.current === st.last &&
        !st.slavoGermanic &&
        st.at(st.current - 2, 2, 'IE') &&
        !st.at(st.current - 4, 2, 'ME', 'MA')
      ) {
        st.add('', 'R');
      } else {
        st.add('R');
      }
      st.current += st.char(st.current + 1) === 'R' ? 2 : 1;
      return;
    case 'S':
      encodeS(st);
      return;
    case 'T':
      encodeT(st);
      return;
    case 'V':
      single(st, 'V', 'F');
      return;
    case 'W':
      encodeW(st);
      return;
    case 'X':
      // French final -X is silent ('breaux').
      if (!(
        st.current === st.last &&
        (st.at(st.current - 3, 3, 'IAU', 'EAU') || st.at(st.current - 2, 2, 'AU', 'OU'))
      )) {
        st.add('KS');
      }
      st.current += st.at(st.current + 1, 1, 'C', 'X') ? 2 : 1;
      return;
    case 'Z':
      encodeZ(st);
      return;
    default:
      st.current += 1;
  }
}
