import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import {
  auditEventBy,
  buildActor,
  requirePermission,
  scopeToOrganisationKind,
  type StaffActor,
} from '../access/index.ts';
import { findPartnerOrganisationById, findRolesOf, findStaffUserRowById, findTeamIdsOf } from '../users/index.ts';
import type { AuthMethod, SecondFactorKind, SessionStage, StaffSessionRow } from './auth.table.ts';
import {
  findSessionById,
  findSessionByTokenHash,
  insertSession,
  listLiveSessionsOfUser,
  promoteSession,
  revokeSessionById,
  revokeSessionsOfUser,
  touchSession,
} from './session.repository.ts';
import { hashToken, newToken } from './tokens.ts';

export type SessionLimits = { readonly idleMs: number; readonly absoluteMs: number };

/** Password accepted, second factor still to come: the session can do nothing else, briefly. */
const secondFactorWindowMs = 10 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const touchEveryMs = 60 * 1000;

export type ResolvedSession = {
  readonly id: string;
  readonly userId: string;
  readonly stage: SessionStage;
  /** The cookie value, from which the CSRF token is derived. */
  readonly token: string;
  /** Set only for a fully signed-in session of an active account. */
  readonly actor: StaffActor | null;
  readonly webauthnChallenge: string | null;
};

export type SessionSummary = {
  readonly id: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly authMethod: AuthMethod;
  readonly secondFactor: SecondFactorKind | null;
  readonly userAgent: string | null;
};

export type SessionService = ReturnType<typeof createSessionService>;

// Server-side sessions: the browser holds a random token, the database only its SHA-256.
// A session ends when idle too long, at its absolute limit, at sign-out, or when revoked.
export function createSessionService(deps: { db: Db; audit: AuditTrail; clock: Clock; limits: SessionLimits }) {
  const { db, audit, clock, limits } = deps;

  function idleExpired(row: StaffSessionRow, now: Date): boolean {
    return row.stage === 'active' && now.getTime() - row.last_seen_at.getTime() > limits.idleMs;
  }

  async function actorFor(userId: string, sessionId: string): Promise<StaffActor | null> {
    const user = await findStaffUserRowById(db, userId);
    if (user?.status !== 'active') return null;
    const organisationId = user.partner_organisation_id;
    const [roles, teams, organisation] = await Promise.all([
      findRolesOf(db, [userId]),
      findTeamIdsOf(db, [userId]),
      organisationId === null ? undefined : findPartnerOrganisationById(db, organisationId),
    ]);
    const actor = buildActor({
      userId,
      displayName: user.display_name,
      roles: roles.get(userId) ?? [],
      teamIds: teams.get(userId) ?? [],
      partnerOrganisationId: organisationId,
    });
    return { ...scopeToOrganisationKind(actor, organisation?.kind ?? null), sessionId };
  }

  /** Ends one session: your own, or anyone's with session.revoke_any. */
  async function revoke(actor: StaffActor, sessionId: string): Promise<void> {
    await db.transaction().execute(async (tx) => {
      const session = await findSessionById(tx, sessionId);
      const mine = session?.user_id === actor.userId;
      if (!session || (!mine && !actor.permissions.has('session.revoke_any'))) {
        throw new AppError('not_found_or_no_access');
      }
      const reason = mine ? 'revoked by its owner' : 'revoked by an administrator';
      if (await revokeSessionById(tx, sessionId, reason, clock.now())) {
        await audit.record(
          tx,
          auditEventBy(actor, 'session.revoke', {
            subject: { type: 'staff_session', id: sessionId },
            details: { userId: session.user_id },
          }),
        );
      }
    });
  }

  return {
    /** Starts a session in the given stage; returns the token for the cookie. */
    async start(
      tx: DbOrTx,
      session: {
        userId: string;
        stage: SessionStage;
        authMethod: AuthMethod;
        secondFactor?: SecondFactorKind;
        userAgent?: string;
      },
    ): Promise<{ id: string; token: string }> {
      const token = newToken();
      const now = clock.now();
      const lifetime = session.stage === 'active' ? limits.absoluteMs : secondFactorWindowMs;
      const id = await insertSession(tx, {
        tokenHash: hashToken(token),
        userId: session.userId,
        stage: session.stage,
        authMethod: session.authMethod,
        secondFactor: session.secondFactor ?? null,
        userAgent: session.userAgent?.slice(0, 200) ?? null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + lifetime),
      });
      return { id, token };
    },

    /** The session behind a cookie, or null if it is unknown, revoked, expired or its account disabled. */
    async resolve(token: string): Promise<ResolvedSession | null> {
      const row = await findSessionByTokenHash(db, hashToken(token));
      const now = clock.now();
      if (row?.revoked_at !== null || row.expires_at <= now || idleExpired(row, now)) return null;
      const actor = await actorFor(row.user_id, row.id);
      if (!actor) return null;
      if (now.getTime() - row.last_seen_at.getTime() > touchEveryMs) await touchSession(db, row.id, now);
      return {
        id: row.id,
        userId: row.user_id,
        stage: row.stage,
        token,
        actor: row.stage === 'active' ? actor : null,
        webauthnChallenge: row.webauthn_challenge,
      };
    },

    /** Second factor passed: a fresh token, full access, and the absolute limit counted from now. */
    async promote(tx: DbOrTx, sessionId: string, secondFactor: SecondFactorKind): Promise<string> {
      const token = newToken();
      const now = clock.now();
      await promoteSession(tx, sessionId, {
        tokenHash: hashToken(token),
        secondFactor,
        at: now,
        expiresAt: new Date(now.getTime() + limits.absoluteMs),
      });
      return token;
    },

    async signOut(sessionId: string, userId: string, requestId?: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        if (await revokeSessionById(tx, sessionId, 'signed out', clock.now())) {
          await audit.record(tx, {
            actor: { type: 'staff', id: userId },
            action: 'auth.sign_out',
            subject: { type: 'staff_session', id: sessionId },
            ...(requestId !== undefined ? { requestId } : {}),
          });
        }
      });
    },

    async signOutEverywhere(actor: StaffActor): Promise<number> {
      return db.transaction().execute(async (tx) => {
        const revoked = await revokeSessionsOfUser(tx, actor.userId, 'signed out everywhere', clock.now());
        await audit.record(
          tx,
          auditEventBy(actor, 'auth.sign_out_everywhere', {
            subject: { type: 'staff_user', id: actor.userId },
            details: { revoked },
          }),
        );
        return revoked;
      });
    },

    async listOwn(actor: StaffActor): Promise<SessionSummary[]> {
      return (await listLiveSessionsOfUser(db, actor.userId, clock.now())).map(toSummary);
    },

    async listForUser(actor: StaffActor, userId: string): Promise<SessionSummary[]> {
      requirePermission(actor, 'session.revoke_any');
      return (await listLiveSessionsOfUser(db, userId, clock.now())).map(toSummary);
    },

    revoke,

    /** An administrator ends anyone's session. */
    async revokeAny(actor: StaffActor, sessionId: string): Promise<void> {
      requirePermission(actor, 'session.revoke_any');
      await revoke(actor, sessionId);
    },

    /** Ends every session of an account (disable, reset); the caller audits why. */
    revokeAllForUser(tx: DbOrTx, userId: string, reason: string): Promise<number> {
      return revokeSessionsOfUser(tx, userId, reason, clock.now());
    },
  };
}

function toSummary(row: StaffSessionRow): SessionSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    authMethod: row.auth_method,
    secondFactor: row.second_factor,
    userAgent: row.user_agent,
  };
}
