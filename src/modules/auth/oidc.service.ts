import type * as OpenId from 'openid-client';
import type { OidcConfig } from '../../config/config.ts';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import {
  checkRoleCombination,
  findRolesOf,
  findStaffUserRowByEmail,
  findStaffUserRowById,
  findUserIdByOidcIdentity,
  linkOidcIdentity,
  replaceRoles,
} from '../users/index.ts';
import type { SecondFactorKind } from './auth.table.ts';
import { emailFromClaims, rolesFromClaims } from './oidc-claims.ts';
import { deleteOidcState, insertOidcState } from './oidc-state.repository.ts';
import type { SessionService } from './session.service.ts';
import type { SignInContext, SignInService } from './sign-in.service.ts';
import { hashToken, newToken } from './tokens.ts';

// openid-client loads when single sign-on is first used, not with every server (docs/adr/0049).
let openIdModule: Promise<typeof OpenId> | undefined;
const openId = () => (openIdModule ??= import('openid-client'));

const stateLifetimeMs = 10 * 60 * 1000;

export type OidcService = ReturnType<typeof createOidcService>;

// Single sign-on through OpenID Connect (authorisation code + PKCE, with state and nonce).
// It replaces the password only: the person must already have a Linebreak account, and
// Linebreak's own second factor is still required. With OIDC_ROLE_CLAIM set, each sign-in
// brings the account's roles into line with the issuer's claim (audited).
export function createOidcService(deps: {
  db: Db;
  audit: AuditTrail;
  clock: Clock;
  config: OidcConfig;
  staffBaseUrl: string;
  signIn: SignInService;
  sessions: SessionService;
}) {
  const { db, audit, clock, config, signIn, sessions } = deps;
  const redirectUri = `${deps.staffBaseUrl.replace(/\/$/, '')}/api/auth/oidc/callback`;
  let discovered: Promise<OpenId.Configuration> | undefined;

  function configuration(): Promise<OpenId.Configuration> {
    const issuer = new URL(config.issuerUrl);
    // Plain HTTP only for an issuer on this machine (development and the test provider).
    const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    discovered ??= openId()
      .then((client) =>
        client.discovery(
          issuer,
          config.clientId,
          config.clientSecret,
          config.clientSecret === undefined ? client.None() : client.ClientSecretPost(config.clientSecret),
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- flagged only to stand out; used for local issuers alone
          local ? { execute: [client.allowInsecureRequests] } : undefined,
        ),
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  }

  async function failure(reason: string, context: SignInContext, userId?: string): Promise<never> {
    await db.transaction().execute((tx) =>
      audit.record(tx, {
        actor: userId === undefined ? { type: 'public' } : { type: 'staff', id: userId },
        action: 'auth.sign_in_failure',
        ...(userId !== undefined ? { subject: { type: 'staff_user', id: userId } } : {}),
        ...(context.requestId !== undefined ? { requestId: context.requestId } : {}),
        details: { stage: 'oidc', reason, ip: context.ip ?? null },
      }),
    );
    throw new AppError('unauthenticated', 'Single sign-on did not work for this account');
  }

  return {
    label: config.label,
    redirectUri,

    /** Where to send the browser, and the value for the short-lived cookie that binds the round trip to it. */
    async start(): Promise<{ url: URL; browserBinding: string }> {
      const oidc = await configuration();
      const client = await openId();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const verifier = client.randomPKCECodeVerifier();
      const browserBinding = newToken();
      await insertOidcState(db, {
        stateHash: hashToken(`${state}.${browserBinding}`),
        codeVerifier: verifier,
        nonce,
        expiresAt: new Date(clock.now().getTime() + stateLifetimeMs),
      });
      const url = client.buildAuthorizationUrl(oidc, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, browserBinding };
    },

    /** The issuer sent the browser back: check everything, then start a session awaiting the second factor. */
    async callback(
      currentUrl: URL,
      browserBinding: string | undefined,
      context: SignInContext,
    ): Promise<{ token: string; methods: SecondFactorKind[] }> {
      const state = currentUrl.searchParams.get('state') ?? '';
      const pending =
        browserBinding === undefined ? undefined : await deleteOidcState(db, hashToken(`${state}.${browserBinding}`));
      if (!pending || pending.expires_at <= clock.now()) return failure('unknown_or_expired_state', context);
      const oidc = await configuration();
      const client = await openId();
      const tokens = await client
        .authorizationCodeGrant(oidc, currentUrl, {
          pkceCodeVerifier: pending.code_verifier,
          expectedState: state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        })
        .catch(() => undefined);
      const claims = tokens?.claims();
      if (!claims) return failure('token_exchange_failed', context);
      const issuer = oidc.serverMetadata().issuer;
      let userId = await findUserIdByOidcIdentity(db, issuer, claims.sub);
      if (userId === undefined) {
        const email = emailFromClaims(claims);
        const byEmail = email === undefined ? undefined : await findStaffUserRowByEmail(db, email);
        if (byEmail?.oidc_subject !== null) return failure('no_matching_account', context);
        userId = byEmail.id;
        await db.transaction().execute(async (tx) => {
          await linkOidcIdentity(tx, byEmail.id, issuer, claims.sub);
          await audit.record(tx, {
            actor: { type: 'staff', id: byEmail.id },
            action: 'auth.oidc_link',
            subject: { type: 'staff_user', id: byEmail.id },
            details: { issuer, subject: claims.sub },
          });
        });
      }
      const user = await findStaffUserRowById(db, userId);
      if (user?.status !== 'active') return failure('disabled', context, userId);
      const granted = rolesFromClaims(config, claims);
      if (granted !== undefined) {
        if (checkRoleCombination(granted, user.partner_organisation_id).length > 0) {
          return failure('no_usable_role_in_claim', context, user.id);
        }
        const current = [...((await findRolesOf(db, [user.id])).get(user.id) ?? [])].sort();
        if (current.join() !== granted.join()) {
          await db.transaction().execute(async (tx) => {
            await replaceRoles(tx, user.id, granted);
            await audit.record(tx, {
              actor: { type: 'system', id: 'oidc' },
              action: 'user.roles_change',
              subject: { type: 'staff_user', id: user.id },
              details: { from: current, to: granted, via: `${config.roleClaim ?? ''} claim from ${issuer}` },
            });
          });
        }
      }
      const methods = await signIn.secondFactorsOf(user);
      if (methods.length === 0) return failure('no_second_factor', context, user.id);
      const { token } = await db.transaction().execute((tx) =>
        sessions.start(tx, {
          userId: user.id,
          stage: 'second_factor',
          authMethod: 'oidc',
          ...(context.userAgent !== undefined ? { userAgent: context.userAgent } : {}),
        }),
      );
      return { token, methods };
    },
  };
}
