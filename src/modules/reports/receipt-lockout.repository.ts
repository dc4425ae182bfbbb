import type { DbOrTx } from '../../platform/db/database.ts';

export type LockoutState = { failures: number; windowEndsAt: Date; lockedUntil: Date | null };

export async function findLockout(db: DbOrTx, bucket: Uint8Array): Promise<LockoutState | undefined> {
  const row = await db
    .selectFrom('receipt_lockouts')
    .select(['failures', 'window_ends_at', 'locked_until'])
    .where('bucket', '=', bucket)
    .executeTakeFirst();
  return row && { failures: row.failures, windowEndsAt: row.window_ends_at, lockedUntil: row.locked_until };
}

export async function deleteLockout(db: DbOrTx, bucket: Uint8Array): Promise<void> {
  await db.deleteFrom('receipt_lockouts').where('bucket', '=', bucket).execute();
}

/** Forgets buckets whose counting window and lockout have both ended. */
export async function deleteSpentLockouts(db: DbOrTx, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('receipt_lockouts')
    .where('window_ends_at', '<', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Counts one failed sign-in against a bucket in a single statement, so concurrent failures
 * cannot overwrite each other's count. Starts a new window when the old one has ended, and
 * locks the bucket when the count reaches `maxFailures`. Answers the new state.
 */
export async function recordLockoutFailure(
  db: DbOrTx,
  bucket: Uint8Array,
  policy: { now: Date; windowEndsAt: Date; lockedUntil: Date; maxFailures: number },
): Promise<LockoutState> {
  const { now, windowEndsAt, lockedUntil, maxFailures } = policy;
  const row = await db
    .insertInto('receipt_lockouts')
    .values({
      bucket,
      failures: 1,
      window_ends_at: windowEndsAt,
      locked_until: maxFailures <= 1 ? lockedUntil : null,
    })
    .onConflict((oc) =>
      oc.column('bucket').doUpdateSet((eb) => {
        const expired = eb('receipt_lockouts.window_ends_at', '<', now);
        const failures = eb
          .case()
          .when(expired)
          .then(1)
          .else(eb('receipt_lockouts.failures', '+', 1))
          .end();
        return {
          failures,
          window_ends_at: eb
            .case()
            .when(expired)
            .then(windowEndsAt)
            .else(eb.ref('receipt_lockouts.window_ends_at'))
            .end(),
          locked_until: eb
            .case()
            .when(failures, '>=', maxFailures)
            .then(lockedUntil)
            .else(eb.ref('receipt_lockouts.locked_until'))
            .end(),
        };
      }),
    )
    .returning(['failures', 'window_ends_at', 'locked_until'])
    .executeTakeFirstOrThrow();
  return { failures: row.failures, windowEndsAt: row.window_ends_at, lockedUntil: row.locked_until };
}
