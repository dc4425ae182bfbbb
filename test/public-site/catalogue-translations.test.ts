import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { reportLanguageLabels, reportLanguages } from '../../src/labels/report-languages.ts';

// Every catalogue (issue 20): each message parses as ICU with intl-messageformat in its own
// locale, each locale has exactly the English keys, every message keeps English's placeholders
// and HTML tags, and plurals use only the locale's own CLDR categories, with "other".

const dir = join(import.meta.dirname, '..', '..', 'src', 'modules', 'public-site', 'i18n', 'locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (key.startsWith('_')) continue; // notes for translators
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

const catalogues = new Map(
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.slice(0, -5), flatten(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree)]),
);
const english = catalogues.get('en') ?? new Map<string, string>();
const others = [...catalogues.keys()].filter((locale) => locale !== 'en');

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };
const argumentTypes = new Set([1, 2, 3, 4, 5, 6]); // argument, number, date, time, select, plural

/** Placeholder names (sorted, with duplicates) and the plural categories each plural uses. */
function shapeOf(message: string, locale: string) {
  const ast = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as Element[];
  const names: string[] = [];
  const plurals: string[][] = [];
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (argumentTypes.has(element.type) && element.value !== undefined) names.push(element.value);
      if (element.type === 6 && element.options) plurals.push(Object.keys(element.options));
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(ast);
  return { names: [...new Set(names)].sort(), plurals };
}

const tagsOf = (message: string) => (message.match(/<\/?[a-z]+/g) ?? []).sort();

describe('the public site catalogues', () => {
  it('has the English source and at least five other languages, each one a report language with a label', () => {
    assert.ok(english.size > 0, 'en.json is there');
    assert.ok(others.length >= 5, `five or more translations, found ${others.join(', ')}`);
    for (const locale of others) {
      assert.ok((reportLanguages as readonly string[]).includes(locale), `${locale} is in labels/report-languages.ts`);
    }
    assert.equal(reportLanguageLabels.ur.dir, 'rtl', 'Urdu is the right-to-left language');
  });

  for (const locale of ['en', ...others]) {
    it(`${locale}: every message parses, with its placeholders, tags and plural categories`, () => {
      const messages = catalogues.get(locale) ?? new Map<string, string>();
      const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      const problems: string[] = [];
      for (const [key, message] of messages) {
        let shape;
        try {
          shape = shapeOf(message, locale);
        } catch (error) {
          problems.push(`${key}: does not parse (${(error as Error).message})`);
          continue;
        }
        const source = english.get(key);
        if (source === undefined) {
          problems.push(`${key}: not in English`);
          continue;
        }
        const expected = shapeOf(source, 'en');
        if (shape.names.join() !== expected.names.join()) {
          problems.push(`${key}: placeholders ${shape.names.join()} but English has ${expected.names.join()}`);
        }
        if (tagsOf(message).join() !== tagsOf(source).join()) problems.push(`${key}: HTML tags differ from English`);
        for (const used of shape.plurals) {
          if (!used.includes('other')) problems.push(`${key}: a plural without "other"`);
          const unknown = used.filter((c) => !c.startsWith('=') && !categories.has(c as Intl.LDMLPluralRule));
          if (unknown.length > 0) problems.push(`${key}: ${unknown.join()} is not a plural category of ${locale}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  for (const locale of others) {
    it(`${locale}: has exactly the English keys`, () => {
      const keys = new Set(catalogues.get(locale)?.keys());
      const missing = [...english.keys()].filter((key) => !keys.has(key));
      const extra = [...keys].filter((key) => !english.has(key));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    });
  }
});
