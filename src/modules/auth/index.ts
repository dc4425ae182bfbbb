import type { OidcConfig } from '../../config/config.ts';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { clearPasswordAndTotp, type AccountLifecycle } from '../users/index.ts';
import { staffCookies } from './auth.hook.ts';
import { createOidcService } from './oidc.service.ts';
import { createSessionService } from './session.service.ts';
import { createSetupService } from './setup.service.ts';
import { deleteWebauthnCredentialsOf } from './webauthn.repository.ts';
import { createSignInService } from './sign-in.service.ts';
import { createWebauthnService } from './webauthn.service.ts';

export { registerAccountRoutes } from './account.routes.ts';
export { csrfHeader, registerStaffAuthentication } from './auth.hook.ts';
export { registerAuthRoutes } from './auth.routes.ts';
export { registerOidcRoutes } from './oidc.routes.ts';
export { registerSessionAdminRoutes } from './session-admin.routes.ts';
export { registerSetupRoutes } from './setup.routes.ts';
export { registerWebauthnRoutes } from './webauthn.routes.ts';

export type AuthServices = ReturnType<typeof createAuthServices>;

// Sign-in, sessions and account setup, built once per process.
export function createAuthServices(deps: {
  db: Db;
  audit: AuditTrail;
  clock: Clock;
  sealer: Sealer;
  staffBaseUrl: string;
  sessionLimits: { idleMinutes: number; maxHours: number };
  oidc: OidcConfig | null;
}) {
  const { db, audit, clock, sealer } = deps;
  const sessions = createSessionService({
    db,
    audit,
    clock,
    limits: { idleMs: deps.sessionLimits.idleMinutes * 60_000, absoluteMs: deps.sessionLimits.maxHours * 3_600_000 },
  });
  const signIn = createSignInService({ db, audit, clock, sealer, sessions });
  const setup = createSetupService({ db, audit, clock, sealer, sessions, staffBaseUrl: deps.staffBaseUrl });
  const webauthn = createWebauthnService({ db, audit, clock, signIn, staffBaseUrl: deps.staffBaseUrl });
  const oidc =
    deps.oidc === null
      ? null
      : createOidcService({ db, audit, clock, config: deps.oidc, staffBaseUrl: deps.staffBaseUrl, signIn, sessions });
  const accountLifecycle: AccountLifecycle = {
    issueSetupLink: (tx, userId) => setup.issueSetupLink(tx, userId),
    clearCredentials: async (tx, userId) => {
      await clearPasswordAndTotp(tx, userId, clock.now());
      await deleteWebauthnCredentialsOf(tx, userId);
    },
    revokeAllSessions: (tx, userId, reason) => sessions.revokeAllForUser(tx, userId, reason),
  };
  return {
    sessions,
    signIn,
    setup,
    webauthn,
    oidc,
    accountLifecycle,
    // Secure (and __Host-) cookies whenever staff reach the site over HTTPS.
    secureCookies: deps.staffBaseUrl.startsWith('https:'),
    cookies: staffCookies(deps.staffBaseUrl.startsWith('https:')),
  };
}
export { authCleanupJob } from './auth-cleanup.job.ts';
export { base32Decode, totpCode, totpStep } from './totp.ts';
