import { sql } from 'kysely';
import type { Config } from '../config/config.ts';
import { createDisseminationService } from '../modules/access/index.ts';
import { createAuditViewerService } from '../modules/audit-viewer/index.ts';
import { createAuthServices } from '../modules/auth/index.ts';
import {
  createTeamService,
  createUserService,
  findPartnerOrganisationById,
  findTeamById,
} from '../modules/users/index.ts';
import { createCheckpointLog } from '../platform/audit/audit-checkpoints.ts';
import { createAuditTrail } from '../platform/audit/audit-trail.ts';
import type { Clock } from '../platform/clock.ts';
import type { Keys } from '../platform/crypto/keys.ts';
import { createBlindIndex } from '../platform/crypto/blind-index.ts';
import { createSealer } from '../platform/crypto/sealer.ts';
import type { DatabaseHandle } from '../platform/db/create-db.ts';
import type { Logger } from '../platform/logging/logger.ts';
import { createAlertsService } from '../modules/correlation/index.ts';
import {
  createInboxService,
  createReportDeskService,
  createReportSearchService,
  enqueueReportProcessing,
} from '../modules/triage/index.ts';
import { createEntitiesService } from '../modules/pole/index.ts';
import {
  createPersonModelTrainer,
  createPersonResolutionService,
  identityMembers,
} from '../modules/resolution/index.ts';
import { createIntelligenceService, createIntelligenceWorkflow } from '../modules/intelligence/index.ts';
import { createJourneyServices } from '../modules/public-report/index.ts';
import { createReportingServices } from '../modules/reports/index.ts';
import {
  createDealLineMembersService,
  createDealLineProfileService,
  createDealLineService,
  dealLinesOfPhones,
  lineNumberRows,
} from '../modules/deal-lines/index.ts';
import {
  createCommunitiesService,
  createKeyPlayersService,
  createNetworkExportService,
  createNetworkService,
} from '../modules/network/index.ts';
import { createHotspotsService, createMapsService, createTimePatternService } from '../modules/maps/index.ts';
import { createDashboardService } from '../modules/dashboard/index.ts';
import { createBriefingService } from '../modules/briefings/index.ts';
import { createBackgroundTasks } from '../platform/jobs/background-tasks.ts';
import { createSafeguardingService } from '../modules/safeguarding/index.ts';
import {
  createDiversionArrestPort,
  createOperationsServices,
  intelligenceIsClosed,
} from '../modules/operations/index.ts';
import { createContextServices } from './context-services.ts';
import { eraseDerivedFromReport } from './report-erasure.ts';
import { createCaseworkServices } from '../modules/casework/index.ts';
import { createDisclosureServices } from '../modules/disclosure/index.ts';

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
  const audit = createAuditTrail({
    clock: deps.clock,
    checkpoints: createCheckpointLog({ path: deps.config.auditCheckpointFile, dataKey: deps.keys.dataKey }),
  });
  const sealer = await createSealer(deps.keys.dataKey);
  const intelligenceDeps = {
    db,
    sealer,
    audit,
    clock: deps.clock,
    reviewAfterDays: 365,
    isClosed: intelligenceIsClosed,
  };
  const blindIndex = createBlindIndex(deps.keys.dataKey);
  const { clock } = deps;
  const receiptKey = deps.keys.receiptKey;
  const journeys = createJourneyServices({ db, sealer, clock, receiptKey });
  const reporting = createReportingServices({
    db,
    sealer,
    clock,
    audit,
    receiptKey,
    sectorOf: (postcode: string) => journeys.streets.postcodeSector(postcode),
    retention: deps.config.retention,
    reportRecorded: enqueueReportProcessing,
    eraseDerived: eraseDerivedFromReport,
  });
  const auth = createAuthServices({
    db,
    audit,
    clock,
    sealer,
    staffBaseUrl: deps.config.staffListener.baseUrl,
    sessionLimits: deps.config.staffSessions,
    oidc: deps.config.oidc,
  });
  const background = createBackgroundTasks(deps.logger);
  const networkDeps = {
    db,
    sealer,
    audit,
    clock: deps.clock,
    background,
    dealLineReads: { dealLinesOfPhones, lineNumberRows },
  };
  const entities = createEntitiesService({ db, sealer, audit, blindIndex, identityMembers });
  const dealLineProfiles = createDealLineProfileService(networkDeps);
  const operations = createOperationsServices({
    db,
    sealer,
    audit,
    clock,
    warrantValidityMonths: deps.config.warrantValidityMonths,
    blindIndex,
  });
  const casework = createCaseworkServices({
    db,
    sealer,
    audit,
    clock,
    blindIndex,
    policy: { strategyDiscussionHours: deps.config.strategyDiscussionHours },
    diversionRules: deps.config.diversion,
    // Operations opens cases through casework's index; casework reaches arrests only through
    // this port, composed here, so the modules keep one direction (ADR 0039).
    arrests: createDiversionArrestPort({ sealer, audit, clock }),
  });
  return {
    alerts: createAlertsService({ db, sealer, audit }),
    safeguarding: createSafeguardingService({ db, sealer, audit }),
    inbox: createInboxService({ db, sealer, audit, clock: deps.clock, blindIndex }),
    reportDesk: createReportDeskService({ db, audit, clock: deps.clock }),
    reportSearch: createReportSearchService({ db, sealer, audit, blindIndex }),
    entities,
    personResolution: createPersonResolutionService({ db, sealer, audit, clock, blindIndex }),
    personModelTrainer: createPersonModelTrainer({ db, sealer, audit, clock, blindIndex }),
    intelligence: createIntelligenceService(intelligenceDeps),
    intelligenceWorkflow: createIntelligenceWorkflow(intelligenceDeps),
    network: createNetworkService(networkDeps),
    keyPlayers: createKeyPlayersService(networkDeps),
    communities: createCommunitiesService(networkDeps),
    networkExport: createNetworkExportService(networkDeps),
    dealLines: createDealLineService(networkDeps),
    dealLineMembers: createDealLineMembersService(networkDeps),
    dealLineProfiles,
    operations,
    casework,
    // "You said, we did" (issue 16): counts come from reports, operations and casework through
    // their index.ts; the public listener gets only disclosure.publicView (published snapshots).
    disclosure: createDisclosureServices({ db, sealer, audit, clock, rules: deps.config.disclosure }),
    briefings: createBriefingService({ db, sealer, audit, clock, entities, dealLineProfiles, operations }),
    maps: createMapsService({ db, sealer, audit, clock, styleUrl: deps.config.staffMapStyleUrl }),
    ...createContextServices({ db, sealer, audit, clock }),
    hotspots: createHotspotsService({ db, sealer, audit, clock }),
    timePatterns: createTimePatternService({ db, sealer, audit, clock }),
    dashboard: createDashboardService({ db, audit, clock, caseworkFigures: casework.figures }),
    background,
    config: deps.config,
    db,
    engine: deps.database.engine,
    clock: deps.clock,
    logger: deps.logger,
    audit,
    sealer,
    blindIndex,
    receiptKey,
    ...journeys,
    ...reporting,
    // Staff accounts and access (issue 4)
    auth,
    users: createUserService({ db, audit, clock, accounts: auth.accountLifecycle }),
    teams: createTeamService({ db, audit }),
    disseminations: createDisseminationService({
      db,
      audit,
      clock,
      recipientExists: async (tx, recipient) =>
        (recipient.kind === 'team'
          ? await findTeamById(tx, recipient.teamId)
          : await findPartnerOrganisationById(tx, recipient.partnerOrganisationId)) !== undefined,
    }),
    auditViewer: createAuditViewerService({ db, audit, clock }),
    async readiness() {
      await sql`select 1`.execute(db);
      return { ready: true, database: deps.database.engine };
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
