import type { DbOrTx } from '../../platform/db/database.ts';

export async function insertOidcState(
  db: DbOrTx,
  state: { stateHash: string; codeVerifier: string; nonce: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('oidc_login_states')
    .values({
      state_hash: state.stateHash,
      code_verifier: state.codeVerifier,
      nonce: state.nonce,
      expires_at: state.expiresAt,
    })
    .execute();
}

/** Takes the pending round trip: each state works once (the cleanup job removes abandoned ones). */
export async function deleteOidcState(db: DbOrTx, stateHash: string) {
  return db.deleteFrom('oidc_login_states').where('state_hash', '=', stateHash).returningAll().executeTakeFirst();
}
