// Street-name normalisation shared by the gazetteer lookups and the address extractor.
// A street's "key" is its lower-case words, apostrophes removed, abbreviations expanded:
// "St. Peters St" and "St Peter's Street" both become "saint peters street".

// Abbreviation → full street-type word. "st" is handled separately (Saint or Street).
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  rd: 'road',
  ave: 'avenue',
  av: 'avenue',
  avn: 'avenue',
  ln: 'lane',
  lne: 'lane',
  la: 'lane',
  cl: 'close',
  cres: 'crescent',
  cresc: 'crescent',
  dr: 'drive',
  drv: 'drive',
  gdns: 'gardens',
  gdn: 'gardens',
  pl: 'place',
  sq: 'square',
  ter: 'terrace',
  terr: 'terrace',
  ct: 'court',
  crt: 'court',
  gr: 'grove',
  gro: 'grove',
  pk: 'park',
  hl: 'hill',
  wk: 'walk',
  mws: 'mews',
  pde: 'parade',
  str: 'street',
};

// Words that end a street name ("Road", "Close" …). Names ending in one are safe to find in lower-case text.
export const STREET_TYPE_WORDS: ReadonlySet<string> = new Set([
  'road',
  'street',
  'lane',
  'avenue',
  'close',
  'way',
  'drive',
  'gardens',
  'crescent',
  'place',
  'hill',
  'court',
  'grove',
  'walk',
  'view',
  'park',
  'rise',
  'green',
  'end',
  'row',
  'mews',
  'square',
  'terrace',
  'parade',
  'yard',
  'common',
  'approach',
  'chase',
  'mead',
  'meadow',
  'meadows',
  'path',
  'vale',
  'croft',
  'gate',
  'ride',
  'hall',
  'grange',
  'copse',
  'garth',
  'orchard',
  'side',
  'field',
  'fields',
  'wood',
  'broadway',
  'bank',
]);

// Splits text into word tokens; apostrophes inside a word stay with it ("Peter's").
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function stripApostrophes(word: string): string {
  return word.replace(/['’]/g, '');
}

// Canonical forms a single lower-case word may stand for. `first` is whether it starts the name.
export function canonicalWordOptions(word: string, first: boolean): readonly string[] {
  const w = stripApostrophes(word.toLowerCase());
  if (w === 'st' || w === 'saint') return first ? ['saint'] : w === 'st' ? ['street', 'saint'] : ['saint'];
  const expanded = ABBREVIATIONS[w];
  return expanded === undefined ? [w] : [expanded];
}

export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return w === 'st' || ABBREVIATIONS[w] !== undefined;
}

// The canonical key used for exact, case- and punctuation-insensitive comparison.
export function streetKey(name: string): string {
  const words = name.match(WORD_PATTERN) ?? [];
  return words.map((word, i) => canonicalWordOptions(word, i === 0)[0]).join(' ');
}

// A looser key for prefix suggestions: lower-case words, apostrophes removed, no expansion.
export function looseKey(text: string): string {
  return (text.match(WORD_PATTERN) ?? []).map((w) => stripApostrophes(w.toLowerCase())).join(' ');
}
