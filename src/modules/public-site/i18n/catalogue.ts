import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { accentText, pseudoLocale, pseudoLocalise } from './pseudo.ts';
import { monthNames } from '../../../labels/index.ts';

// The public site's message catalogues (ADR 47): one JSON file per locale in locales/, keys
// grouped by page ("home.title"), values in ICU MessageFormat (plurals, selects). English is
// the source; any key a catalogue lacks falls back to English, so a half-translated catalogue
// shows English for the missing texts, never a key. The pseudo locale (en-XA) is generated
// from English at load time: every text accented and bracketed, for the test that proves no
// template holds English of its own.

export const defaultLocale = 'en';
export const localesDir = join(import.meta.dirname, 'locales');

/** Languages written right to left (ISO 639-1 codes); the page gets dir="rtl". */
const rightToLeft = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'ckb', 'sd']);

type Messages = ReadonlyMap<string, string>;

function flatten(tree: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (typeof tree === 'string') {
    into.set(prefix, tree);
  } else if (tree !== null && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      if (key.startsWith('_')) continue; // "_comment" notes for translators
      flatten(value, prefix === '' ? key : `${prefix}.${key}`, into);
    }
  }
  return into;
}

function readCatalogue(file: string): Messages {
  return flatten(JSON.parse(readFileSync(join(localesDir, file), 'utf8')), '', new Map());
}

function loadCatalogues(): ReadonlyMap<string, Messages> {
  const catalogues = new Map<string, Messages>();
  for (const file of readdirSync(localesDir).sort()) {
    if (file.endsWith('.json')) catalogues.set(file.slice(0, -'.json'.length), readCatalogue(file));
  }
  const english = catalogues.get(defaultLocale);
  if (!english) throw new Error(`The English catalogue ${defaultLocale}.json is missing`);
  catalogues.set(pseudoLocale, new Map([...english].map(([key, message]) => [key, pseudoLocalise(message)])));
  return catalogues;
}

const catalogues = new Map(loadCatalogues());

/**
 * Adds (or replaces) a locale's messages at run time: a catalogue kept outside locales/, or a
 * stand-in one in a test (a right-to-left layout before its translation exists).
 */
export function addCatalogue(locale: string, messages: ReadonlyMap<string, string>): void {
  catalogues.set(locale, messages);
  for (const key of [...compiled.keys()]) if (key.startsWith(`${locale}\u0000`)) compiled.delete(key);
}

/** The locales with a catalogue, English first; the pseudo locale only when asked for. */
export function availableLocales(options: { pseudo?: boolean } = {}): readonly string[] {
  return [...catalogues.keys()]
    .filter((locale) => options.pseudo === true || locale !== pseudoLocale)
    .sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : a.localeCompare(b)));
}

export function hasLocale(locale: string): boolean {
  return catalogues.has(locale);
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

// Every reply's layout names every language (the switcher): an Intl.DisplayNames built each time
// was 1.5% of the server's time sending reports (bench/intake.ts profile, issue 19).
const languageNames = new Map<string, string>();

/** A language's own name for itself ("Polski"), for the language switcher. */
export function languageName(locale: string): string {
  if (locale === pseudoLocale) return 'Ƥšéûðö';
  const known = languageNames.get(locale);
  if (known !== undefined) return known;
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  const named = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  languageNames.set(locale, named);
  return named;
}

/** Every key of the English catalogue (the tests check each locale against it). */
export function catalogueKeys(locale = defaultLocale): readonly string[] {
  return [...(catalogues.get(locale)?.keys() ?? [])];
}

export function hasMessage(key: string, locale = defaultLocale): boolean {
  return catalogues.get(locale)?.has(key) === true;
}

// Compiled messages, cached per locale and key: parsing ICU is far slower than formatting.
const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: string, key: string): IntlMessageFormat | undefined {
  const cacheKey = `${locale}\u0000${key}`;
  const cached = compiled.get(cacheKey);
  if (cached) return cached;
  const source = catalogues.get(locale)?.get(key);
  if (source === undefined) return undefined;
  // Plural rules of the pseudo locale are English's. Tags are text: markup in a message is
  // the catalogue's own (see tHtml), never parsed as ICU rich-text elements.
  const format = new IntlMessageFormat(source, locale === pseudoLocale ? defaultLocale : locale, undefined, {
    ignoreTag: true,
  });
  compiled.set(cacheKey, format);
  return format;
}

export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * The message `key` in `locale` (falling back to English), formatted with `values`. A key no
 * catalogue has throws: a template naming a missing key is a bug the tests must catch.
 */
export function translate(locale: string, key: string, values: MessageValues = {}): string {
  const format = compile(locale, key) ?? compile(defaultLocale, key);
  if (!format) throw new Error(`No message "${key}" in the public site's catalogue`);
  const result = format.format(values);
  return Array.isArray(result) ? result.join('') : String(result);
}

/** The label of a code in a vocabulary ("vocab.reportCategories.vehicle"), or the English given. */
export function translateLabel(locale: string, vocabulary: string, code: string, english: string): string {
  const key = `vocab.${vocabulary}.${code}`;
  return hasMessage(key) || hasMessage(key, locale) ? translate(locale, key) : english;
}

// Texts the report journey's TypeScript defines (page titles, field errors, vocabulary labels,
// check-your-answers keys) stay English in the code, where the staff phone channel and the tests
// read them; the English catalogue holds each one too, and this index finds its key, so the
// public pages show it in the visitor's language. A text no key has is shown as it is: the
// pseudo-locale test fails on it.
let sourceIndex: ReadonlyMap<string, string> | undefined;

