import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { registerAlertRoutes } from '../modules/correlation/alerts.routes.ts';
import { registerDealLineRoutes } from '../modules/deal-lines/deal-line.routes.ts';
import { registerIntelligenceRoutes } from '../modules/intelligence/intelligence.routes.ts';
import { registerNetworkRoutes } from '../modules/network/network.routes.ts';
import { registerMapRoutes } from '../modules/maps/maps.routes.ts';
import { registerEntityRoutes } from '../modules/pole/entities.routes.ts';
import { registerPersonResolutionRoutes } from '../modules/resolution/person-resolution.routes.ts';
import { registerInboxRoutes } from '../modules/triage/inbox.routes.ts';
import { requirePermission } from '../modules/access/actor.ts';
import { actorOf } from '../modules/access/request-actor.ts';
import {
  defaultJourneyLimits,
  reportJourneyPlugin,
  reportJourneyViewsDir,
  type JourneyLimits,
} from '../modules/public-report/index.ts';
import { publicSiteViewsDir, registerPublicAssets } from '../modules/public-site/public-site.routes.ts';
import {
  registerReportMessageRoutes,
  registerReportPhotoRoutes,
  registerRetentionReviewRoutes,
} from '../modules/reports/index.ts';
import { registerDisseminationRoutes } from '../modules/access/dissemination.routes.ts';
import { registerAuditViewerRoutes } from '../modules/audit-viewer/audit-viewer.routes.ts';
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
import { registerStaffErrorHandlers } from '../modules/staff-site/staff-error-handler.ts';
import { registerStaffSiteRoutes } from '../modules/staff-site/staff-site.routes.ts';
import { registerSafeguardingRoutes } from '../modules/safeguarding/safeguarding.routes.ts';
import { registerOperationsRoutes } from '../modules/operations/index.ts';
import { createBaseApp } from '../platform/http/create-app.ts';
import { registerViews } from '../platform/http/views.ts';
import type { Services } from './services.ts';

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
  // Who is asking: the session cookie becomes request.staffActor (null when signed out), and
  // state-changing requests must carry the CSRF token. Services still check permissions.
  app.decorateRequest('staffActor', null);
  const { auth } = services;
  registerStaffAuthentication(app, { sessions: auth.sessions, cookies: auth.cookies });
  await app.register(rateLimit, { global: false });
  const oidc = { enabled: auth.oidc !== null, label: auth.oidc?.label ?? '' };
  if (auth.oidc) registerOidcRoutes(app, { oidc: auth.oidc, cookies: auth.cookies, secure: auth.secureCookies });
  registerAuthRoutes(app, { sessions: auth.sessions, signIn: auth.signIn, cookies: auth.cookies, oidc });
  registerSetupRoutes(app, { setup: auth.setup, cookies: auth.cookies });
  registerWebauthnRoutes(app, { webauthn: auth.webauthn, cookies: auth.cookies });
  registerAccountRoutes(app, { sessions: auth.sessions });
  registerSessionAdminRoutes(app, { sessions: auth.sessions });
  registerUserRoutes(app, { users: services.users });
  registerTeamRoutes(app, { teams: services.teams });
  registerDisseminationRoutes(app, { disseminations: services.disseminations });
  registerAuditViewerRoutes(app, { auditViewer: services.auditViewer });
  await registerStaffSiteRoutes(app);
  registerIntelligenceRoutes(app, services);
  registerAlertRoutes(app, services);
  registerEntityRoutes(app, services);
  registerPersonResolutionRoutes(app, services);
  registerInboxRoutes(app, services);
  registerReportMessageRoutes(app, services.reportMessages);
  registerReportPhotoRoutes(app, services.reportPhotos);
  registerRetentionReviewRoutes(app, services.retentionReview);

  // Call handlers key reports taken on 101 or the Crimestoppers line through the same
  // journey as the public, rendered with the same GOV.UK pages; the channel is recorded.
  await registerViews(app, [publicSiteViewsDir, reportJourneyViewsDir]);
  await registerPublicAssets(app);
  await app.register(reportJourneyPlugin, {
    prefix: '/phone-report',
    deps: services,
    settings: {
      channel: 'phone',
      prefix: '/phone-report',
      cookieName: 'lb_phone_report',
      secureCookie: services.config.staffListener.baseUrl.startsWith('https:'),
      limits: options.limits ?? defaultJourneyLimits,
      followUp: false,
      authorise(request) {
        const actor = actorOf(request);
        requirePermission(actor, 'report.create_phone');
        return actor;
      },
    },
  });
  // Partner agencies (schools, youth services, housing) send referrals the same way.
  await app.register(reportJourneyPlugin, {
    prefix: '/partner-report',
    deps: services,
    settings: {
      channel: 'partner',
      prefix: '/partner-report',
      cookieName: 'lb_partner_report',
      secureCookie: services.config.staffListener.baseUrl.startsWith('https:'),
      limits: options.limits ?? defaultJourneyLimits,
      followUp: false,
      authorise(request) {
        const actor = actorOf(request);
        requirePermission(actor, 'report.create_partner');
        return actor;
      },
    },
  });
  registerNetworkRoutes(app, services);
  registerDealLineRoutes(app, services);
  registerMapRoutes(app, services);
  registerSafeguardingRoutes(app, services);
  registerOperationsRoutes(app, services);
  return app;
}
