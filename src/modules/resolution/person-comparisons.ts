import type { ComparisonOutcome } from './comparison-levels.ts';
import { compareAliases, compareNames, display, outcomeMaker } from './name-comparisons.ts';
import { formatPartialDate, type PartialDate } from './partial-date.ts';
import type { PreparedPerson } from './person-record.ts';
import { isAdjacentTransposition, jaroWinkler, withinEditDistance } from '../../platform/text/string-similarity.ts';

/**
 * Every comparison that both records allow, in a fixed order; missing data yields none.
 * With `explain` false the details are left empty, for scoring pairs in bulk.
 */
export function comparePrepared(
  a: PreparedPerson,
  b: PreparedPerson,
  referenceDate: PartialDate,
  explain = true,
): ComparisonOutcome[] {
  const dob = compareDob(a, b, explain);
  return [
    ...compareNames(a, b, explain),
    compareAliases(a, b, explain),
    dob,
    // An estimated age only matters when the dates of birth cannot be compared.
    dob === undefined ? compareAge(a, b, referenceDate, explain) : undefined,
    comparePostcode(a, b, explain),
    compareText('town', a.town, b.town, 0.88, explain),
    compareText('street', a.street, b.street, 0.9, explain),
    compareEmail(a, b, explain),
  ].filter((outcome) => outcome !== undefined);
}

function digitsDiffering(x: string, y: string): number {
  let count = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) count++;
  return count;
}

/** 'YYYYMMDD' (or 'YYYYMM', 'YYYY') as 'YYYY-MM-DD'. */
function showDigits(digits: string): string {
  return [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].filter((part) => part !== '').join('-');
}

/** A full date's digits as a year with its fraction; an impossible month or day counts as mid-year or mid-month. */
function yearsOf(digits: string): number {
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const monthPart = month >= 1 && month <= 12 ? (month - 1) / 12 : 0.5;
  const dayPart = day >= 1 && day <= 31 ? (day - 1) / 365 : 15 / 365;
  return Number(digits.slice(0, 4)) + monthPart + dayPart;
}

function yearsApart(years: number): string {
  const whole = Math.round(years);
  return whole === 1 ? 'about a year' : `about ${String(whole)} years`;
}

/** Two dates that differ, graded by how many years apart they are (Splink's thresholds: a year, ten years). */
function byYearsApart(
  outcome: ReturnType<typeof outcomeMaker>,
  years: number,
  dx: string,
  dy: string,
): ComparisonOutcome {
  if (years < 1) return outcome('within-year', () => `less than a year apart (${dx} and ${dy})`);
  if (years <= 10) return outcome('within-ten-years', () => `${yearsApart(years)} apart (${dx} and ${dy})`);
  return outcome('different', () => `different, ${yearsApart(years)} apart (${dx} and ${dy})`);
}

// Compared as digit strings, so an impossible date (month 51) still counts as a near miss
// of the real one rather than as missing.
export function compareDob(a: PreparedPerson, b: PreparedPerson, explain = true): ComparisonOutcome | undefined {
  const x = a.dobDigits;
  const y = b.dobDigits;
  if (x === '' || y === '') return undefined;
  const dx = showDigits(x);
  const dy = showDigits(y);
  const outcome = outcomeMaker('dob', explain);
  const sameYear = x.slice(0, 4) === y.slice(0, 4);
  const sameYearMonth = x.length >= 6 && y.length >= 6 && x.slice(0, 6) === y.slice(0, 6);
  if (x.length === 8 && y.length === 8) {
    if (x === y) return outcome('exact', () => `the same (${dx})`);
    if (sameYear && x.slice(4, 6) === y.slice(6, 8) && x.slice(6, 8) === y.slice(4, 6)) {
      return outcome('transposed', () => `day and month transposed (${dx} and ${dy})`);
    }
    const digits = digitsDiffering(x, y);
    if (digits === 1) return outcome('one-digit', () => `differ by one digit, a likely typing error (${dx} and ${dy})`);
    if (sameYearMonth) return outcome('year-month', () => `same year and month (${dx} and ${dy})`);
    if (digits === 2) return outcome('two-digits', () => `differ in two digits (${dx} and ${dy})`);
    if (sameYear) return outcome('year', () => `same year only (${dx} and ${dy})`);
    return byYearsApart(outcome, Math.abs(yearsOf(x) - yearsOf(y)), dx, dy);
  }
  // At least one is partial: compare only what both recorded, at that precision (a year-only
  // date is never read as 1 January, so it neither agrees exactly nor differs by a day).
  const precision = Math.min(x.length, y.length);
  if (precision === 6 && sameYearMonth) {
    return outcome('to-month', () => `the same as far as both go (${dx} and ${dy}; the day is not recorded in both)`);
  }
  if (precision === 4 && sameYear) {
    return outcome('to-year', () => `the same year (${dx} and ${dy}; only the year is recorded in both)`);
  }
  // Disagreeing as far as both go: graded by the years, the precision both share.
  if (sameYear) return outcome('year', () => `same year only (${dx} and ${dy})`);
  return byYearsApart(outcome, Math.abs(Number(x.slice(0, 4)) - Number(y.slice(0, 4))), dx, dy);
}

