import { sql } from 'kysely';
import type { Config } from '../config/config.ts';
import { createAuditTrail } from '../platform/audit/audit-trail.ts';
import type { Clock } from '../platform/clock.ts';
import type { Keys } from '../platform/crypto/keys.ts';
import { createBlindIndex } from '../platform/crypto/blind-index.ts';
import { createSealer } from '../platform/crypto/sealer.ts';
import type { DatabaseHandle } from '../platform/db/create-db.ts';
import type { Logger } from '../platform/logging/logger.ts';
import { createAlertsService } from '../modules/correlation/alerts.service.ts';
import { createDealLineMembersService } from '../modules/deal-lines/deal-line-members.service.ts';
import { createDealLineProfileService } from '../modules/deal-lines/deal-line-profile.service.ts';
import { createDealLineService } from '../modules/deal-lines/deal-line.service.ts';
import { createEntitiesService } from '../modules/pole/entities.service.ts';
import { createIntelligenceWorkflow } from '../modules/intelligence/intelligence-workflow.service.ts';
import { createIntelligenceService } from '../modules/intelligence/intelligence.service.ts';
import { createCommunitiesService } from '../modules/network/communities.service.ts';
import { createKeyPlayersService } from '../modules/network/key-players.service.ts';
import { createNetworkExportService } from '../modules/network/network-export.service.ts';
import { createNetworkService } from '../modules/network/network.service.ts';
import { createBackgroundTasks } from '../platform/jobs/background-tasks.ts';

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
  const intelligenceDeps = { db, sealer, audit, clock: deps.clock, reviewAfterDays: 365 };
  const blindIndex = createBlindIndex(deps.keys.dataKey);
  const background = createBackgroundTasks(deps.logger);
  const networkDeps = { db, sealer, audit, clock: deps.clock, background };
  return {
    alerts: createAlertsService({ db, sealer, audit }),
    entities: createEntitiesService({ db, sealer, audit, blindIndex }),
    intelligence: createIntelligenceService(intelligenceDeps),
    intelligenceWorkflow: createIntelligenceWorkflow(intelligenceDeps),
    network: createNetworkService(networkDeps),
    keyPlayers: createKeyPlayersService(networkDeps),
    communities: createCommunitiesService(networkDeps),
    networkExport: createNetworkExportService(networkDeps),
    dealLines: createDealLineService(networkDeps),
    dealLineMembers: createDealLineMembersService(networkDeps),
    dealLineProfiles: createDealLineProfileService(networkDeps),
    background,
    config: deps.config,
    db,
    engine: deps.database.engine,
    clock: deps.clock,
    logger: deps.logger,
    audit,
    sealer,
    blindIndex,
    receiptKey: deps.keys.receiptKey,
    async readiness() {
      await sql`select 1`.execute(db);
      return { ready: true, database: deps.database.engine };
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
