import { doubleMetaphone } from './double-metaphone.ts';
import type { PreparedPerson } from './person-record.ts';

// Blocking: comparing every record with every other grows with the square of the data, so
// only records that share at least one blocking key are scored. Each key type is there to
// catch the matches the others miss; the benchmark reports how many true pairs survive.
// The same keys are stored in person_match_keys, so the database finds candidates the same
// way the benchmark measures.

export const blockingKeyTypes = {
  /** Phonetic codes of first name and surname, in either order (survives typos and swaps). */
  names: 'names',
  /** Phonetic surname and year of birth (survives a changed or shortened first name). */
  surnameYear: 'surname_yob',
  /** Formal first name and phonetic surname ("Bob Smyth" and "Robert Smith"), no date needed. */
  formalFirstSurname: 'formal_first_surname',
  /** Phonetic surname and first initial (no date of birth needed). */
  surnameInitial: 'surname_initial',
  /** Phonetic first name and surname initial (survives a surname typo that changes its sound). */
  firstSurnameInitial: 'first_surname_initial',
  /** First initial and year of birth (survives a changed surname, such as after marriage). */
  initialYear: 'initial_yob',
  /** Full date of birth (survives both names being missing or wrong). */
  dob: 'dob',
  /** Day and month of birth and an initial (survives a mistyped year). */
  birthdayInitial: 'birthday_initial',
  /** Postcode sector (or a whole non-UK postcode) and an initial. */
  placeInitial: 'place_initial',
  /** Phonetic street name and an initial (survives a wrong house number or postcode). */
  streetInitial: 'street_initial',
  email: 'email',
  /** The e-mail address and each form of it with one character left out (survives one typing error). */
  emailTypo: 'email_typo',
  /** The part of an e-mail address before the @ (survives a mistyped domain). */
  emailUser: 'email_user',
  /** The e-mail user name and each form of it with one character left out (a typo and another domain). */
  emailUserTypo: 'email_user_typo',
  /** A nickname or street name. */
  alias: 'alias',
  /** The sorted phonetic codes of every name word (survives swapped parts and a middle name used as first). */
  nameTokens: 'name_tokens',
  /** Any one name word's phonetic code and the place (survives a surname in the first-name slot). */
  tokenPlace: 'token_place',
  /** Any one name word's phonetic code and a year of birth, stated or estimated from an age. */
  tokenYear: 'token_year',
  /** The place (as token_place) and a year of birth (survives both names mistyped or missing). */
  placeYear: 'place_year',
  /** The full postcode (a UK unit is about 15 addresses; survives names and date all differing). */
  postcode: 'postcode',
  /** Any one name word's phonetic code and the town when there is a postcode too (survives a mistyped postcode). */
  tokenTown: 'token_town',
  /** The town and a year of birth when there is a postcode too (survives names and postcode all mistyped). */
  townYear: 'town_year',
  /** The phonetic street name and the town (survives both names and the house number differing). */
  streetTown: 'street_town',
  /** Any one name word's phonetic code and the street name (survives a wrong town and postcode). */
  tokenStreet: 'token_street',
  /**
   * First name or surname as spelt, or with one letter left out, and the town: survives a typing
   * error that changes how the name sounds ("Huter" and "Hunter"), which the phonetic keys miss.
   */
  nameTypoTown: 'name_typo_town',
  /** The same spellings and the year of birth, stated or estimated from an age (not the next: keys add up). */
  nameTypoYear: 'name_typo_year',
} as const;

export type BlockingKeyType = (typeof blockingKeyTypes)[keyof typeof blockingKeyTypes];
export type BlockingKey = { readonly type: BlockingKeyType; readonly key: string };

export function blockingKeys(person: PreparedPerson): BlockingKey[] {
  const keys: BlockingKey[] = [];
  const add = (type: BlockingKeyType, ...parts: (string | undefined)[]) => {
    if (parts.some((part) => part === undefined || part === '')) return;
    const key = parts.join('|');
    if (!keys.some((existing) => existing.type === type && existing.key === key)) keys.push({ type, key });
  };
  const t = blockingKeyTypes;
  const first = person.firstCodes[0];
  const surname = person.surnameCodes[0];
  const digits = person.dobDigits;
  const year = digits === '' ? undefined : digits.slice(0, 4);
  const initial = person.first[0] ?? person.surname[0];
  if (first !== undefined && surname !== undefined) add(t.names, ...[first, surname].sort());
  add(t.surnameYear, surname, year);
  for (const formal of person.formalFirst) add(t.formalFirstSurname, formal, surname);
  add(t.surnameInitial, surname, person.first[0]);
  add(t.firstSurnameInitial, first, person.surname[0]);
  add(t.initialYear, person.first[0], year);
  if (digits.length === 8) {
    add(t.dob, digits);
    add(t.birthdayInitial, digits.slice(4), initial);
  }
  const place = person.ukPostcode?.sector ?? (person.ukPostcode === undefined ? person.postcode : undefined);
  add(t.placeInitial, place, initial);
  add(t.streetInitial, streetCode(person.street), initial);
  add(t.postcode, person.ukPostcode === undefined ? person.postcode : person.ukPostcode.unit);
  add(t.email, person.email);
  if (person.email.length >= 6) for (const form of oneLeftOut(person.email)) add(t.emailTypo, form);
  const user = person.email.split('@')[0];
  if (user !== undefined && user.length >= 4 && person.email.includes('@')) {
    add(t.emailUser, user);
    for (const form of oneLeftOut(user)) add(t.emailUserTypo, form);
  }
  for (const alias of person.aliases) add(t.alias, alias);
  const tokens = nameTokenCodes(person);
  if (tokens.length > 2) add(t.nameTokens, tokens.join(' '));
  const townCode = person.town === '' ? undefined : doubleMetaphone(person.town.replace(/ /g, '')).primary;
  // Without a postcode the town stands in (an absent postcode is '' here, not undefined).
  const where = place === undefined || place === '' ? townCode : place;
  for (const birthYear of birthYears(person)) add(t.placeYear, where, birthYear);
  // The town again beside a postcode, so a mistyped postcode (or town) alone loses no place key.
  const town = where === townCode ? undefined : townCode;
  for (const birthYear of birthYears(person)) add(t.townYear, town, birthYear);
  const street = streetCode(person.street);
  add(t.streetTown, street, townCode);
  for (const token of tokens) {
    add(t.tokenPlace, token, where);
    add(t.tokenTown, token, town);
    add(t.tokenStreet, token, street);
    for (const birthYear of yearWindow(person)) add(t.tokenYear, token, birthYear);
  }
  // Names of four letters or more, and their forms down to three letters ("Theo": "heo", "teo").
  const spellings = [person.first, person.surnameCompact].filter((name) => name.length >= 4);
  for (const form of new Set(spellings.flatMap((name) => oneLeftOut(name, 3)))) {
    add(t.nameTypoTown, form, townCode);
    for (const birthYear of birthYears(person)) add(t.nameTypoYear, form, birthYear);
  }
  return keys;
}

