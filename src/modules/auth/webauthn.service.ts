import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { findStaffUserRowById } from '../users/index.ts';
import { findSessionById, setSessionChallenge } from './session.repository.ts';
import type { ResolvedSession } from './session.service.ts';
import type { SignInContext, SignInService } from './sign-in.service.ts';
import {
  deleteWebauthnCredential,
  findWebauthnCredential,
  insertWebauthnCredential,
  listWebauthnCredentials,
  recordWebauthnUse,
} from './webauthn.repository.ts';

// @simplewebauthn/server loads when a security key is first used, not with every server (docs/adr/0049).
const simpleWebauthn = () => import('@simplewebauthn/server');

export type SecurityKey = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };
export type WebauthnService = ReturnType<typeof createWebauthnService>;

// Security keys (WebAuthn) as an optional second factor beside TOTP. The relying party is
// the staff site's host name (STAFF_BASE_URL): browsers refuse WebAuthn on a bare IP
// address, so use a host name (localhost in development). Challenges live on the session
// row, never in the browser alone.
export function createWebauthnService(deps: {
  db: Db;
  audit: AuditTrail;
  clock: Clock;
  signIn: SignInService;
  staffBaseUrl: string;
}) {
  const { db, audit, clock, signIn } = deps;
  const origin = new URL(deps.staffBaseUrl).origin;
  const rpID = new URL(deps.staffBaseUrl).hostname;

  async function challengeOf(sessionId: string | undefined): Promise<string> {
    const session = sessionId === undefined ? undefined : await findSessionById(db, sessionId);
    if (!session?.webauthn_challenge) {
      throw new AppError('conflict', 'Start again: ask for the security key prompt first');
    }
    return session.webauthn_challenge;
  }

  return {
    async registrationOptions(actor: StaffActor): Promise<PublicKeyCredentialCreationOptionsJSON> {
      const user = await findStaffUserRowById(db, actor.userId);
      if (!user || actor.sessionId === undefined) throw new AppError('unauthenticated');
      const existing = await listWebauthnCredentials(db, actor.userId);
      const options = await (
        await simpleWebauthn()
      ).generateRegistrationOptions({
        rpName: 'Linebreak',
        rpID,
        userName: user.email,
        userDisplayName: user.display_name,
        userID: new TextEncoder().encode(user.id),
        attestationType: 'none',
        excludeCredentials: existing.map((credential) => ({ id: credential.id, transports: credential.transports })),
        authenticatorSelection: { residentKey: 'discouraged', userVerification: 'preferred' },
      });
      await setSessionChallenge(db, actor.sessionId, options.challenge);
      return options;
    },

    async register(actor: StaffActor, name: string, response: Record<string, unknown>): Promise<SecurityKey> {
      const expectedChallenge = await challengeOf(actor.sessionId);
      const verification = await (
        await simpleWebauthn()
      )
        .verifyRegistrationResponse({
          response: response as unknown as RegistrationResponseJSON,
          expectedChallenge,
          expectedOrigin: origin,
          expectedRPID: rpID,
          requireUserVerification: false,
        })
        .catch(() => undefined);
      if (!verification?.verified) {
        throw new AppError('validation_failed', 'The security key could not be verified', [
          { field: 'response', message: 'Try adding the key again' },
        ]);
      }
      const { credential } = verification.registrationInfo;
      const createdAt = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertWebauthnCredential(tx, {
          id: credential.id,
          userId: actor.userId,
          publicKey: credential.publicKey,
          signCount: credential.counter,
          transports: credential.transports ?? [],
          name,
          createdAt,
        });
        if (actor.sessionId !== undefined) await setSessionChallenge(tx, actor.sessionId, null);
        await audit.record(
          tx,
          auditEventBy(actor, 'account.webauthn_register', {
            subject: { type: 'staff_user', id: actor.userId },
            details: { credentialId: credential.id, name },
          }),
        );
      });
      return { id: credential.id, name, createdAt, lastUsedAt: null };
    },

    async list(actor: StaffActor): Promise<SecurityKey[]> {
      return (await listWebauthnCredentials(db, actor.userId)).map((row) => ({
        id: row.id,
        name: row.name,
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
      }));
    },

    async remove(actor: StaffActor, credentialId: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        if (!(await deleteWebauthnCredential(tx, actor.userId, credentialId))) {
          throw new AppError('not_found_or_no_access');
        }
        await audit.record(
          tx,
          auditEventBy(actor, 'account.webauthn_remove', {
            subject: { type: 'staff_user', id: actor.userId },
            details: { credentialId },
          }),
        );
      });
    },

    /** Second factor: the challenge for the pending session's registered keys. */
    async authenticationOptions(
      session: ResolvedSession,
      context: SignInContext,
    ): Promise<PublicKeyCredentialRequestOptionsJSON> {
      const user = await signIn.pendingUser(session, 'webauthn', context);
      const credentials = await listWebauthnCredentials(db, user.id);
      if (credentials.length === 0) throw new AppError('conflict', 'No security key is registered for this account');
      const options = await (
        await simpleWebauthn()
      ).generateAuthenticationOptions({
        rpID,
        allowCredentials: credentials.map((credential) => ({ id: credential.id, transports: credential.transports })),
        userVerification: 'preferred',
      });
      await setSessionChallenge(db, session.id, options.challenge);
      return options;
    },

    async authenticate(
      session: ResolvedSession,
      response: Record<string, unknown>,
      context: SignInContext,
    ): Promise<{ token: string }> {
      const user = await signIn.pendingUser(session, 'webauthn', context);
      const expectedChallenge = await challengeOf(session.id);
      const credential = typeof response.id === 'string' ? await findWebauthnCredential(db, response.id) : undefined;
      if (credential?.user_id !== user.id) {
        return signIn.fail(user, 'webauthn', 'bad_security_key', context, session.id);
      }
      const verification = await (
        await simpleWebauthn()
      )
        .verifyAuthenticationResponse({
          response: response as unknown as AuthenticationResponseJSON,
          expectedChallenge,
          expectedOrigin: origin,
          expectedRPID: rpID,
          credential: {
            id: credential.id,
            publicKey: new Uint8Array(credential.public_key),
            counter: Number(credential.sign_count),
            transports: credential.transports,
          },
          requireUserVerification: false,
        })
        .catch(() => undefined);
      if (!verification?.verified) return signIn.fail(user, 'webauthn', 'bad_security_key', context, session.id);
      await recordWebauthnUse(db, credential.id, verification.authenticationInfo.newCounter, clock.now());
      return signIn.completeSignIn(session, user.id, 'webauthn', context);
    },
  };
}
