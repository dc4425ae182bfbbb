import nunjucks from 'nunjucks';
import { defaultLocale, translate, translateLabel, translateSource, type MessageValues } from './catalogue.ts';
import { withLang } from './locale.ts';
import { accentText, pseudoLocale } from './pseudo.ts';

// The catalogue in the templates. Autoescaping stays on:
//   t('key', {vars})      a plain-text message; Nunjucks escapes it (and so the variables) on output.
//   tHtml('key', {vars})  a message with the catalogue's own markup (links, <strong>): the
//                         variables are escaped first, then the message is marked safe. Only the
//                         catalogue's text is ever markup, never a value a visitor sent.
//   label('vocabulary', code, english)  a code's label from the report vocabulary.
//   url('/path')          the address in the page's language.
//   text | tr             an English text from the journey's code (a page title, a label), translated.
//   items | trItems       GOV.UK radio, checkbox and select items with their texts and hints translated.
//   texts | trList        a list of such texts joined as the language joins a list ("a, b and c").
// The language is the render context's `locale` (reply.locals, set per request).

type TemplateThis = { ctx?: Record<string, unknown> };

function localeOf(self: TemplateThis | undefined): string {
  const locale = self?.ctx?.locale;
  return typeof locale === 'string' ? locale : defaultLocale;
}

const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The same escaping Nunjucks' autoescape applies. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);
}

function escapedValues(values: MessageValues | undefined): MessageValues {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([name, value]) => [
      name,
      // A value may be a Nunjucks SafeString (a url()): its text is escaped like any other.
      typeof value === 'number' ? value : escapeHtml(String(value as unknown)),
    ]),
  );
}

export function addTranslationGlobals(env: nunjucks.Environment): nunjucks.Environment {
  env.addGlobal('t', function (this: TemplateThis, key: string, values?: MessageValues) {
    return translate(localeOf(this), key, values ?? {});
  });
  env.addGlobal('tHtml', function (this: TemplateThis, key: string, values?: MessageValues) {
    return new nunjucks.runtime.SafeString(translate(localeOf(this), key, escapedValues(values)));
  });
  env.addGlobal('label', function (this: TemplateThis, vocabulary: string, code: string, english: string) {
    return translateLabel(localeOf(this), vocabulary, code, english);
  });
  env.addGlobal('url', function (this: TemplateThis, path: string) {
    return withLang(path, localeOf(this));
  });
  env.addFilter('tr', function (this: TemplateThis, text: unknown) {
    return typeof text === 'string' ? translateSource(localeOf(this), text) : text;
  });
  env.addFilter('trItems', function (this: TemplateThis, items: unknown) {
    return Array.isArray(items) ? items.map((item: unknown) => translateItem(localeOf(this), item)) : items;
  });
  env.addFilter('trList', function (this: TemplateThis, texts: unknown) {
    if (!Array.isArray(texts)) return texts;
    const locale = localeOf(this);
    const list = texts.map((text) => translateSource(locale, String(text)));
    const parts = new Intl.ListFormat(locale === pseudoLocale ? 'en-GB' : locale, {
      type: 'conjunction',
    }).formatToParts(list);
    return parts
      .map((part) => (part.type === 'literal' && locale === pseudoLocale ? accentText(part.value) : part.value))
      .join('');
  });
  return env;
}

type Item = { text?: unknown; hint?: { text?: unknown }; divider?: unknown };

function translateItem(locale: string, item: unknown): unknown {
  if (item === null || typeof item !== 'object') return item;
  const { text, hint, divider } = item as Item;
  return {
    ...item,
    ...(typeof text === 'string' ? { text: translateSource(locale, text) } : {}),
    ...(typeof divider === 'string' ? { divider: translateSource(locale, divider) } : {}),
    ...(hint && typeof hint.text === 'string' ? { hint: { ...hint, text: translateSource(locale, hint.text) } } : {}),
  };
}
