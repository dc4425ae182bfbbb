import type { DbOrTx } from '../../platform/db/database.ts';

// The credential columns of staff_users, for sign-in (the auth module) alone: the users module
// owns the table, so its repository holds these queries, but its own services never read or
// write a password hash, a TOTP secret or the failure counters.

export async function setPasswordAndTotp(
  db: DbOrTx,
  userId: string,
  values: { passwordHash: string; totpSecret: Uint8Array; totpLastStep: number },
  at: Date,
): Promise<void> {
  await db
    .updateTable('staff_users')
    .set({
      password_hash: values.passwordHash,
      password_changed_at: at,
      totp_secret: values.totpSecret,
      totp_last_step: values.totpLastStep,
      failed_attempts: 0,
      locked_until: null,
      updated_at: at,
    })
    .where('id', '=', userId)
    .execute();
}

/** Clears the password and TOTP (the auth module removes the security keys itself). */
export async function clearPasswordAndTotp(db: DbOrTx, userId: string, at: Date): Promise<void> {
  await db
    .updateTable('staff_users')
    .set({
      password_hash: null,
      password_changed_at: null,
      totp_secret: null,
      totp_last_step: null,
      failed_attempts: 0,
      locked_until: null,
      updated_at: at,
    })
    .where('id', '=', userId)
    .execute();
}

/** Counts one failure; returns the new count so the caller can decide on a lock-out. */
export async function incrementFailedAttempts(db: DbOrTx, userId: string): Promise<number> {
  const row = await db
    .updateTable('staff_users')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('id', '=', userId)
    .returning('failed_attempts')
    .executeTakeFirstOrThrow();
  return row.failed_attempts;
}

export async function lockAccount(db: DbOrTx, userId: string, until: Date): Promise<void> {
  await db
    .updateTable('staff_users')
    .set({ locked_until: until, failed_attempts: 0 })
    .where('id', '=', userId)
    .execute();
}

export async function recordSuccessfulSignIn(db: DbOrTx, userId: string, at: Date): Promise<void> {
  await db
    .updateTable('staff_users')
    .set({ failed_attempts: 0, locked_until: null, last_sign_in_at: at })
    .where('id', '=', userId)
    .execute();
}

/**
 * Moves the last-used TOTP step forward, only if it is still behind: two requests racing
 * with the same code cannot both succeed.
 */
export async function advanceTotpStep(db: DbOrTx, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('staff_users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function linkOidcIdentity(db: DbOrTx, userId: string, issuer: string, subject: string): Promise<void> {
  await db
    .updateTable('staff_users')
    .set({ oidc_issuer: issuer, oidc_subject: subject })
    .where('id', '=', userId)
    .execute();
}

export async function findUserIdByOidcIdentity(
  db: DbOrTx,
  issuer: string,
  subject: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff_users')
    .select('id')
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
  return row?.id;
}
