import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import {
  countActiveAdministrators,
  findStaffUserRowByEmail,
  findStaffUserRowById,
  insertStaffUser,
  normaliseEmail,
  recordSuccessfulSignIn,
  replaceRoles,
  setPasswordAndTotp,
} from '../users/index.ts';
import {
  expireUnusedTokens,
  findAccountTokenByHash,
  insertAccountToken,
  lockAccountToken,
  markAccountTokenUsed,
  savePendingSetup,
} from './account-token.repository.ts';
import type { AccountTokenRow } from './auth.table.ts';
import { checkPasswordPolicy, hashPassword } from './password.ts';
import type { SessionService } from './session.service.ts';
import { totpContext, type SignInContext } from './sign-in.service.ts';
import { hashToken, newToken } from './tokens.ts';
import { base32Encode, generateTotpSecret, otpauthUri, verifyTotp } from './totp.ts';

const linkLifetimeMs = 24 * 60 * 60 * 1000;
const totpIssuer = 'Linebreak';
const invalidLink =
  'This setup link is not valid: it may have expired or been used. Ask an administrator for a new one.';

export type SetupService = ReturnType<typeof createSetupService>;

export type Enrolment = { accountName: string; otpauthUri: string; secret: string; qrCodeDataUri: string };

// One-time setup links: the first administrator's (printed by `linebreak serve` while no
// administrator exists) and each new or reset account's. The person chooses a password and
// proves an authenticator app works before the link is spent, so every account that can
// sign in has a second factor. No default password ever exists.
export function createSetupService(deps: {
  db: Db;
  audit: AuditTrail;
  clock: Clock;
  sealer: Sealer;
  sessions: SessionService;
  staffBaseUrl: string;
}) {
  const { db, audit, clock, sealer, sessions } = deps;

  async function issue(tx: DbOrTx, userId: string | null, baseUrl = deps.staffBaseUrl): Promise<string> {
    const token = newToken();
    const now = clock.now();
    await expireUnusedTokens(tx, userId === null ? { purpose: 'first_administrator' } : { userId }, now);
    await insertAccountToken(tx, {
      tokenHash: hashToken(token),
      purpose: userId === null ? 'first_administrator' : 'account_setup',
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + linkLifetimeMs),
    });
    return `${baseUrl.replace(/\/$/, '')}/app/setup?token=${token}`;
  }

  async function usableToken(tx: DbOrTx, token: string): Promise<AccountTokenRow> {
    const row = await findAccountTokenByHash(tx, hashToken(token));
    if (row?.used_at !== null || row.expires_at <= clock.now()) throw new AppError('not_found', invalidLink);
    if (row.user_id !== null) {
      const user = await findStaffUserRowById(tx, row.user_id);
      if (user?.status !== 'active') throw new AppError('not_found', invalidLink);
    }
    return row;
  }

  return {
    /** While no active administrator exists, a fresh first-administrator link (older ones stop working). */
    async ensureFirstAdministratorLink(baseUrl?: string): Promise<string | null> {
      return db.transaction().execute(async (tx) => {
        if ((await countActiveAdministrators(tx)) > 0) return null;
        const link = await issue(tx, null, baseUrl);
        await audit.record(tx, { actor: { type: 'system', id: 'serve' }, action: 'account.first_administrator_link' });
        return link;
      });
    },

    /** For account administration: the caller audits the change that needed it. */
    issueSetupLink(tx: DbOrTx, userId: string): Promise<string> {
      return issue(tx, userId);
    },

    async inspect(
      token: string,
    ): Promise<{ firstAdministrator: boolean; email: string | null; displayName: string | null }> {
      const row = await usableToken(db, token);
      const user = row.user_id === null ? undefined : await findStaffUserRowById(db, row.user_id);
      return {
        firstAdministrator: row.user_id === null,
        email: user?.email ?? null,
        displayName: user?.display_name ?? null,
      };
    },

    /** Page one: the password (and, for the first administrator, who they are); answers the authenticator enrolment. */
    async start(
      token: string,
      input: { password: string; email?: string | undefined; displayName?: string | undefined },
    ): Promise<Enrolment> {
      const row = await usableToken(db, token);
      const user = row.user_id === null ? undefined : await findStaffUserRowById(db, row.user_id);
      const email = user?.email ?? normaliseEmail(input.email ?? '');
      const displayName = user?.display_name ?? input.displayName?.trim() ?? '';
      const problems: { field: string; message: string }[] = [];
      if (!user && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
        problems.push({ field: 'email', message: 'Enter an email address, like name@herts.police.uk' });
      }
      if (!user && displayName.length === 0) problems.push({ field: 'displayName', message: 'Enter your name' });
      const passwordProblem = checkPasswordPolicy(input.password, { email, displayName });
      if (passwordProblem) problems.push({ field: 'password', message: passwordProblem });
      if (problems.length > 0) throw new AppError('validation_failed', undefined, problems);
      const secret = generateTotpSecret();
      await savePendingSetup(db, row.id, {
        email: user ? null : email,
        displayName: user ? null : displayName,
        passwordHash: await hashPassword(input.password),
        totpSecret: sealer.seal(secret, `account_token:${row.id}:totp`),
      });
      const uri = otpauthUri({ issuer: totpIssuer, accountName: email, secret });
      const { default: QRCode } = await import('qrcode');
      const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return {
        accountName: email,
        otpauthUri: uri,
        secret: base32Encode(secret),
        qrCodeDataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      };
    },

    /** Page two: a code from the app proves enrolment; the account is ready and signed in. */
    async finish(token: string, code: string, context: SignInContext): Promise<{ token: string; userId: string }> {
      return db.transaction().execute(async (tx) => {
        const found = await usableToken(tx, token);
        const row = await lockAccountToken(tx, found.id);
        if (row?.used_at !== null || row.pending_password_hash === null || row.pending_totp_secret === null) {
          throw new AppError('conflict', 'Start again: choose your password first');
        }
        const secret = sealer.open(row.pending_totp_secret, `account_token:${row.id}:totp`);
        const step = verifyTotp(secret, code, clock.now(), null);
        if (step === null) {
          throw new AppError('validation_failed', 'The code is not right', [
            { field: 'code', message: 'Enter the 6-digit code your authenticator app shows now' },
          ]);
        }
        const now = clock.now();
        let userId = row.user_id;
        if (userId === null) {
          if ((await countActiveAdministrators(tx)) > 0) throw new AppError('not_found', invalidLink);
          const email = row.pending_email ?? '';
          if (await findStaffUserRowByEmail(tx, email)) {
            throw new AppError('conflict', 'An account with this email address already exists');
          }
          userId = await insertStaffUser(
            tx,
            { email, displayName: row.pending_display_name ?? email, partnerOrganisationId: null },
            now,
          );
          await replaceRoles(tx, userId, ['administrator']);
          await audit.record(tx, {
            actor: { type: 'system', id: 'first-administrator-setup' },
            action: 'user.create',
            subject: { type: 'staff_user', id: userId },
            details: { email, roles: ['administrator'], via: 'first administrator setup link' },
          });
        }
        await setPasswordAndTotp(
          tx,
          userId,
          {
            passwordHash: row.pending_password_hash,
            totpSecret: sealer.seal(secret, totpContext(userId)),
            totpLastStep: step,
          },
          now,
        );
        await markAccountTokenUsed(tx, row.id, now);
        await recordSuccessfulSignIn(tx, userId, now);
        const session = await sessions.start(tx, {
          userId,
          stage: 'active',
          authMethod: 'setup_link',
          secondFactor: 'totp',
          ...(context.userAgent !== undefined ? { userAgent: context.userAgent } : {}),
        });
        await audit.record(tx, {
          actor: { type: 'staff', id: userId },
          action: 'account.setup_complete',
          subject: { type: 'staff_user', id: userId },
          ...(context.requestId !== undefined ? { requestId: context.requestId } : {}),
          details: { secondFactor: 'totp', ip: context.ip ?? null, sessionId: session.id },
        });
        return { token: session.token, userId };
      });
    },
  };
}