/** An estimated age against a date of birth or another estimate (each at its own date). */
export function compareAge(
  a: PreparedPerson,
  b: PreparedPerson,
  referenceDate: PartialDate,
  explain = true,
): ComparisonOutcome | undefined {
  const estimateA = birthYearEstimate(a, referenceDate);
  const estimateB = birthYearEstimate(b, referenceDate);
  if (estimateA === undefined || estimateB === undefined) return undefined;
  if (a.approxAge === undefined && b.approxAge === undefined) return undefined;
  const gap = Math.abs(estimateA.year - estimateB.year);
  const level = gap <= 2 ? 'close' : gap <= 5 ? 'near' : 'far';
  const wording = { close: 'fit', near: 'roughly fit', far: 'do not fit' }[level];
  return outcomeMaker('age', explain)(
    level,
    () => `${estimateA.text} and ${estimateB.text} ${wording} (about ${String(gap)} years apart)`,
  );
}

function birthYearEstimate(
  person: PreparedPerson,
  referenceDate: PartialDate,
): { year: number; text: string } | undefined {
  if (person.dob !== undefined) {
    return { year: person.dob.year, text: `born ${formatPartialDate(person.dob)}` };
  }
  if (person.approxAge === undefined) return undefined;
  const on = person.ageRecordedOn ?? referenceDate;
  // Someone aged N on a date was born in that year minus N, or the year before.
  const year = on.year - person.approxAge - 0.5;
  return { year, text: `about ${String(person.approxAge)} on ${formatPartialDate(on)}` };
}

export function comparePostcode(a: PreparedPerson, b: PreparedPerson, explain = true): ComparisonOutcome | undefined {
  if (a.postcode === '' || b.postcode === '') return undefined;
  const outcome = outcomeMaker('postcode', explain);
  const x = a.ukPostcode;
  const y = b.ukPostcode;
  if (x !== undefined && y !== undefined) {
    if (x.unit !== undefined && x.unit === y.unit) return outcome('unit', () => `the same (${x.unit})`);
    if (x.sector !== undefined && x.sector === y.sector) return outcome('sector', () => `same sector ${x.sector}`);
    if (x.district === y.district) return outcome('district', () => `same district ${x.district}`);
    if (x.area === y.area) return outcome('area', () => `same area ${x.area} only`);
    return outcome('different', () => `different (${a.postcode} and ${b.postcode})`);
  }
  // Not UK postcodes (the FEBRL benchmark's are Australian): whole-string agreement only.
  if (a.postcode === b.postcode) return outcome('unit', () => `the same (${a.postcode})`);
  if (withinEditDistance(a.postcode, b.postcode, 1) || isAdjacentTransposition(a.postcode, b.postcode)) {
    return outcome('typo', () => `differ by one character or two swapped (${a.postcode} and ${b.postcode})`);
  }
  return outcome('different', () => `different (${a.postcode} and ${b.postcode})`);
}

function compareText(
  comparison: 'town' | 'street',
  x: string,
  y: string,
  similar: number,
  explain: boolean,
): ComparisonOutcome | undefined {
  if (x === '' || y === '') return undefined;
  const outcome = outcomeMaker(comparison, explain);
  if (x === y) return outcome('exact', () => `the same (${display(x)})`);
  if (jaroWinkler(x, y) >= similar) {
    return outcome('similar', () => `spelt similarly ('${display(x)}' and '${display(y)}')`);
  }
  return outcome('different', () => `different ('${display(x)}' and '${display(y)}')`);
}

export function compareEmail(a: PreparedPerson, b: PreparedPerson, explain = true): ComparisonOutcome | undefined {
  if (a.email === '' || b.email === '') return undefined;
  const outcome = outcomeMaker('email', explain);
  if (a.email === b.email) return outcome('exact', () => `the same (${a.email})`);
  // About one typing error in ten characters: two short addresses two letters apart ("h.k@sharp.com",
  // "f.j@sharp.com") are different people's initials, not a typo.
  const allowed = Math.min(2, Math.max(1, Math.floor(Math.min(a.email.length, b.email.length) / 10)));
  if (withinEditDistance(a.email, b.email, allowed)) {
    return outcome('similar', () => `differ by a character or two (${a.email} and ${b.email})`);
  }
  // As Splink's e-mail comparison: the same user name at another domain, then user names spelt
  // alike. Only user names long enough to say something (as for the email_user blocking key):
  // a shared domain alone is not a sign, nor are two people's initials.
  const userA = a.email.split('@')[0] ?? '';
  const userB = b.email.split('@')[0] ?? '';
  if (Math.min(userA.length, userB.length) >= 4) {
    if (userA === userB) {
      return outcome('user', () => `the same user name at different domains (${a.email} and ${b.email})`);
    }
    if (jaroWinkler(userA, userB) >= 0.88) {
      return outcome('close', () => `user names spelt alike (${a.email} and ${b.email})`);
    }
  }
  return outcome('different', () => `different (${a.email} and ${b.email})`);
}