/**
 * The word and every form of it with one character left out, those of at least `shortest`
 * characters (four by default, as the e-mail user-name key). Two words one typing error apart
 * (a character wrong, added, missed, or two neighbours swapped) always share one of them.
 */
function oneLeftOut(word: string, shortest = 4): string[] {
  const forms = Array.from({ length: word.length }, (_, at) => word.slice(0, at) + word.slice(at + 1));
  return [word, ...forms.filter((form) => form.length >= shortest)];
}

/** The distinct phonetic codes of the name's words (not initials), sorted. */
function nameTokenCodes(person: PreparedPerson): string[] {
  const words = [person.first, ...person.middle, ...person.surname.split(' '), person.surnameCompact];
  const codes = words.filter((word) => word.length > 1).map((word) => doubleMetaphone(word).primary);
  return [...new Set(codes.filter((code) => code !== ''))].sort();
}

/** The years of birth and the year after each, so records whose years are one apart share one. */
function yearWindow(person: PreparedPerson): string[] {
  const years = birthYears(person);
  return [...new Set([...years, ...years.map((year) => String(Number(year) + 1))])];
}

/** The year of birth, or the two years an age on a date allows ("15 in 2026": 2010 or 2011). */
function birthYears(person: PreparedPerson): string[] {
  if (person.dobDigits !== '') return [person.dobDigits.slice(0, 4)];
  if (person.approxAge === undefined || person.ageRecordedOn === undefined) return [];
  const latest = person.ageRecordedOn.year - person.approxAge;
  return [String(latest - 1), String(latest)];
}

/** The phonetic code of a street's name without house numbers ("12a Hatfield Rd" → code of "hatfield"). */
function streetCode(street: string): string {
  const name = street
    .split(' ')
    .filter((word) => !/\d/.test(word))
    .join('');
  return name === '' ? '' : doubleMetaphone(name).primary;
}

export type CandidatePairOptions = {
  /** Blocks with more records than this are skipped: a key that common says little. */
  readonly maxBlockSize?: number;
  /** For linkage between two files: the source of each record; only cross-source pairs are made. */
  readonly sources?: readonly number[];
  /** Key types to use (default all). */
  readonly keyTypes?: readonly BlockingKeyType[];
};

export type CandidatePairs = {
  /** Pairs as [i, j] with i < j, flattened: pairs[2k], pairs[2k+1]. */
  readonly pairs: Uint32Array;
  readonly skippedBlocks: number;
};

/** Every pair of records sharing at least one blocking key, each pair once. */
export function candidatePairs(people: readonly PreparedPerson[], options: CandidatePairOptions = {}): CandidatePairs {
  const maxBlockSize = options.maxBlockSize ?? 500;
  const wanted = options.keyTypes === undefined ? undefined : new Set<string>(options.keyTypes);
  const blocks = new Map<string, number[]>();
  people.forEach((person, index) => {
    for (const { type, key } of blockingKeys(person)) {
      if (wanted !== undefined && !wanted.has(type)) continue;
      const blockId = `${type}\u0000${key}`;
      const members = blocks.get(blockId);
      if (members === undefined) blocks.set(blockId, [index]);
      else members.push(index);
    }
  });
  const seen = new Set<number>();
  const pairs: number[] = [];
  let skippedBlocks = 0;
  const n = people.length;
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    if (members.length > maxBlockSize) {
      skippedBlocks++;
      continue;
    }
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [p, q] = [members[x] ?? 0, members[y] ?? 0];
        const [i, j] = p < q ? [p, q] : [q, p];
        if (options.sources !== undefined && options.sources[i] === options.sources[j]) continue;
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push(i, j);
      }
    }
  }
  return { pairs: Uint32Array.from(pairs), skippedBlocks };
}
