import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { availableLocales, defaultLocale, hasLocale, languageName, textDirection } from './catalogue.ts';
import { pseudoLocale } from './pseudo.ts';

// The visitor's language (ADR 47): `?lang=pl` on any public address, English without it. No
// cookie and no Accept-Language: the choice is in the address, so it works without JavaScript
// and before a report starts. Once a report journey starts, its session keeps the language
// (public-report reads and sets it through setReplyLocale). Every link, form action and
// redirect the site makes carries the choice on (withLang).

export const langParameter = 'lang';

export type LocaleOptions = { readonly pseudo: boolean };

/** The language named in the request's address, if it is one this site has. */
export function requestedLocale(request: FastifyRequest, options: LocaleOptions): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[langParameter];
  const lang: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof lang !== 'string') return undefined;
  if (lang === pseudoLocale && !options.pseudo) return undefined;
  return hasLocale(lang) ? lang : undefined;
}

/** `path` with the language added (or replaced); English adds nothing, so its addresses are unchanged. */
export function withLang(path: string, locale: string | undefined): string {
  const hashAt = path.indexOf('#');
  const hash = hashAt === -1 ? '' : path.slice(hashAt);
  const beforeHash = hashAt === -1 ? path : path.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  params.delete(langParameter);
  if (locale !== undefined && locale !== defaultLocale) params.set(langParameter, locale);
  const query = params.toString();
  return `${pathname}${query === '' ? '' : `?${query}`}${hash}`;
}

export type LanguageLink = {
  readonly locale: string;
  readonly name: string;
  readonly href: string;
  readonly current: boolean;
};

/** What every page's layout needs about the language: lang, dir and the switcher's links. */
export function localeLocals(locale: string, path: string) {
  return {
    locale,
    htmlLang: locale === defaultLocale ? 'en-GB' : locale,
    htmlDir: textDirection(locale),
    languages: availableLocales().map((each): LanguageLink => ({
      locale: each,
      name: languageName(each),
      href: withLang(path, each),
      current: each === locale,
    })),
  };
}

/** Sets the language a reply renders and redirects in (the journey's session may override the address). */
export function setReplyLocale(reply: FastifyReply, locale: string): void {
  const path = reply.request.method === 'GET' ? reply.request.url : (reply.request.url.split('?')[0] ?? '/');
  reply.locals = { ...reply.locals, ...localeLocals(locale, path) };
}

/** The language a reply is being made in. */
export function replyLocale(reply: FastifyReply): string {
  const locale = (reply.locals as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' ? locale : defaultLocale;
}

// The language the request's address names, kept for the journey (which otherwise uses its session's).
const explicitLocales = new WeakMap<FastifyRequest, string>();

/** The language the address names (?lang=), if any; only the public listener reads one. */
export function explicitLocale(request: FastifyRequest): string | undefined {
  return explicitLocales.get(request);
}

/** The public listener: each request's language from its address, English by default. */
export function registerLocale(app: FastifyInstance, options: LocaleOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    const requested = requestedLocale(request, options);
    if (requested !== undefined) explicitLocales.set(request, requested);
    setReplyLocale(reply, requested ?? defaultLocale);
  });
}

// @fastify/view merges reply.locals into every template's context; its types do not name it.
declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyReply {
    locals: Record<string, unknown> | null;
  }
}
