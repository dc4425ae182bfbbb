// Names arrive typed by call handlers, copied from custody records or spelt out by members of
// the public, so the same person appears as "O'Brien", "OBRIEN", "o brien" or "Seán
// O'Brien-Murphy". Normalising first makes exact and fuzzy comparisons mean something.

/** Lower case, accents removed (é → e, ł → l), apostrophes dropped, other punctuation to spaces. */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/['’`‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Titles and suffixes say nothing about who someone is.
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr']);
const suffixes = new Set(['jr', 'jnr', 'junior', 'sr', 'snr', 'senior', 'ii', 'iii', 'iv']);

// Surname particles are written joined, split or dropped ("de Souza", "DeSouza", "Souza").
// They are removed from the comparison form; joined prefixes such as Mc/Mac/O are kept,
// because "McDonald" and "Donald" are different names.
const particles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'st',
  'bin',
  'ibn',
  'al',
  'el',
]);

/** A single name (given name or surname) ready for comparison: normalised words joined by one space. */
export function normaliseName(value: string | undefined): string {
  if (value === undefined) return '';
  const words = normaliseText(value)
    .split(' ')
    .filter((w) => w !== '' && !titles.has(w) && !suffixes.has(w));
  // Keep a particle if it is the whole name: "Del" can be a given name.
  const kept = words.filter((w) => !particles.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** The words of a surname, for double-barrelled names: "Smith-Jones" → ["smith", "jones"]. */
export function nameParts(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}

/** A surname compared as one token, so "Mc Donald", "Mc-Donald" and "McDonald" agree. */
export function compactName(normalised: string): string {
  return normalised.replace(/ /g, '');
}

export type SplitName = { readonly firstName: string; readonly middleNames: string; readonly surname: string };

/**
 * Splits a full name into first, middle and surname. "Surname, First Middle" (the custody
 * and PNC style) is recognised by its comma; otherwise the last word is the surname, a
 * hyphenated last word stays whole ("Anna Smith-Jones" → "smith jones"), and particles
 * before it are dropped ("Ludwig van Beethoven" → "beethoven").
 */
export function splitFullName(fullName: string): SplitName {
  const commaAt = fullName.indexOf(',');
  if (commaAt > 0) {
    const given = nameWords(fullName.slice(commaAt + 1));
    return {
      firstName: given[0] ?? '',
      middleNames: given.slice(1).join(' '),
      surname: normaliseName(fullName.slice(0, commaAt)),
    };
  }
  const words = nameWords(fullName);
  const [firstName = '', ...rest] = words;
  const surname = rest.pop() ?? '';
  return { firstName, middleNames: rest.filter((w) => !particles.has(w)).join(' '), surname };
}

/** Whitespace-separated words, each normalised (a hyphenated word stays one entry). */
function nameWords(value: string): string[] {
  return value
    .split(/\s+/)
    .map(normaliseText)
    .filter((w) => w !== '' && !titles.has(w) && !suffixes.has(w));
}
