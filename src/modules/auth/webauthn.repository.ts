import type { DbOrTx } from '../../platform/db/database.ts';
import type { WebauthnCredentialRow } from './auth.table.ts';

export async function countWebauthnCredentials(db: DbOrTx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('webauthn_credentials')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listWebauthnCredentials(db: DbOrTx, userId: string): Promise<WebauthnCredentialRow[]> {
  return db
    .selectFrom('webauthn_credentials')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export async function findWebauthnCredential(db: DbOrTx, id: string): Promise<WebauthnCredentialRow | undefined> {
  return db.selectFrom('webauthn_credentials').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertWebauthnCredential(
  db: DbOrTx,
  credential: {
    id: string;
    userId: string;
    publicKey: Uint8Array;
    signCount: number;
    transports: string[];
    name: string;
    createdAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('webauthn_credentials')
    .values({
      id: credential.id,
      user_id: credential.userId,
      public_key: credential.publicKey,
      sign_count: credential.signCount,
      transports: credential.transports,
      name: credential.name,
      created_at: credential.createdAt,
      last_used_at: null,
    })
    .execute();
}

export async function recordWebauthnUse(db: DbOrTx, id: string, signCount: number, at: Date): Promise<void> {
  await db
    .updateTable('webauthn_credentials')
    .set({ sign_count: signCount, last_used_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteWebauthnCredential(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('webauthn_credentials')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows === 1n;
}

/** Removes every security key of one user (their credentials are being cleared). */
export async function deleteWebauthnCredentialsOf(db: DbOrTx, userId: string): Promise<void> {
  await db.deleteFrom('webauthn_credentials').where('user_id', '=', userId).execute();
}
