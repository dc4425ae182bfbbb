import type { DbOrTx } from '../../platform/db/database.ts';
import type { ReportChannel } from '../reports/index.ts';

export async function insertJourneySession(
  db: DbOrTx,
  row: { idHash: Uint8Array; channel: ReportChannel; sealed: Uint8Array; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('journey_sessions')
    .values({ id_hash: row.idHash, channel: row.channel, sealed: row.sealed, expires_at: row.expiresAt })
    .execute();
}

export async function findJourneySession(
  db: DbOrTx,
  idHash: Uint8Array,
  now: Date,
  options: { forUpdate?: boolean } = {},
): Promise<{ channel: ReportChannel; sealed: Uint8Array } | undefined> {
  let query = db
    .selectFrom('journey_sessions')
    .select(['channel', 'sealed'])
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now);
  if (options.forUpdate === true) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function updateJourneySession(
  db: DbOrTx,
  idHash: Uint8Array,
  values: { sealed: Uint8Array; expiresAt: Date },
): Promise<void> {
  await db
    .updateTable('journey_sessions')
    .set({ sealed: values.sealed, expires_at: values.expiresAt })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteJourneySession(db: DbOrTx, idHash: Uint8Array): Promise<void> {
  await db.deleteFrom('journey_sessions').where('id_hash', '=', idHash).execute();
}

export async function listExpiredJourneySessions(
  db: DbOrTx,
  now: Date,
): Promise<{ id_hash: Uint8Array; sealed: Uint8Array }[]> {
  return db.selectFrom('journey_sessions').select(['id_hash', 'sealed']).where('expires_at', '<=', now).execute();
}

/** Deletes the given sessions if they are still expired (a session saved meanwhile is kept). */
export async function deleteJourneySessionsByHash(db: DbOrTx, idHashes: Uint8Array[], now: Date): Promise<number> {
  if (idHashes.length === 0) return 0;
  const result = await db
    .deleteFrom('journey_sessions')
    .where('id_hash', 'in', idHashes)
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countLiveJourneySessions(db: DbOrTx, now: Date): Promise<number> {
  const row = await db
    .selectFrom('journey_sessions')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertJourneyPhoto(
  db: DbOrTx,
  row: {
    id: string;
    sessionIdHash: Uint8Array;
    position: number;
    sealed: Uint8Array;
    originalSealed: Uint8Array | null;
    findingsSealed: Uint8Array | null;
  },
): Promise<void> {
  await db
    .insertInto('journey_photos')
    .values({
      id: row.id,
      session_id_hash: row.sessionIdHash,
      position: row.position,
      sealed: row.sealed,
      original_sealed: row.originalSealed,
      findings_sealed: row.findingsSealed,
    })
    .execute();
}

export async function listJourneyPhotos(
  db: DbOrTx,
  sessionIdHash: Uint8Array,
): Promise<
  {
    id: string;
    position: number;
    sealed: Uint8Array;
    original_sealed: Uint8Array | null;
    findings_sealed: Uint8Array | null;
  }[]
> {
  return db
    .selectFrom('journey_photos')
    .select(['id', 'position', 'sealed', 'original_sealed', 'findings_sealed'])
    .where('session_id_hash', '=', sessionIdHash)
    .orderBy('position')
    .execute();
}

export async function deleteJourneyPhoto(db: DbOrTx, sessionIdHash: Uint8Array, id: string): Promise<void> {
  await db.deleteFrom('journey_photos').where('session_id_hash', '=', sessionIdHash).where('id', '=', id).execute();
}

export async function deleteJourneyPhotos(db: DbOrTx, sessionIdHash: Uint8Array): Promise<void> {
  await db.deleteFrom('journey_photos').where('session_id_hash', '=', sessionIdHash).execute();
}

/** Deletes a session's photos and returns them in order. */
export async function takeJourneyPhotos(
  db: DbOrTx,
  sessionIdHash: Uint8Array,
): Promise<{ id: string; position: number; sealed: Uint8Array; original_sealed: Uint8Array | null }[]> {
  const rows = await db
    .deleteFrom('journey_photos')
    .where('session_id_hash', '=', sessionIdHash)
    .returning(['id', 'position', 'sealed', 'original_sealed'])
    .execute();
  return rows.sort((a, b) => a.position - b.position);
}
