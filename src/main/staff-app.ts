import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { registerAlertRoutes } from '../modules/correlation/index.ts';
import { registerDealLineRoutes } from '../modules/deal-lines/index.ts';
import { registerIntelligenceRoutes } from '../modules/intelligence/index.ts';
import { registerNetworkRoutes } from '../modules/network/index.ts';
import { registerContextRoutes } from '../modules/context/index.ts';
import { registerHotspotRoutes, registerMapRoutes } from '../modules/maps/index.ts';
import { registerDashboardRoutes } from '../modules/dashboard/index.ts';
import { registerBriefingRoutes } from '../modules/briefings/index.ts';
import { registerEntityRoutes } from '../modules/pole/index.ts';
import { registerPersonResolutionRoutes } from '../modules/resolution/index.ts';
import { registerInboxRoutes, registerReportDeskRoutes, registerReportSearchRoutes } from '../modules/triage/index.ts';
import { actorOf, registerDisseminationRoutes, requirePermission, type Permission } from '../modules/access/index.ts';
import {
  defaultJourneyLimits,
  reportJourneyPlugin,
  reportJourneyViewsDir,
  type JourneyLimits,
} from '../modules/public-report/index.ts';
import {
  addAssetGlobals,
  addTranslationGlobals,
  publicSiteViewsDir,
  registerPublicAssets,
} from '../modules/public-site/index.ts';
import {
  registerReportMessageRoutes,
  registerReportPhotoRoutes,
  registerReportTranslationRoutes,
  registerRetentionReviewRoutes,
} from '../modules/reports/index.ts';
import { registerAuditViewerRoutes } from '../modules/audit-viewer/index.ts';
import {
  registerAccountRoutes,
  registerAuthRoutes,
  registerOidcRoutes,
  registerSessionAdminRoutes,
  registerSetupRoutes,
  registerStaffAuthentication,
  registerWebauthnRoutes,
} from '../modules/auth/index.ts';
import { registerTeamRoutes, registerUserRoutes } from '../modules/users/index.ts';
import { apiReference, registerStaffErrorHandlers, registerStaffSiteRoutes } from '../modules/staff-site/index.ts';
import { registerSafeguardingRoutes } from '../modules/safeguarding/index.ts';
import { registerCaseworkModuleRoutes } from '../modules/casework/index.ts';
import { registerDisclosureRoutes } from '../modules/disclosure/index.ts';
import { registerOperationsRoutes } from '../modules/operations/index.ts';
import { createBaseApp } from '../platform/http/create-app.ts';
import { useZodRouteSchemas } from '../platform/http/route-schemas.ts';
import { registerViews } from '../platform/http/views.ts';
import { journeyDeps } from './journey-deps.ts';
import type { Services } from './services.ts';

/** One module's staff routes, registered on the staff listener with the services it was given. */
type StaffRoutes = (app: FastifyInstance) => Promise<void> | undefined;

