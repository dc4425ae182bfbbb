import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditActor } from '../../platform/audit/audit-event.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { renderPage } from '../../platform/http/views.ts';
import { explicitLocale, replyLocale, setReplyLocale, translateSource, withLang } from '../public-site/index.ts';
import type { ReceiptSignIn, ReportChannel, ReportMessagesService, ReportService } from '../reports/index.ts';
import type { JourneySession, JourneySessions } from './journey-session.ts';
import type { JourneyLimits } from './limits.ts';
import type { FieldError } from './pages/page.ts';
import type { ProofOfWork } from './proof-of-work.ts';
import type { StreetLookup } from './street-lookup.ts';
import type { DraftSubmitter } from './submit.service.ts';

/**
 * The services the journey uses (a slice of the application's services). No database handle and
 * no key: storing a report is a function (submitDraft) and the proof-of-work key stays inside the
 * factory that signs puzzles (proofOfWorkFor).
 */
export type JourneyDeps = {
  readonly clock: Clock;
  readonly submitDraft: DraftSubmitter;
  readonly sessions: JourneySessions;
  readonly reports: ReportService;
  readonly reportMessages: ReportMessagesService;
  readonly receiptSignIn: ReceiptSignIn;
  readonly streets: StreetLookup;
  readonly proofOfWorkFor: (bits: number) => ProofOfWork;
};

/** How one mount of the journey behaves: the public site, or the phone channel on the staff site. */
export type JourneySettings = {
  readonly channel: ReportChannel;
  /** Where it is mounted, e.g. "/report"; also the cookie's Path. */
  readonly prefix: string;
  readonly cookieName: string;
  /** Adds Secure to the cookie; on whenever the site is served over HTTPS. */
  readonly secureCookie: boolean;
  readonly limits: JourneyLimits;
  /** The phone channel's guard: answers the call handler, or throws 401/403. */
  readonly authorise?: (request: FastifyRequest) => { readonly userId: string };
  /** Whether the receipt inbox is mounted here (the public site only). */
  readonly followUp: boolean;
  /** The public site's address as reporters see it, written into the downloadable receipt. */
  readonly publicBaseUrl?: string;
  /** Where the quick exit sends the visitor (the web channel only; tests answer it locally). */
  readonly quickExitUrl?: string;
};

export type Limiter = (request: FastifyRequest) => Promise<boolean>;

export type JourneyContext = JourneyDeps &
  JourneySettings & {
    readonly proofOfWork: ProofOfWork;
    readonly limiters: Readonly<Record<keyof Omit<JourneyLimits, 'proofOfWorkBits'>, Limiter>>;
  };

// The session cookie holds only a random token. It is HttpOnly, SameSite=Strict, scoped to
// the journey's path and has no Max-Age or Expires: the browser forgets it when it closes.
export function setSessionCookie(reply: FastifyReply, context: JourneyContext, token: string): void {
  reply.header(
    'set-cookie',
    `${context.cookieName}=${token}; Path=${context.prefix}; HttpOnly; SameSite=Strict${context.secureCookie ? '; Secure' : ''}`,
  );
}

export function clearSessionCookie(reply: FastifyReply, context: JourneyContext): void {
  reply.header(
    'set-cookie',
    `${context.cookieName}=; Path=${context.prefix}; HttpOnly; SameSite=Strict; Max-Age=0${context.secureCookie ? '; Secure' : ''}`,
  );
}

/** Reads only the journey's own cookie; no other cookie is ever looked at. */
export function sessionToken(request: FastifyRequest, context: JourneyContext): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const [name, ...rest] = pair.trim().split('=');
    if (name === context.cookieName) return rest.join('=');
  }
  return undefined;
}

/**
 * The visitor's session, if they have a live one on this channel (and, by phone, it is theirs).
 * Given a transaction, the session's row is read in it and locked until it ends.
 */
