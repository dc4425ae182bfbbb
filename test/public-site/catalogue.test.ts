import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as disclosure from '../../src/labels/disclosure-labels.ts';
import * as reports from '../../src/modules/reports/index.ts';
import {
  availableLocales,
  catalogueKeys,
  localesDir,
  textDirection,
  translate,
  translateLabel,
  translateSource,
} from '../../src/modules/public-site/i18n/catalogue.ts';
import { withLang } from '../../src/modules/public-site/i18n/locale.ts';
import { pseudoLocale, pseudoLocalise } from '../../src/modules/public-site/i18n/pseudo.ts';
import { addTranslationGlobals, escapeHtml } from '../../src/modules/public-site/i18n/views.ts';
import nunjucks from 'nunjucks';

// Every value a message may name, given as 2 (a plural selects, a select falls to "other").
const placeholderValues = new Proxy({}, { get: () => 2, has: () => true, ownKeys: () => [] }) as Record<string, number>;

describe('the public site catalogue', () => {
  test('the vocabulary in the English catalogue is the code’s, word for word', () => {
    const english = JSON.parse(readFileSync(join(localesDir, 'en.json'), 'utf8')) as {
      vocab: Record<string, Record<string, unknown>>;
    };
    const code: Record<string, unknown> = { ...reports, ...disclosure };
    for (const [name, labels] of Object.entries(english.vocab)) {
      assert.deepEqual(labels, code[name], `vocab.${name} matches the code`);
    }
  });

  test('every catalogue parses, and has no key English lacks', () => {
    const keys = new Set(catalogueKeys());
    for (const file of readdirSync(localesDir).filter((name) => name.endsWith('.json'))) {
      const locale = file.slice(0, -'.json'.length);
      for (const key of catalogueKeys(locale)) {
        assert.ok(keys.has(key), `${file}: ${key} is not in en.json`);
        assert.doesNotThrow(() => translate(locale, key, placeholderValues), `${file}: ${key}`);
      }
    }
  });

  test('ICU plurals, fallback to English and an error for a missing key', () => {
    assert.equal(translate('en', 'journey.summary.photosAdded', { n: 1 }), '1 photo added');
    assert.equal(translate('en', 'journey.summary.photosAdded', { n: 3 }), '3 photos added');
    assert.equal(translate('xx-none', 'home.title'), 'Report drug dealing or exploitation');
    assert.throws(() => translate('en', 'home.noSuchKey'), /No message "home.noSuchKey"/);
  });

  test('pseudo-localisation accents text but keeps placeholders, plurals and tags', () => {
    assert.equal(pseudoLocalise('Hello {name}'), '[Ĥéļļö {name}]');
    assert.equal(
      pseudoLocalise('{n, plural, one {# day} other {# days}}'),
      '[{n, plural, one {# đàý} other {# đàýš}}]',
    );
    assert.equal(pseudoLocalise('<a href="{href}">Go</a>'), '[<a href="{href}">Ĝö</a>]');
    assert.equal(translate(pseudoLocale, 'journey.summary.photosAdded', { n: 2 }), '[2 ƥĥöţöš àđđéđ]');
    assert.ok(availableLocales({ pseudo: true }).includes(pseudoLocale));
    assert.ok(!availableLocales().includes(pseudoLocale));
  });

  test('texts from the journey’s code find their keys, values and all', () => {
    assert.equal(translateSource('en', 'Where is this happening?'), 'Where is this happening?');
    assert.equal(translateSource(pseudoLocale, 'Where is this happening?'), '[Ŵĥéŕé îš ţĥîš ĥàƥƥéñîñĝ?]');
    assert.equal(
      translateSource(pseudoLocale, 'The description must be 1000 characters or fewer'),
      '[[Ţĥé đéšçŕîƥţîöñ] ɱûšţ ƀé 1000 çĥàŕàçţéŕš öŕ ƒéŵéŕ]',
    );
    assert.equal(translateSource(pseudoLocale, 'Registration: AB12 C?E'), '[Ŕéĝîšţŕàţîöñ: AB12 C?E]');
    assert.equal(translateSource(pseudoLocale, 'typed by a visitor'), 'typed by a visitor');
    assert.doesNotMatch(translateSource(pseudoLocale, 'March to June 2026'), /[A-Za-z]/);
    assert.doesNotMatch(translateSource(pseudoLocale, 'November 2026 to February 2027'), /[A-Za-z]/);
    assert.equal(
      translateLabel(pseudoLocale, 'reportCategories', 'vehicle', 'x'),
      '[À ṽéĥîçļé ûšéð ƒöŕ ðŕûĝ ðéàļîñĝ]'.replace(/ð/g, 'đ'),
    );
  });

  test('right-to-left languages and addresses in a language', () => {
    assert.equal(textDirection('ar'), 'rtl');
    assert.equal(textDirection('ur'), 'rtl');
    assert.equal(textDirection('pl'), 'ltr');
    assert.equal(withLang('/report/about?change=1#photos', 'pl'), '/report/about?change=1&lang=pl#photos');
    assert.equal(withLang('/report?lang=pl', 'en'), '/report');
    assert.equal(withLang('/', undefined), '/');
  });

  test('templates escape variables, in plain and in marked-up messages', () => {
    const env = addTranslationGlobals(new nunjucks.Environment(null, { autoescape: true }));
    const evil = '<script>alert(1)</script>';
    const plain = env.renderString(
      '{{ t("info.help.serviceAskGp") }}|{{ t("journey.summary.message", { text: x }) }}',
      {
        x: evil,
        locale: 'en',
      },
    );
    assert.ok(!plain.includes('<script>'), plain);
    assert.ok(plain.includes(escapeHtml(evil)));
    const marked = env.renderString('{{ tHtml("info.help.servicePhoneHtml", { phone: x }) }}', {
      x: evil,
      locale: 'en',
    });
    assert.equal(marked, `Call <strong>${escapeHtml(evil)}</strong>.`);
  });
});
