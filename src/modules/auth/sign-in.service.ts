import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import {
  advanceTotpStep,
  findStaffUserRowByEmail,
  findStaffUserRowById,
  incrementFailedAttempts,
  lockAccount,
  normaliseEmail,
  recordSuccessfulSignIn,
  type StaffUserRow,
} from '../users/index.ts';
import type { SecondFactorKind } from './auth.table.ts';
import { verifyAgainstDecoy, verifyPassword } from './password.ts';
import { revokeSessionById } from './session.repository.ts';
import type { ResolvedSession, SessionService } from './session.service.ts';
import { verifyTotp } from './totp.ts';
import { countWebauthnCredentials } from './webauthn.repository.ts';

export const maxFailedAttempts = 5;
export const lockoutMs = 15 * 60 * 1000;

/** One answer for every failure, so a response never tells which part was wrong or that an account exists. */
export const signInFailedMessage =
  'Those details are not right, or the account is locked. After 5 failed attempts an account is locked for 15 minutes.';

export type SignInContext = { readonly ip?: string; readonly userAgent?: string; readonly requestId?: string };
export type FailureReason =
  | 'unknown_account'
  | 'bad_password'
  | 'locked'
  | 'disabled'
  | 'no_second_factor'
  | 'bad_code'
  | 'reused_code'
  | 'bad_security_key';

export type SignInService = ReturnType<typeof createSignInService>;

export function totpContext(userId: string): string {
  return `staff_user:${userId}:totp`;
}

// Password first, then a second factor. Every failure is audited (in its own transaction,
// so it survives the refusal) and counts towards a lock-out of the account.
export function createSignInService(deps: {
  db: Db;
  audit: AuditTrail;
  clock: Clock;
  sealer: Sealer;
  sessions: SessionService;
}) {
  const { db, audit, clock, sealer, sessions } = deps;

  function isLocked(user: StaffUserRow): boolean {
    return user.locked_until !== null && user.locked_until > clock.now();
  }

  async function fail(
    user: StaffUserRow | undefined,
    stage: 'password' | SecondFactorKind,
    reason: FailureReason,
    context: SignInContext,
    pendingSessionId?: string,
  ): Promise<never> {
    await db.transaction().execute(async (tx) => {
      const base = {
        ...(context.requestId !== undefined ? { requestId: context.requestId } : {}),
        details: { stage, reason, ip: context.ip ?? null },
      };
      if (!user) {
        await audit.record(tx, { actor: { type: 'public' }, action: 'auth.sign_in_failure', ...base });
        return;
      }
      const actor = { type: 'staff', id: user.id } as const;
      const subject = { type: 'staff_user', id: user.id };
      await audit.record(tx, { actor, action: 'auth.sign_in_failure', subject, ...base });
      if (reason === 'locked' || reason === 'disabled') return;
      if ((await incrementFailedAttempts(tx, user.id)) >= maxFailedAttempts) {
        const until = new Date(clock.now().getTime() + lockoutMs);
        await lockAccount(tx, user.id, until);
        if (pendingSessionId !== undefined) await revokeSessionById(tx, pendingSessionId, 'locked out', clock.now());
        await audit.record(tx, {
          actor,
          action: 'auth.lockout',
          subject,
          ...(context.requestId !== undefined ? { requestId: context.requestId } : {}),
          details: { until: until.toISOString(), afterFailures: maxFailedAttempts, ip: context.ip ?? null },
        });
      }
    });
    throw new AppError('unauthenticated', signInFailedMessage);
  }

  async function secondFactorsOf(user: StaffUserRow): Promise<SecondFactorKind[]> {
    const keys = await countWebauthnCredentials(db, user.id);
    return [...(user.totp_secret !== null ? (['totp'] as const) : []), ...(keys > 0 ? (['webauthn'] as const) : [])];
  }

  /** The pending session's account, refusing if it was disabled or locked meanwhile. */
  async function pendingUser(session: ResolvedSession, stage: SecondFactorKind, context: SignInContext) {
    if (session.stage !== 'second_factor') throw new AppError('conflict', 'This session is already signed in');
    const user = await findStaffUserRowById(db, session.userId);
    if (!user) throw new AppError('unauthenticated');
    if (isLocked(user)) return fail(user, stage, 'locked', context, session.id);
    return user;
  }

  /** Second factor passed: rotate the token, unlock full access, audit the sign-in. */
  async function completeSignIn(
    session: ResolvedSession,
    userId: string,
    secondFactor: SecondFactorKind,
    context: SignInContext,
  ): Promise<{ token: string }> {
    return db.transaction().execute(async (tx) => {
      const token = await sessions.promote(tx, session.id, secondFactor);
      await recordSuccessfulSignIn(tx, userId, clock.now());
      await audit.record(tx, {
        actor: { type: 'staff', id: userId },
        action: 'auth.sign_in',
        subject: { type: 'staff_session', id: session.id },
        ...(context.requestId !== undefined ? { requestId: context.requestId } : {}),
        details: { secondFactor, ip: context.ip ?? null },
      });
      return { token };
    });
  }

  return {
    secondFactorsOf,
    pendingUser,
    fail,
    completeSignIn,

    pendingUserFor(session: ResolvedSession): Promise<StaffUserRow | undefined> {
      return findStaffUserRowById(db, session.userId);
    },

    /** Checks email and password; on success starts a session that waits for the second factor. */
    async passwordStep(
      email: string,
      password: string,
      context: SignInContext,
    ): Promise<{ token: string; methods: SecondFactorKind[] }> {
      const user = await findStaffUserRowByEmail(db, normaliseEmail(email));
      if (!user?.password_hash) {
        await verifyAgainstDecoy(password);
        return fail(user, 'password', 'unknown_account', context);
      }
      if (isLocked(user)) {
        await verifyAgainstDecoy(password);
        return fail(user, 'password', 'locked', context);
      }
      if (!(await verifyPassword(user.password_hash, password))) return fail(user, 'password', 'bad_password', context);
      if (user.status !== 'active') return fail(user, 'password', 'disabled', context);
      const methods = await secondFactorsOf(user);
      if (methods.length === 0) return fail(user, 'password', 'no_second_factor', context);
      const { token } = await db.transaction().execute((tx) =>
        sessions.start(tx, {
          userId: user.id,
          stage: 'second_factor',
          authMethod: 'password',
          ...(context.userAgent !== undefined ? { userAgent: context.userAgent } : {}),
        }),
      );
      return { token, methods };
    },

    async totpStep(session: ResolvedSession, code: string, context: SignInContext): Promise<{ token: string }> {
      const user = await pendingUser(session, 'totp', context);
      if (user.totp_secret === null) return fail(user, 'totp', 'bad_code', context, session.id);
      const secret = sealer.open(user.totp_secret, totpContext(user.id));
      const lastStep = user.totp_last_step === null ? null : Number(user.totp_last_step);
      const step = verifyTotp(secret, code, clock.now(), lastStep);
      if (step === null) {
        const reused = verifyTotp(secret, code, clock.now(), null) !== null;
        return fail(user, 'totp', reused ? 'reused_code' : 'bad_code', context, session.id);
      }
      if (!(await advanceTotpStep(db, user.id, step))) return fail(user, 'totp', 'reused_code', context, session.id);
      return completeSignIn(session, user.id, 'totp', context);
    },
  };
}
