import nunjucks from 'nunjucks';
import { defaultLocale, translate, translateLabel, type MessageValues } from './catalogue.ts';
import { withLang } from './locale.ts';

// The catalogue in the templates. Autoescaping stays on:
//   t('key', {vars})      a plain-text message; Nunjucks escapes it (and so the variables) on output.
//   tHtml('key', {vars})  a message with the catalogue's own markup (links, <strong>): the
//                         variables are escaped first, then the message is marked safe. Only the
//                         catalogue's text is ever markup, never a value a visitor sent.
//   label('vocabulary', code, english)  a code's label from the report vocabulary.
//   url('/path')          the address in the page's language.
// The language is the render context's `locale` (reply.locals, set per request).

type TemplateThis = { ctx?: Record<string, unknown> };

function localeOf(self: TemplateThis | undefined): string {
  const locale = self?.ctx?.locale;
  return typeof locale === 'string' ? locale : defaultLocale;
}

function escapedValues(values: MessageValues | undefined): MessageValues {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : nunjucks.lib.escape(String(value)),
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
  return env;
}
