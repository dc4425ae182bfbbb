import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens, setup links, OIDC state. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only this hash is stored, so a copy of the database (or its backups) cannot be replayed
 * as someone's session or setup link. The tokens are random, so no salt or slow hash is needed.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The CSRF token for a cookie secret (the session token, or before sign-in the pre-session
 * value): an HMAC of it, so nothing extra is stored and a token is only good with its cookie.
 */
export function csrfTokenFor(cookieSecret: string): string {
  return createHmac('sha256', cookieSecret).update('linebreak-csrf-v1').digest('base64url');
}

export function csrfTokenMatches(cookieSecret: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(cookieSecret));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
