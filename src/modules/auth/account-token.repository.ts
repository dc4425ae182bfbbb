import type { DbOrTx } from '../../platform/db/database.ts';
import type { AccountTokenPurpose, AccountTokenRow } from './auth.table.ts';

export async function insertAccountToken(
  db: DbOrTx,
  token: { tokenHash: string; purpose: AccountTokenPurpose; userId: string | null; createdAt: Date; expiresAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('account_tokens')
    .values({
      token_hash: token.tokenHash,
      purpose: token.purpose,
      user_id: token.userId,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
      used_at: null,
      pending_email: null,
      pending_display_name: null,
      pending_password_hash: null,
      pending_totp_secret: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findAccountTokenByHash(db: DbOrTx, tokenHash: string): Promise<AccountTokenRow | undefined> {
  return db.selectFrom('account_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Locks the token row so two browsers finishing the same link cannot both succeed. */
export async function lockAccountToken(db: DbOrTx, id: string): Promise<AccountTokenRow | undefined> {
  return db.selectFrom('account_tokens').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function savePendingSetup(
  db: DbOrTx,
  id: string,
  pending: { email: string | null; displayName: string | null; passwordHash: string; totpSecret: Uint8Array },
): Promise<void> {
  await db
    .updateTable('account_tokens')
    .set({
      pending_email: pending.email,
      pending_display_name: pending.displayName,
      pending_password_hash: pending.passwordHash,
      pending_totp_secret: pending.totpSecret,
    })
    .where('id', '=', id)
    .execute();
}

/** Marks the token spent and forgets what was pending on it. */
export async function markAccountTokenUsed(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db
    .updateTable('account_tokens')
    .set({ used_at: at, pending_password_hash: null, pending_totp_secret: null })
    .where('id', '=', id)
    .execute();
}

/** Earlier unused links stop working when a new one is issued for the same purpose and person. */
export async function expireUnusedTokens(
  db: DbOrTx,
  match: { purpose: 'first_administrator' } | { userId: string },
  at: Date,
): Promise<void> {
  let query = db.updateTable('account_tokens').set({ expires_at: at }).where('used_at', 'is', null);
  query = 'purpose' in match ? query.where('purpose', '=', match.purpose) : query.where('user_id', '=', match.userId);
  await query.where('expires_at', '>', at).execute();
}