// The staff site and its JSON API. In production it listens on an internal network only.
export async function createStaffApp(
  services: Services,
  options: { limits?: JourneyLimits } = {},
): Promise<FastifyInstance> {
  const app = await createBaseApp({
    kind: 'staff',
    logger: services.logger,
    readiness: () => services.readiness(),
    trustProxyHops: services.config.trustProxyHops,
    extraConnectOrigins: services.config.staffMapStyleUrl ? [new URL(services.config.staffMapStyleUrl).origin] : [],
  });
  registerStaffErrorHandlers(app);
  // The routes' zod schemas validate input, check every answer (strictly outside production:
  // ADR 0030) and make the OpenAPI document at /api/openapi.json.
  useZodRouteSchemas(app, { strict: services.config.env !== 'production', logger: app.log });
  const registerApiReferenceRoutes = apiReference(app, { title: 'Linebreak staff API', version: '1' });
  // Who is asking: the session cookie becomes request.staffActor (null when signed out), and
  // state-changing requests must carry the CSRF token. Services still check permissions.
  app.decorateRequest('staffActor', null);
  const { auth } = services;
  registerStaffAuthentication(app, { sessions: auth.sessions, cookies: auth.cookies });
  await app.register(rateLimit, { global: false });
  const oidc = { enabled: auth.oidc !== null, label: auth.oidc?.label ?? '' };
  const journey = (channel: 'phone' | 'partner', permission: Permission): StaffRoutes => {
    const prefix = `/${channel}-report`;
    return async (staff) => {
      await staff.register(reportJourneyPlugin, {
        prefix,
        deps: journeyDeps(services),
        settings: {
          channel,
          prefix,
          cookieName: `lb_${channel}_report`,
          secureCookie: services.config.staffListener.baseUrl.startsWith('https:'),
          limits: options.limits ?? defaultJourneyLimits,
          followUp: false,
          authorise(request) {
            const actor = actorOf(request);
            requirePermission(actor, permission);
            return actor;
          },
        },
      });
    };
  };

  // Every module's routes, in the order they are registered. Each is handed only its own
  // services: no route file receives the database handle or a key.
  const modules: StaffRoutes[] = [
    (staff) => {
      if (auth.oidc) registerOidcRoutes(staff, { oidc: auth.oidc, cookies: auth.cookies, secure: auth.secureCookies });
    },
    (staff) => {
      registerAuthRoutes(staff, { sessions: auth.sessions, signIn: auth.signIn, cookies: auth.cookies, oidc });
    },
    (staff) => {
      registerSetupRoutes(staff, { setup: auth.setup, cookies: auth.cookies });
    },
    (staff) => {
      registerWebauthnRoutes(staff, { webauthn: auth.webauthn, cookies: auth.cookies });
    },
    (staff) => {
      registerAccountRoutes(staff, { sessions: auth.sessions });
    },
    (staff) => {
      registerSessionAdminRoutes(staff, { sessions: auth.sessions });
    },
    (staff) => {
      registerUserRoutes(staff, { users: services.users });
    },
    (staff) => {
      registerTeamRoutes(staff, { teams: services.teams });
    },
    (staff) => {
      registerDisseminationRoutes(staff, {
        disseminations: services.disseminations,
        sharedSources: [(actor) => services.intelligence.sharedWith(actor)],
      });
    },
    (staff) => {
      registerAuditViewerRoutes(staff, { auditViewer: services.auditViewer });
    },
    (staff) => registerStaffSiteRoutes(staff),
    (staff) => {
      registerApiReferenceRoutes(staff);
    },
    (staff) => {
      registerIntelligenceRoutes(staff, {
        intelligence: services.intelligence,
        intelligenceWorkflow: services.intelligenceWorkflow,
      });
    },
    (staff) => {
      registerAlertRoutes(staff, { alerts: services.alerts });
    },
    (staff) => {
      registerEntityRoutes(staff, { entities: services.entities });
    },
    (staff) => {
      registerPersonResolutionRoutes(staff, { personResolution: services.personResolution });
    },
    (staff) => {
      registerInboxRoutes(staff, { inbox: services.inbox });
    },
    (staff) => {
      registerReportDeskRoutes(staff, { inbox: services.inbox, reportDesk: services.reportDesk });
    },
    (staff) => {
      registerReportSearchRoutes(staff, { reportSearch: services.reportSearch });
    },
    (staff) => {
      registerReportMessageRoutes(staff, services.reportMessages);
    },
    (staff) => {
      registerReportPhotoRoutes(staff, services.reportPhotos);
    },
    (staff) => {
      registerRetentionReviewRoutes(staff, services.retentionReview);
    },
    (staff) => {
      registerReportTranslationRoutes(staff, services.reportTranslation);
    },
    // Call handlers key reports taken on 101 or the Crimestoppers line through the same
    // journey as the public, rendered with the same GOV.UK pages; the channel is recorded.
    async (staff) => {
      await registerViews(staff, [publicSiteViewsDir, reportJourneyViewsDir], (env) =>
        addAssetGlobals(addTranslationGlobals(env)),
      );
      await registerPublicAssets(staff);
    },
    journey('phone', 'report.create_phone'),
    // Partner agencies (schools, youth services, housing) send referrals the same way.
    journey('partner', 'report.create_partner'),
    (staff) => {
      registerNetworkRoutes(staff, {
        network: services.network,
        keyPlayers: services.keyPlayers,
        communities: services.communities,
        networkExport: services.networkExport,
      });
    },
    (staff) => {
      registerDealLineRoutes(staff, {
        dealLines: services.dealLines,
        dealLineMembers: services.dealLineMembers,
        dealLineProfiles: services.dealLineProfiles,
      });
    },
    (staff) => {
      registerMapRoutes(staff, { maps: services.maps });
      registerHotspotRoutes(staff, { hotspots: services.hotspots, timePatterns: services.timePatterns });
      registerDashboardRoutes(staff, { dashboard: services.dashboard });
      registerBriefingRoutes(staff, { briefings: services.briefings });
    },
    (staff) => {
      registerSafeguardingRoutes(staff, { safeguarding: services.safeguarding });
    },
    (staff) => {
      registerCaseworkModuleRoutes(staff, { casework: services.casework });
    },
    (staff) => {
      registerOperationsRoutes(staff, { operations: services.operations });
    },
    (staff) => {
      registerContextRoutes(staff, { acquisitiveCrime: services.acquisitiveCrime });
      registerDisclosureRoutes(staff, services.disclosure);
    },
  ];
  for (const register of modules) await register(app);
  return app;
}
