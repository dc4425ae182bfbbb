import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { PageId, ReportAnswers, ReportChannel } from '../reports/index.ts';
import {
  countLiveJourneySessions,
  deleteJourneySessionsByHash,
  deleteJourneyPhoto,
  deleteJourneyPhotos,
  deleteJourneySession,
  findJourneySession,
  insertJourneyPhoto,
  insertJourneySession,
  listExpiredJourneySessions,
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
  draft: {
    answers: ReportAnswers;
    completed: PageId[];
    /** Danger triggers the reporter has been shown (journey.ts immediateDangerTriggers). */
    dangerSeen?: string[];
    /** Set while the "call 999" page stands between a saved page and the next one. */
    dangerStop?: { page: PageId; changing: boolean };
  } | null;
  /** The receipt of the report just sent, shown until the reporter presses Finish. */
  receipt: string | null;
  /** The report whose inbox this visitor signed into with its receipt. */
  inboxReportId: string | null;
  /** The language the visitor chose (?lang=), kept for the rest of the journey; none is English. */
  locale?: string;
};

export type JourneySession = { readonly idHash: Buffer; state: JourneyState };

export type ExpiredSessionCounts = {
  readonly drafts: number;
  readonly followUpSessions: number;
  readonly unfinishedReceipts: number;
  /** Sessions started but never used (no draft, receipt or inbox). */
  readonly other: number;
  readonly deleted: number;
};

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

    /**
     * Keeps a cleaned photo in the draft, with (when given) the original as uploaded and the
     * kinds of hidden information it carried, all sealed.
     */
    async addPhoto(
      session: JourneySession,
      jpeg: Uint8Array,
      position: number,
      original?: { bytes: Uint8Array; removed: readonly string[] },
    ): Promise<void> {
      const id = randomUUID();
      const context = photoContext(session.idHash, id);
      await insertJourneyPhoto(deps.db, {
        id,
        sessionIdHash: session.idHash,
        position,
        sealed: deps.sealer.seal(jpeg, context),
        originalSealed: original ? deps.sealer.seal(original.bytes, `${context}:original`) : null,
        findingsSealed: original ? deps.sealer.seal(JSON.stringify(original.removed), `${context}:findings`) : null,
      });
    },

    /**
     * Removes the draft's photos and answers them with their sealed originals, in one statement
     * (used when the report is stored).
     */
    async takePhotos(
      session: JourneySession,
      tx: DbOrTx,
    ): Promise<{ id: string; bytes: Buffer; original: Buffer | null }[]> {
      const rows = await takeJourneyPhotos(tx, session.idHash);
      return rows.map((row) => {
        const context = photoContext(session.idHash, row.id);
        return {
          id: row.id,
          bytes: deps.sealer.open(row.sealed, context),
          original: row.original_sealed ? deps.sealer.open(row.original_sealed, `${context}:original`) : null,
        };
      });
    },

    /** The draft's photos, with what was removed from each (HiddenInfo codes). */
    async photoSlots(session: JourneySession): Promise<{ id: string; position: number; removed: string[] }[]> {
      const rows = await listJourneyPhotos(deps.db, session.idHash);
      return rows.map((row) => ({
        id: row.id,
        position: row.position,
        removed: row.findings_sealed
          ? (JSON.parse(
              deps.sealer.openText(row.findings_sealed, `${photoContext(session.idHash, row.id)}:findings`),
            ) as string[])
          : [],
      }));
    },

    async removePhoto(session: JourneySession, photoId: string): Promise<void> {
      await deleteJourneyPhoto(deps.db, session.idHash, photoId);
    },

    async removeAllPhotos(session: JourneySession, db: DbOrTx = deps.db): Promise<void> {
      await deleteJourneyPhotos(db, session.idHash);
    },

    /**
     * Deletes expired sessions (their photos go with them) and says how many were abandoned
     * drafts, receipt inbox sign-ins (follow-up sessions) and receipts never finished with.
     * Only counts leave here: nothing about any reporter.
     */
    async deleteExpired(db: DbOrTx = deps.db): Promise<ExpiredSessionCounts> {
      const expired = await listExpiredJourneySessions(db, deps.clock.now());
      const counts = { drafts: 0, followUpSessions: 0, unfinishedReceipts: 0, other: 0 };
      for (const row of expired) {
        const idHash = Buffer.from(row.id_hash);
        let state: JourneyState | undefined;
        try {
          state = open(idHash, row.sealed);
        } catch {
          state = undefined;
        }
        if (state?.draft) counts.drafts += 1;
        else if (state?.inboxReportId) counts.followUpSessions += 1;
        else if (state?.receipt) counts.unfinishedReceipts += 1;
        else counts.other += 1;
      }
      const deleted = await deleteJourneySessionsByHash(
        db,
        expired.map((row) => row.id_hash),
        deps.clock.now(),
      );
      return { ...counts, deleted };
    },
  };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
