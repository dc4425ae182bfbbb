import { doubleMetaphone } from './double-metaphone.ts';
import { formalGivenNames } from './given-name-variants.ts';
import { compactName, normaliseName, normaliseText, splitFullName } from './name-normalisation.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';
import { normalisePostcode, parseUkPostcode, type UkPostcode } from './postcode.ts';

/**
 * What is known about a person, as typed: every field optional, because intelligence is
 * partial. `fullName` is used only for the parts `firstName`/`surname` leave empty.
 */
export type PersonRecord = {
  readonly fullName?: string;
  readonly firstName?: string;
  readonly middleNames?: string;
  readonly surname?: string;
  /** Street names, "tags" and aliases ("Smiley", "Little T"). */
  readonly nicknames?: readonly string[];
  /** 'YYYY-MM-DD', or partial 'YYYY-MM' / 'YYYY' ('YYYYMMDD' is accepted too). */
  readonly dob?: string;
  /** An estimated age in years ("about 15"), when the date of birth is not known. */
  readonly approxAge?: number;
  /** The date the estimated age was given (a report date); defaults to the comparison's reference date. */
  readonly ageRecordedOn?: string;
  readonly postcode?: string;
  readonly town?: string;
  readonly street?: string;
  readonly email?: string;
};

/** A record normalised once, so blocking and scoring many pairs do not repeat the work. */
export type PreparedPerson = {
  readonly first: string;
  readonly middle: readonly string[];
  readonly surname: string;
  readonly surnameCompact: string;
  readonly firstCodes: readonly string[];
  readonly surnameCodes: readonly string[];
  readonly formalFirst: readonly string[];
  readonly aliases: readonly string[];
  /** The date of birth if it is a real (possibly partial) date; used for ages. */
  readonly dob: PartialDate | undefined;
  /** Its digits, 'YYYYMMDD', 'YYYYMM' or 'YYYY', kept even when the date is impossible (a mistyped 1947-51-30). */
  readonly dobDigits: string;
  readonly approxAge: number | undefined;
  readonly ageRecordedOn: PartialDate | undefined;
  readonly postcode: string;
  readonly ukPostcode: UkPostcode | undefined;
  readonly town: string;
  readonly street: string;
  readonly email: string;
  /** "first surname", the form held in the trigram name index. */
  readonly fullName: string;
};

export function preparePerson(record: PersonRecord): PreparedPerson {
  const split = record.fullName !== undefined ? splitFullName(record.fullName) : undefined;
  const first = normaliseName(record.firstName) || (split?.firstName ?? '');
  const surname = normaliseName(record.surname) || (split?.surname ?? '');
  const middleText = normaliseName(record.middleNames) || (split?.middleNames ?? '');
  const dob = parsePartialDate(record.dob);
  const surnameCompact = compactName(surname);
  return {
    first,
    middle: middleText === '' ? [] : middleText.split(' '),
    surname,
    surnameCompact,
    firstCodes: phoneticCodes(compactName(first)),
    surnameCodes: phoneticCodes(surnameCompact),
    formalFirst: first === '' ? [] : formalGivenNames(first),
    aliases: (record.nicknames ?? []).map(normaliseText).filter((alias) => alias !== ''),
    dob,
    dobDigits: dobDigits(record.dob),
    approxAge: record.approxAge,
    ageRecordedOn: parsePartialDate(record.ageRecordedOn),
    postcode: normalisePostcode(record.postcode),
    ukPostcode: parseUkPostcode(record.postcode),
    town: normaliseText(record.town ?? ''),
    street: normaliseStreet(record.street ?? ''),
    email: (record.email ?? '').trim().toLowerCase(),
    fullName: [first, surname].filter((part) => part !== '').join(' '),
  };
}

function dobDigits(value: string | undefined): string {
  const match = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?$/.exec(value?.trim() ?? '');
  return match === null ? '' : match.slice(1).join('');
}

/** Primary and (if different) alternative Double Metaphone codes; none for an empty name. */
function phoneticCodes(name: string): string[] {
  if (name === '') return [];
  const { primary, alternate } = doubleMetaphone(name);
  return [...new Set([primary, alternate].filter((code) => code !== ''))];
}

const streetAbbreviations: Readonly<Record<string, string>> = {
  street: 'st',
  road: 'rd',
  avenue: 'ave',
  lane: 'ln',
  drive: 'dr',
  close: 'cl',
  court: 'ct',
  crescent: 'cres',
  place: 'pl',
  gardens: 'gdns',
  terrace: 'ter',
  square: 'sq',
  grove: 'gr',
  circuit: 'cct',
};

function normaliseStreet(value: string): string {
  return normaliseText(value)
    .split(' ')
    .map((word) => streetAbbreviations[word] ?? word)
    .join(' ');
}
