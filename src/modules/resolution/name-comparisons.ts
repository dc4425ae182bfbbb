import type { ComparisonOutcome } from './comparison-levels.ts';
import { areGivenNameVariants, formalGivenNames } from './given-name-variants.ts';
import type { PreparedPerson } from './person-record.ts';
import { jaroWinkler, withinEditDistance } from '../../platform/text/string-similarity.ts';

// Thresholds: Jaro-Winkler 0.92 is where single typing errors in names of 4+ letters land;
// 0.8 still catches most two-error spellings while leaving most different names below.
const typoSimilarity = 0.92;
const looseSimilarity = 0.8;
/** Between the two: most single errors in short names, few different names of the same length. */
const closeSimilarity = 0.88;

export function display(name: string): string {
  return name.replace(/(^|[ -])([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * Builds an outcome; the detail is written only when an explanation is wanted, because the
 * benchmark and training score hundreds of thousands of pairs nobody reads.
 */
export function outcomeMaker(comparison: ComparisonOutcome['comparison'], explain: boolean) {
  return (level: ComparisonOutcome['level'], detail: () => string): ComparisonOutcome => ({
    comparison,
    level,
    detail: explain ? detail() : '',
  });
}

function isTypo(a: string, b: string, similarity: number): boolean {
  return similarity >= typoSimilarity || (Math.min(a.length, b.length) >= 4 && withinEditDistance(a, b, 1));
}

function soundAlike(a: readonly string[], b: readonly string[]): boolean {
  return a.some((code) => b.includes(code));
}

function compareFirst(a: PreparedPerson, b: PreparedPerson, explain: boolean): ComparisonOutcome | undefined {
  const x = a.first;
  const y = b.first;
  if (x === '' || y === '') return undefined;
  const dx = () => display(x);
  const dy = () => display(y);
  const outcome = outcomeMaker('firstName', explain);
  if (x === y) return outcome('exact', () => `'${dx()}' is the same in both`);
  if (areGivenNameVariants(x, y)) {
    if (a.formalFirst.includes(y)) return outcome('variant', () => `'${dx()}' is a known short form of '${dy()}'`);
    if (b.formalFirst.includes(x)) return outcome('variant', () => `'${dy()}' is a known short form of '${dx()}'`);
    return outcome('variant', () => `'${dx()}' and '${dy()}' are known forms of the same name`);
  }
  const similarity = jaroWinkler(x, y);
  if (isTypo(x, y, similarity)) {
    return outcome('typo', () => `'${dx()}' and '${dy()}' differ by what looks like a typing error`);
  }
  if (similarity >= closeSimilarity) return outcome('close', () => `'${dx()}' and '${dy()}' are spelt very similarly`);
  if (b.middle.includes(x)) return outcome('middle', () => `'${dx()}' is a middle name in the other record`);
  if (a.middle.includes(y)) return outcome('middle', () => `'${dy()}' is a middle name in this record`);
  if (soundAlike(a.firstCodes, b.firstCodes)) return outcome('phonetic', () => `'${dx()}' and '${dy()}' sound alike`);
  if (similarity >= looseSimilarity) return outcome('similar', () => `'${dx()}' and '${dy()}' are spelt similarly`);
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) {
    return outcome('initial', () => `only the initial '${x[0]?.toUpperCase() ?? ''}' can be compared`);
  }
  return outcome('different', () => `'${dx()}' and '${dy()}' are different names`);
}

function compareSurname(a: PreparedPerson, b: PreparedPerson, explain: boolean): ComparisonOutcome | undefined {
  const x = a.surnameCompact;
  const y = b.surnameCompact;
  if (x === '' || y === '') return undefined;
  const dx = () => display(a.surname);
  const dy = () => display(b.surname);
  const outcome = outcomeMaker('surname', explain);
  if (x === y) return outcome('exact', () => `'${dx()}' is the same in both`);
  const partsA = a.surname.split(' ');
  const partsB = b.surname.split(' ');
  if ((partsA.length > 1 || partsB.length > 1) && partsA.some((part) => partsB.includes(part))) {
    return outcome('part', () => `'${dx()}' and '${dy()}' share part of a double-barrelled name`);
  }
  const similarity = jaroWinkler(x, y);
  if (isTypo(x, y, similarity)) {
    return outcome('typo', () => `'${dx()}' and '${dy()}' differ by what looks like a typing error`);
  }
  if (similarity >= closeSimilarity) return outcome('close', () => `'${dx()}' and '${dy()}' are spelt very similarly`);
  if (soundAlike(a.surnameCodes, b.surnameCodes)) {
    return outcome('phonetic', () => `'${dx()}' and '${dy()}' sound alike`);
  }
  if (similarity >= looseSimilarity) return outcome('similar', () => `'${dx()}' and '${dy()}' are spelt similarly`);
  return outcome('different', () => `'${dx()}' and '${dy()}' are different surnames`);
}

const strongLevels = new Set(['exact', 'variant', 'typo']);
/** Levels that still point to one name mistyped, not two different names. */
const goodLevels = new Set(['exact', 'variant', 'typo', 'close', 'part']);

/** A quick test that two names could be the same (exact, known variant or typo), before comparing in full. */
function couldBeSame(x: string, y: string): boolean {
  return x === y || areGivenNameVariants(x, y) || isTypo(x, y, jaroWinkler(x, y));
}

/**
 * First name and surname, allowing for the two being swapped ("Hall Isla" for "Isla Hall"),
 * a common slip when a name is read out or copied from a surname-first list, and for a name
 * put in the wrong slot when the other is missing ("Holly" as a first name against the
 * surname of "Thomson Holly").
 */
export function compareNames(a: PreparedPerson, b: PreparedPerson, explain = true): ComparisonOutcome[] {
  const direct = [compareFirst(a, b, explain), compareSurname(a, b, explain)].filter((o) => o !== undefined);
  const strong = (outcomes: readonly ComparisonOutcome[]) =>
    outcomes.filter((outcome) => strongLevels.has(outcome.level)).length;
  const good = (outcomes: readonly ComparisonOutcome[]) =>
    outcomes.filter((outcome) => goodLevels.has(outcome.level)).length;
  const directStrong = strong(direct);
  if (directStrong === 2) return direct;
  // Only worth comparing crosswise when a name could be the other record's other name.
  const firstAsSurname = a.first !== '' && b.surname !== '' && couldBeSame(a.first, b.surnameCompact);
  const surnameAsFirst = a.surname !== '' && b.first !== '' && couldBeSame(a.surnameCompact, b.first);
  if (!firstAsSurname && !surnameAsFirst) return direct;
  const swapped = swapNames(b);
  const crossed = [compareFirst(a, swapped, explain), compareSurname(a, swapped, explain)].filter(
    (outcome) => outcome !== undefined,
  );
  // Swapped when every crossed name still resembles the other (a typing error in a swapped name is
  // as likely as in any other: "Fdedrie Bailey" and "Bailey Freddie"), and more of them agree
  // crossed than compared as given.
  const resembles = crossed.every((outcome) => outcome.level !== 'different' && outcome.level !== 'initial');
  if (crossed.length === 0 || !resembles || good(crossed) <= good(direct)) return direct;
  return crossed.map((outcome) => ({
    ...outcome,
    detail: explain ? `${outcome.detail}, once first name and surname are swapped` : '',
    crossed: true,
  }));
}

function swapNames(person: PreparedPerson): PreparedPerson {
  return {
    ...person,
    first: person.surnameCompact,
    surname: person.first,
    surnameCompact: person.first.replace(/ /g, ''),
    firstCodes: person.surnameCodes,
    surnameCodes: person.firstCodes,
    formalFirst: formalGivenNames(person.surnameCompact),
  };
}

/** Nicknames and street names: one shared, or one used as the other record's first name. */
export function compareAliases(a: PreparedPerson, b: PreparedPerson, explain = true): ComparisonOutcome | undefined {
  if (a.aliases.length === 0 && b.aliases.length === 0) return undefined;
  const outcome = outcomeMaker('alias', explain);
  const shared = a.aliases.find((alias) => b.aliases.includes(alias));
  if (shared !== undefined) return outcome('match', () => `both are known as '${display(shared)}'`);
  const asFirstName = a.aliases.find((alias) => alias === b.first) ?? b.aliases.find((alias) => alias === a.first);
  if (asFirstName !== undefined) {
    return outcome(
      'match',
      () => `'${display(asFirstName)}' is a nickname in one record and the first name in the other`,
    );
  }
  if (a.aliases.length === 0 || b.aliases.length === 0) return undefined;
  return outcome('different', () => 'no nickname in common');
}
