import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { PageId, ReportAnswers, ReportChannel } from '../reports/index.ts';
import {
  countLiveJourneySessions,
  deleteExpiredJourneySessions,
  deleteJourneyPhoto,
  deleteJourneyPhotos,
  deleteJourneySession,
  findJourneySession,
  insertJourneyPhoto,
  insertJourneySession,
  listJourneyPhotos,
  takeJourneyPhotos,
  updateJourneySession,
} from './journey-session.repository.ts';

/** Everything the server keeps for one browser's visit; sealed in the database, never in the cookie. */
export type JourneyState = {
  readonly v: 1;
  /** Synchroniser token every form on the journey must send back. */
  readonly csrf: string;
  readonly channel: ReportChannel;
  /** The call handler keying a phone report; a web journey has none. */
  readonly ownerUserId: string | null;
  draft: { answers: ReportAnswers; completed: PageId[] } | null;
  /** The receipt of the report just sent, shown until the reporter presses Finish. */
  receipt: string | null;
  /** The report whose inbox this visitor signed into with its receipt. */
  inboxReportId: string | null;
};

export type JourneySession = { readonly idHash: Buffer; state: JourneyState };

export type JourneySessionPolicy = {
  /** Idle lifetime; every save extends it. */
  readonly idleMinutes: number;
  /** A flood of new sessions is refused beyond this many live ones. */
  readonly maxLiveSessions: number;
};

export const defaultJourneySessionPolicy: JourneySessionPolicy = { idleMinutes: 60, maxLiveSessions: 20_000 };

export type JourneySessions = ReturnType<typeof createJourneySessions>;

export function createJourneySessions(deps: { db: Db; sealer: Sealer; clock: Clock; policy?: JourneySessionPolicy }) {
  const policy = deps.policy ?? defaultJourneySessionPolicy;
  const stateContext = (idHash: Buffer) => `journey:${idHash.toString('hex')}:state`;
  const photoContext = (idHash: Buffer, photoId: string) => `journey:${idHash.toString('hex')}:photo:${photoId}`;

  // Rounded up to the quarter hour, so the expiry kept in the table does not record the
  // minute someone was filling in a report.
  function expiryFromNow(): Date {
    const quarter = 15 * 60_000;
    const exact = deps.clock.now().getTime() + policy.idleMinutes * 60_000;
    return new Date(Math.ceil(exact / quarter) * quarter);
  }

  function open(idHash: Buffer, sealed: Uint8Array): JourneyState {
    return JSON.parse(deps.sealer.openText(sealed, stateContext(idHash))) as JourneyState;
  }

  return {
    /** A new session; the token goes into the cookie and is not stored anywhere. */
    async start(
      channel: ReportChannel,
      ownerUserId: string | null,
    ): Promise<{ token: string; session: JourneySession }> {
      if ((await countLiveJourneySessions(deps.db, deps.clock.now())) >= policy.maxLiveSessions) {
        throw new AppError('unavailable', 'Too many reports are in progress');
      }
      const token = randomBytes(32).toString('base64url');
      const idHash = hashToken(token);
      const state: JourneyState = {
        v: 1,
        csrf: randomBytes(24).toString('base64url'),
        channel,
        ownerUserId,
        draft: null,
        receipt: null,
        inboxReportId: null,
      };
      await insertJourneySession(deps.db, {
        idHash,
        channel,
        sealed: deps.sealer.seal(JSON.stringify(state), stateContext(idHash)),
        expiresAt: expiryFromNow(),
      });
      return { token, session: { idHash, state } };
    },

    async load(
      token: string,
      db: DbOrTx = deps.db,
      options: { forUpdate?: boolean } = {},
    ): Promise<JourneySession | undefined> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      const idHash = hashToken(token);
      const row = await findJourneySession(db, idHash, deps.clock.now(), options);
      return row && { idHash, state: open(idHash, row.sealed) };
    },

    /** Re-reads a session inside a transaction, locking its row until the transaction ends. */
    async lock(tx: DbOrTx, session: JourneySession): Promise<JourneySession | undefined> {
      const row = await findJourneySession(tx, session.idHash, deps.clock.now(), { forUpdate: true });
      return row && { idHash: session.idHash, state: open(session.idHash, row.sealed) };
    },

    async save(session: JourneySession, db: DbOrTx = deps.db): Promise<void> {
      await updateJourneySession(db, session.idHash, {
        sealed: deps.sealer.seal(JSON.stringify(session.state), stateContext(session.idHash)),
        expiresAt: expiryFromNow(),
      });
    },

    async end(session: JourneySession): Promise<void> {
      await deleteJourneySession(deps.db, session.idHash);
    },

    async addPhoto(session: JourneySession, jpeg: Uint8Array, position: number): Promise<void> {
      const id = randomUUID();
      await insertJourneyPhoto(deps.db, {
        id,
        sessionIdHash: session.idHash,
        position,
        sealed: deps.sealer.seal(jpeg, photoContext(session.idHash, id)),
      });
    },

    async listPhotos(session: JourneySession, db: DbOrTx = deps.db): Promise<{ id: string; bytes: Buffer }[]> {
      const rows = await listJourneyPhotos(db, session.idHash);
      return rows.map((row) => ({
        id: row.id,
        bytes: deps.sealer.open(row.sealed, photoContext(session.idHash, row.id)),
      }));
    },

    /** Removes the draft's photos and answers them, in one statement (used when the report is stored). */
    async takePhotos(session: JourneySession, tx: DbOrTx): Promise<{ id: string; bytes: Buffer }[]> {
      const rows = await takeJourneyPhotos(tx, session.idHash);
      return rows.map((row) => ({
        id: row.id,
        bytes: deps.sealer.open(row.sealed, photoContext(session.idHash, row.id)),
      }));
    },

    async photoSlots(session: JourneySession): Promise<{ id: string; position: number }[]> {
      const rows = await listJourneyPhotos(deps.db, session.idHash);
      return rows.map((row) => ({ id: row.id, position: row.position }));
    },

    async removePhoto(session: JourneySession, photoId: string): Promise<void> {
      await deleteJourneyPhoto(deps.db, session.idHash, photoId);
    },

    async removeAllPhotos(session: JourneySession, db: DbOrTx = deps.db): Promise<void> {
      await deleteJourneyPhotos(db, session.idHash);
    },

    async deleteExpired(): Promise<number> {
      return deleteExpiredJourneySessions(deps.db, deps.clock.now());
    },
  };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
