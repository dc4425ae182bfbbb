import { createHmac, hkdfSync } from 'node:crypto';

export type BlindIndex =
  /** A stable, keyed digest of a normalised identifier, e.g. blind('phone', '+447700900123'). */
  (kind: string, normalisedValue: string) => string;

// Identifiers extracted from reports (phone numbers, registrations, addresses, names) must be
// matchable in SQL without being readable from a copy of the database. A keyed HMAC ("blind
// index") gives equality matching only: without the key, a digest cannot be reversed or even
// confirmed by guessing, unlike a plain hash of a phone number. The key is derived from the
// data key, so no new secret has to be managed.
export function createBlindIndex(dataKey: Uint8Array): BlindIndex {
  const indexKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'linebreak blind index v1', 32));
  return (kind, normalisedValue) =>
    createHmac('sha256', indexKey).update(`${kind}\u0000${normalisedValue}`).digest('base64url').slice(0, 32);
}
