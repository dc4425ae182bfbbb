import { createHash, createHmac, createSecretKey, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';

// A hashcash-style puzzle for browsers that run JavaScript: find a number n such that
// SHA-256("<challenge>:<n>") starts with `bits` zero bits. The challenge is issued by the
// server, signed, bound to one journey session and expires, so a solution cannot be
// reused or prepared in advance. Solving it moves a submission into the larger of the two
// global rate-limit buckets; without JavaScript a report still goes through, in the
// smaller bucket (ADR 0012). It slows floods down; it does not identify anyone.

export type ProofOfWork = ReturnType<typeof createProofOfWork>;

export function deriveProofOfWorkKey(receiptKey: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', receiptKey, Buffer.alloc(0), 'linebreak:proof-of-work:v1', 32));
}

export function createProofOfWork(deps: { key: Uint8Array; clock: Clock; bits: number; lifetimeMinutes?: number }) {
  const lifetimeMs = (deps.lifetimeMinutes ?? 30) * 60_000;
  // One key object for every signature: a raw key is imported again on each createHmac.
  const key = createSecretKey(deps.key);
  const sign = (payload: string, binding: string) =>
    createHmac('sha256', key).update(`${payload}|${binding}`).digest('hex');

  return {
    bits: deps.bits,
    /** A fresh challenge for the session whose id hash is `binding`. */
    issue(binding: string): string {
      const expires = Math.floor((deps.clock.now().getTime() + lifetimeMs) / 1000);
      const payload = `v1.${String(expires)}.${String(deps.bits)}.${randomBytes(12).toString('hex')}`;
      return `${payload}.${sign(payload, binding)}`;
    },

    /** True when the challenge is ours, unexpired, for this session, and the solution meets it. */
    verify(challenge: string, solution: string, binding: string): boolean {
      const match = /^(v1\.(\d{1,12})\.(\d{1,2})\.[0-9a-f]{24})\.([0-9a-f]{64})$/.exec(challenge);
      if (!match || !/^\d{1,15}$/.test(solution)) return false;
      const [, payload = '', expires = '0', bits = '0', signature = ''] = match;
      const expected = Buffer.from(sign(payload, binding), 'hex');
      if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return false;
      if (Number(expires) * 1000 < deps.clock.now().getTime()) return false;
      if (Number(bits) < deps.bits) return false;
      const hash = createHash('sha256').update(`${challenge}:${solution}`).digest();
      return leadingZeroBits(hash) >= Number(bits);
    },
  };
}

export function leadingZeroBits(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      count += 8;
      continue;
    }
    return count + Math.clz32(byte) - 24;
  }
  return count;
}
