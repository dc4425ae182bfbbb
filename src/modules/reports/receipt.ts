import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

// A receipt is 16 random decimal digits: the reporter's only credential, so it carries no
// structure (no check digit, no date, no record id). It is stored only as HMAC-SHA256 under
// the receipt key, which never sits in the database: a copy of the database alone cannot
// test guesses against the stored hashes (ADR 0009).

export const receiptDigits = 16;

/** First digits that name a receipt's lockout bucket: failed tries count against it. */
const bucketDigits = 6;

export function generateReceiptCode(): string {
  let code = '';
  for (let i = 0; i < receiptDigits; i += 1) code += String(randomInt(10));
  return code;
}

/** Accepts spaces and hyphens as typed; answers the 16 digits, or undefined. */
export function normaliseReceiptCode(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{16}$/.test(digits) ? digits : undefined;
}

/** "1234 5678 9012 3456": groups of four are easier to copy down and read out. */
export function formatReceiptCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export function hashReceiptCode(receiptKey: Uint8Array, code: string): Buffer {
  return createHmac('sha256', receiptKey).update(`linebreak:receipt:v1:${code}`).digest();
}

/**
 * The lockout bucket of a code: an HMAC of its first six digits. Someone who learnt the start
 * of a receipt (a glimpse over a shoulder) and tries endings is stopped after a few failures,
 * without anything about who tried being kept.
 */
export function receiptBucket(receiptKey: Uint8Array, code: string): Buffer {
  return createHmac('sha256', receiptKey)
    .update(`linebreak:receipt-bucket:v1:${code.slice(0, bucketDigits)}`)
    .digest();
}

export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
