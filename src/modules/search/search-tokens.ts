import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import { extractEntities, type Span } from '../extraction/index.ts';

// What a report is searchable by, and what a query asks for, as normalised tokens:
//   w:<word>            a word of the text, folded (lower case, no accents, no apostrophes,
//                       a plural "s" dropped), stop words left out
//   phone:<E.164>       a phone number however it was written (07…, +44…, with spaces)
//   vrm:<REGISTRATION>  a full registration without spaces
//   postcode:<AL1 3XY>  a full postcode
//   email:<address>     an e-mail address, lower case
//   handle:<name>       an online handle without its @
// The same function reads a report and a query, so "07700 900 123" finds "+447700900123".

/** Common words that would match nearly every report and tell nothing. */
const stopWords: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her him his i if in into is it ' +
    'its me my no not of on or our she so than that the their them then there they this those to too us very was we ' +
    'were what when where which who will with would you your'
  ).split(' '),
);

/** A word as it is indexed and looked up, or undefined when it is not worth indexing. */
export function foldWord(raw: string): string | undefined {
  const word = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (word.length === 0 || stopWords.has(word)) return undefined;
  if (word.length === 1 && !/\d/.test(word)) return undefined;
  // "vans" finds "van" and "Reids" finds "Reid"; "bus" and "glass" stay as they are.
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function wordsOf(text: string): string[] {
  return text
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((raw) => {
      const word = foldWord(raw);
      return word === undefined ? [] : [word];
    });
}

/** The identifier tokens in a text, and the text with those identifiers blanked out. */
function identifiersOf(text: string): { tokens: string[]; rest: string } {
  const found = extractEntities(text);
  const tokens: string[] = [];
  const spans: Span[] = [];
  const take = (span: Span, token: string) => {
    tokens.push(token);
    spans.push(span);
  };
  for (const phone of found.phones) take(phone, `phone:${phone.e164}`);
  for (const vehicle of found.vehicles) if (!vehicle.partial) take(vehicle, `vrm:${vehicle.vrm}`);
  for (const postcode of found.postcodes) if (!postcode.partial) take(postcode, `postcode:${postcode.postcode}`);
  for (const email of found.emails) take(email, `email:${email.address.toLowerCase()}`);
  for (const handle of found.handles) take(handle, `handle:${handle.handle.replace(/^@/, '').toLowerCase()}`);
  let rest = text;
  for (const span of spans) {
    rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
  }
  return { tokens, rest };
}

/** Every distinct token of a report's texts (its free text and the identifiers typed into fields). */
export function reportSearchTokens(texts: readonly string[]): Set<string> {
  const tokens = new Set<string>();
  for (const text of texts) {
    const { tokens: identifiers, rest } = identifiersOf(text);
    for (const token of identifiers) tokens.add(token);
    for (const word of wordsOf(rest)) tokens.add(`w:${word}`);
  }
  return tokens;
}

/** Registrations that read as one even when typed in pieces (not cherished or unknown shapes). */
const registrationFormats: ReadonlySet<string> = new Set(['current', 'prefix', 'suffix', 'dateless']);

/**
 * What a query asks for: every clause must match (AND), any token of a clause may (OR).
 * A registration typed with any spacing ("ab 12 c de") is read as one registration.
 */
export function queryClauses(query: string): string[][] {
  const compact = query.replace(/[^a-z0-9]/gi, '').toUpperCase();
  if (compact.length >= 2 && compact.length <= 8 && /[A-Z]/.test(compact) && /\d/.test(compact)) {
    const vehicle = extractEntities(compact).vehicles.find(
      (v) => !v.partial && v.vrm === compact && registrationFormats.has(v.format),
    );
    if (vehicle && !/[^a-z0-9\s]/i.test(query.trim())) return [[`vrm:${vehicle.vrm}`]];
  }
  const { tokens, rest } = identifiersOf(query);
  const clauses = [...new Set([...tokens, ...wordsOf(rest).map((word) => `w:${word}`)])];
  return clauses.map((token) => [token]);
}

/** A word of a text as the index sees it (for excerpts). */
export const foldedWordsOf = wordsOf;

/**
 * The stored form of a token: the first 64 bits of its blind-index HMAC, as a decimal string
 * for a bigint column. A collision only adds a result (never hides one); at a few million
 * distinct tokens its chance is about one in ten million.
 */
export function searchDigest(blindIndex: BlindIndex, token: string): string {
  return Buffer.from(blindIndex('search', token), 'base64url').readBigInt64BE(0).toString();
}