function englishToKey(): ReadonlyMap<string, string> {
  if (sourceIndex) return sourceIndex;
  const index = new Map<string, string>();
  for (const [key, message] of catalogues.get(defaultLocale) ?? []) {
    if (!key.endsWith('Html') && !message.includes('{') && !index.has(message)) index.set(message, key);
  }
  sourceIndex = index;
  return index;
}

/**
 * Texts the journey's code builds around a value: each pattern names its catalogue key and
 * the values it takes ("field" is itself a text of the code, translated in turn).
 */
const patterns: readonly { readonly pattern: RegExp; readonly key: string; readonly names: readonly string[] }[] = [
  { pattern: /^(.+) must be (\d+) characters or fewer$/su, key: 'errors.tooLong', names: ['field', 'max'] },
  { pattern: /^(.+) must include a month and year$/su, key: 'errors.dateNeedsMonthYear', names: ['field'] },
  { pattern: /^(.+) must include a year$/su, key: 'errors.dateNeedsYear', names: ['field'] },
  {
    pattern: /^(.+) must be a real date: the month is a number from 1 to 12$/su,
    key: 'errors.dateMonthRange',
    names: ['field'],
  },
  { pattern: /^(.+): the year must have 4 numbers, like 2026$/su, key: 'errors.dateYearDigits', names: ['field'] },
  { pattern: /^(.+) must be in 2000 or later$/su, key: 'errors.dateFrom2000', names: ['field'] },
  { pattern: /^(.+) must be a real date$/su, key: 'errors.dateReal', names: ['field'] },
  { pattern: /^(.+) must be today or in the past$/su, key: 'errors.dateNotFuture', names: ['field'] },
  { pattern: /^Use ‘(.*)’ as I typed it$/su, key: 'journey.where.useAsTyped', names: ['typed'] },
  {
    pattern: /^We could not find ‘(.*)’ in St Albans district\. Choose a street, or use what you typed$/su,
    key: 'errors.streetNotFound',
    names: ['typed'],
  },
  // Check-your-answers lines ("text" is an answer: translated when it is one of the code's texts).
  { pattern: /^Number (\d+): (.*)$/su, key: 'journey.summary.phoneNumber', names: ['n', 'text'] },
  { pattern: /^Message: (.*)$/su, key: 'journey.summary.message', names: ['text'] },
  { pattern: /^Vehicle (\d+): (.*)$/su, key: 'journey.summary.vehicle', names: ['n', 'text'] },
  { pattern: /^Registration: (.*)$/su, key: 'journey.summary.registration', names: ['text'] },
  { pattern: /^Person (\d+)$/su, key: 'journey.summary.person', names: ['n'] },
  { pattern: /^Names or nicknames: (.*)$/su, key: 'journey.summary.names', names: ['text'] },
  { pattern: /^Age: (.*)$/su, key: 'journey.summary.age', names: ['text'] },
  { pattern: /^(\d+) photo\(s\) added$/su, key: 'journey.summary.photosAdded', names: ['n'] },
  // "You said, we did": a priorities period, "March to June 2026".
  { pattern: /^(\p{L}+(?: \d{4})?) to (\p{L}+ \d{4})$/su, key: 'youSaid.periodName', names: ['start', 'end'] },
  {
    pattern: /^(.*) \(not in our list of St Albans district streets\)$/su,
    key: 'journey.summary.streetNotListed',
    names: ['text'],
  },
];

const bareMonth = new RegExp(`^(${monthNames.join('|')})$`, 'u');
const partialDate = new RegExp(`^(?:(\\d{1,2}) )?(${monthNames.join('|')}) (\\d{4})$`, 'u');

/** "3 March 2026" or "March 2026" (formatPartialDate) in the locale's own words. */
function translateDate(locale: string, english: string): string | undefined {
  const formatLocale = locale === pseudoLocale ? defaultLocale : locale;
  const alone = bareMonth.exec(english)?.[1];
  if (alone !== undefined) {
    const date = new Date(Date.UTC(2026, monthNames.indexOf(alone), 1));
    return new Intl.DateTimeFormat(formatLocale, { month: 'long', timeZone: 'UTC' }).format(date);
  }
  const match = partialDate.exec(english);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const date = new Date(Date.UTC(Number(year), monthNames.indexOf(month ?? ''), day === undefined ? 1 : Number(day)));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(formatLocale, options).format(date);
}

/** An English text from the journey's code, in `locale` when the catalogue has it. */
export function translateSource(locale: string, english: string): string {
  if (locale === defaultLocale) return english;
  const key = englishToKey().get(english);
  if (key !== undefined) return translate(locale, key);
  for (const { pattern, key: patternKey, names } of patterns) {
    const match = pattern.exec(english);
    if (!match) continue;
    const values: MessageValues = Object.fromEntries(
      names.map((name, index): [string, string | number] => {
        const value = match[index + 1] ?? '';
        if (name === 'max' || name === 'n') return [name, Number(value)];
        const translated = ['field', 'text', 'start', 'end'].includes(name);
        return [name, translated ? translateSource(locale, value) : value];
      }),
    );
    return translate(locale, patternKey, values);
  }
  const date = translateDate(locale, english);
  if (date === undefined) return english;
  return locale === pseudoLocale ? `[${accentText(date)}]` : date;
}