export async function currentSession(
  request: FastifyRequest,
  context: JourneyContext,
  lockIn?: DbOrTx,
): Promise<JourneySession | undefined> {
  const token = sessionToken(request, context);
  if (token === undefined) return undefined;
  const session = await context.sessions.load(token, lockIn, { forUpdate: lockIn !== undefined });
  if (session?.state.channel !== context.channel) return undefined;
  const owner = context.authorise?.(request).userId ?? null;
  if (session.state.ownerUserId !== owner) return undefined;
  rememberLocale(request, session);
  return session;
}

// The session keeps the language once a journey starts (ADR 47): a language named in the
// address replaces it (saved with the session's next save); otherwise the session's is used.
const sessionLocales = new WeakMap<FastifyRequest, string>();

export function rememberLocale(request: FastifyRequest, session: JourneySession): void {
  const explicit = explicitLocale(request);
  if (explicit !== undefined) session.state.locale = explicit;
  else if (session.state.locale !== undefined) sessionLocales.set(request, session.state.locale);
}

/** The language a journey reply is in: the address's, else the session's, else English. */
export function journeyLocale(reply: FastifyReply): string {
  const kept = sessionLocales.get(reply.request);
  if (kept !== undefined && replyLocale(reply) !== kept) setReplyLocale(reply, kept);
  return replyLocale(reply);
}

export function actorFor(request: FastifyRequest, context: JourneyContext): AuditActor {
  return context.authorise ? { type: 'staff', id: context.authorise(request).userId } : { type: 'public' };
}

export const formTokenRefused = 'The form token is missing or wrong';

/** Every form on the journey carries the session's synchroniser token. */
export function checkCsrf(session: JourneySession, values: Readonly<Record<string, unknown>>): void {
  const sent = values._csrf;
  if (typeof sent !== 'string' || sent !== session.state.csrf) {
    throw new AppError('forbidden', formTokenRefused);
  }
}

/** GOV.UK error summary and inline errors from field errors. */
export function errorView(errors: readonly FieldError[]) {
  return {
    errors: Object.fromEntries(errors.map((error) => [error.field, error.message])),
    errorList: errors.map((error) => ({ text: error.message, href: `#${error.target ?? error.field}` })),
  };
}

const channelTaglines = {
  web: undefined,
  phone: 'Staff: key a report taken by phone',
  partner: 'Partner agencies: make a referral',
} as const;

export function renderJourney(
  reply: FastifyReply,
  context: JourneyContext,
  template: string,
  data: Record<string, unknown>,
  status = 200,
): FastifyReply {
  const locale = journeyLocale(reply);
  return renderPage(
    reply,
    template,
    {
      prefix: context.prefix,
      channel: context.channel,
      isPhone: context.channel === 'phone',
      isPartner: context.channel === 'partner',
      // Keyed by someone signed in on the staff site: no quick exit, no receipt inbox, staff wording.
      isStaffChannel: context.channel !== 'web',
      homeHref: context.channel === 'web' ? '/' : context.prefix,
      headerTagline: channelTaglines[context.channel],
      errors: {},
      errorList: [],
      ...data,
      ...translatedTexts(locale, data),
    },
    status,
  );
}

/** Error messages and the page title come from the journey's code in English: shown in the page's language. */
function translatedTexts(locale: string, data: Record<string, unknown>): Record<string, unknown> {
  const texts: Record<string, unknown> = {};
  const { errors, errorList, page } = data as {
    errors?: Record<string, string>;
    errorList?: { text: string; href: string }[];
    page?: { id: string; title: string };
  };
  if (errors) {
    texts.errors = Object.fromEntries(
      Object.entries(errors).map(([field, text]) => [field, translateSource(locale, text)]),
    );
  }
  if (errorList) texts.errorList = errorList.map((error) => ({ ...error, text: translateSource(locale, error.text) }));
  if (page) texts.page = { ...page, title: translateSource(locale, page.title) };
  return texts;
}

/** Post/Redirect/Get, in the page's language: the address carries it on. */
export function redirect(reply: FastifyReply, location: string): FastifyReply {
  const locale = journeyLocale(reply);
  return reply.header('cache-control', 'no-store').redirect(withLang(location, locale), 303);
}
