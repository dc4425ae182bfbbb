import { sql } from 'kysely';
import type { Config } from '../config/config.ts';
import { createDisseminationService } from '../modules/access/dissemination.service.ts';
import { createAuditViewerService } from '../modules/audit-viewer/audit-viewer.service.ts';
import { createAuthServices } from '../modules/auth/index.ts';
import { createTeamService, createUserService } from '../modules/users/index.ts';
import { createAuditTrail } from '../platform/audit/audit-trail.ts';
import type { Clock } from '../platform/clock.ts';
import type { Keys } from '../platform/crypto/keys.ts';
import { createSealer } from '../platform/crypto/sealer.ts';
import type { DatabaseHandle } from '../platform/db/create-db.ts';
import type { Logger } from '../platform/logging/logger.ts';

export type ServiceDeps = {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly clock: Clock;
  readonly keys: Keys;
  readonly logger: Logger;
};

// Every business capability, built once per process from its dependencies. Routes, jobs
// and CLI commands receive this object; nothing reaches for a global.
export async function createServices(deps: ServiceDeps) {
  const { db } = deps.database;
  const audit = createAuditTrail({ clock: deps.clock });
  const sealer = await createSealer(deps.keys.dataKey);
  const { clock } = deps;
  const auth = createAuthServices({
    db,
    audit,
    clock,
    sealer,
    staffBaseUrl: deps.config.staffListener.baseUrl,
    sessionLimits: deps.config.staffSessions,
    oidc: deps.config.oidc,
  });
  return {
    config: deps.config,
    db,
    engine: deps.database.engine,
    clock: deps.clock,
    logger: deps.logger,
    audit,
    sealer,
    receiptKey: deps.keys.receiptKey,
    // Staff accounts and access (issue 4)
    auth,
    users: createUserService({ db, audit, clock, accounts: auth.accountLifecycle }),
    teams: createTeamService({ db, audit }),
    disseminations: createDisseminationService({ db, audit, clock }),
    auditViewer: createAuditViewerService({ db, audit, clock }),
    async readiness() {
      await sql`select 1`.execute(db);
      return { ready: true, database: deps.database.engine };
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
