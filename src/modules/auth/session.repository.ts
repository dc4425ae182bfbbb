import type { DbOrTx } from '../../platform/db/database.ts';
import type { AuthMethod, SecondFactorKind, SessionStage, StaffSessionRow } from './auth.table.ts';

export type NewSession = {
  tokenHash: string;
  userId: string;
  stage: SessionStage;
  authMethod: AuthMethod;
  secondFactor: SecondFactorKind | null;
  userAgent: string | null;
  createdAt: Date;
  expiresAt: Date;
};

export async function insertSession(db: DbOrTx, session: NewSession): Promise<string> {
  const row = await db
    .insertInto('staff_sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      stage: session.stage,
      auth_method: session.authMethod,
      second_factor: session.secondFactor,
      created_at: session.createdAt,
      last_seen_at: session.createdAt,
      expires_at: session.expiresAt,
      revoked_at: null,
      revoked_reason: null,
      user_agent: session.userAgent,
      webauthn_challenge: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findSessionByTokenHash(db: DbOrTx, tokenHash: string): Promise<StaffSessionRow | undefined> {
  return db.selectFrom('staff_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function findSessionById(db: DbOrTx, id: string): Promise<StaffSessionRow | undefined> {
  return db.selectFrom('staff_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.updateTable('staff_sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** After the second factor: a new token (so a token seen before sign-in is worthless) and full access. */
export async function promoteSession(
  db: DbOrTx,
  id: string,
  values: { tokenHash: string; secondFactor: SecondFactorKind; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .updateTable('staff_sessions')
    .set({
      token_hash: values.tokenHash,
      stage: 'active',
      second_factor: values.secondFactor,
      last_seen_at: values.at,
      expires_at: values.expiresAt,
      webauthn_challenge: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function setSessionChallenge(db: DbOrTx, id: string, challenge: string | null): Promise<void> {
  await db.updateTable('staff_sessions').set({ webauthn_challenge: challenge }).where('id', '=', id).execute();
}

export async function revokeSessionById(db: DbOrTx, id: string, reason: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('staff_sessions')
    .set({ revoked_at: at, revoked_reason: reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function revokeSessionsOfUser(db: DbOrTx, userId: string, reason: string, at: Date): Promise<number> {
  const result = await db
    .updateTable('staff_sessions')
    .set({ revoked_at: at, revoked_reason: reason })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Sessions that could still be used: not revoked and not past their absolute expiry. */
export async function listLiveSessionsOfUser(db: DbOrTx, userId: string, at: Date): Promise<StaffSessionRow[]> {
  return db
    .selectFrom('staff_sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .orderBy('created_at', 'desc')
    .execute();
}
