import type { DbOrTx } from '../../platform/db/database.ts';

/**
 * Forgets sign-in records nobody can use any more: sessions ended (revoked or expired) before
 * `before`, setup links spent or expired before it, and abandoned single sign-on round trips.
 * The audit trail keeps the history of each.
 */
export async function deleteStaleAuthRecords(
  db: DbOrTx,
  before: Date,
  now: Date,
): Promise<{ sessions: number; tokens: number; oidcStates: number }> {
  const sessions = await db
    .deleteFrom('staff_sessions')
    .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before)]))
    .executeTakeFirst();
  const tokens = await db
    .deleteFrom('account_tokens')
    .where((eb) => eb.or([eb('expires_at', '<', before), eb('used_at', '<', before)]))
    .executeTakeFirst();
  const oidcStates = await db.deleteFrom('oidc_login_states').where('expires_at', '<', now).executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows),
    tokens: Number(tokens.numDeletedRows),
    oidcStates: Number(oidcStates.numDeletedRows),
  };
}
