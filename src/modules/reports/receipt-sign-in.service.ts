import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { deleteLockout, findLockout, recordLockoutFailure } from './receipt-lockout.repository.ts';
import { hashReceiptCode, receiptBucket } from './receipt.ts';
import { findReportSummaryByReceiptHash } from './report.repository.ts';

export type ReceiptSignInPolicy = {
  /** Failed tries a bucket may have within one window… */
  readonly maxFailures: number;
  readonly windowMinutes: number;
  /** …before it is locked for this long, whoever tries, even with the right code. */
  readonly lockMinutes: number;
};

export const defaultReceiptSignInPolicy: ReceiptSignInPolicy = { maxFailures: 5, windowMinutes: 15, lockMinutes: 30 };

export type ReceiptSignInResult =
  | { readonly ok: true; readonly reportId: string }
  | { readonly ok: false; readonly reason: 'no_match' | 'locked'; readonly minutesLeft: number };

export type ReceiptSignIn = ReturnType<typeof createReceiptSignIn>;

// Signing in with a receipt needs the code and nothing else, so guessing is the threat: a
// global rate limit (at the route) caps guesses for everyone, and this bucket lockout stops
// someone who knows the start of one particular code. Nothing about the person trying is
// read or kept: the counters are keyed by an HMAC of the code's first digits.
export function createReceiptSignIn(deps: {
  db: Db;
  receiptKey: Uint8Array;
  clock: Clock;
  policy?: ReceiptSignInPolicy;
}) {
  const policy = deps.policy ?? defaultReceiptSignInPolicy;
  const minutes = (n: number) => n * 60_000;
  const minutesUntil = (from: Date, to: Date) => Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 60_000));

  return {
    /** `code` is the 16 normalised digits (receipt.ts normaliseReceiptCode). */
    async signIn(code: string): Promise<ReceiptSignInResult> {
      const now = deps.clock.now();
      const bucket = receiptBucket(deps.receiptKey, code);
      return deps.db.transaction().execute(async (tx) => {
        const lockout = await findLockout(tx, bucket);
        if (lockout?.lockedUntil && lockout.lockedUntil > now) {
          return { ok: false, reason: 'locked', minutesLeft: minutesUntil(now, lockout.lockedUntil) };
        }
        const report = await findReportSummaryByReceiptHash(tx, hashReceiptCode(deps.receiptKey, code));
        if (report) {
          if (lockout) await deleteLockout(tx, bucket);
          return { ok: true, reportId: report.id };
        }
        const after = await recordLockoutFailure(tx, bucket, {
          now,
          windowEndsAt: new Date(now.getTime() + minutes(policy.windowMinutes)),
          lockedUntil: new Date(now.getTime() + minutes(policy.lockMinutes)),
          maxFailures: policy.maxFailures,
        });
        return after.lockedUntil && after.lockedUntil > now
          ? { ok: false, reason: 'locked', minutesLeft: minutesUntil(now, after.lockedUntil) }
          : { ok: false, reason: 'no_match', minutesLeft: 0 };
      });
    },
  };
}
