import type { FastifyInstance } from 'fastify';
import { registerAlertRoutes } from '../modules/correlation/alerts.routes.ts';
import { registerDealLineRoutes } from '../modules/deal-lines/deal-line.routes.ts';
import { registerIntelligenceRoutes } from '../modules/intelligence/intelligence.routes.ts';
import { registerNetworkRoutes } from '../modules/network/network.routes.ts';
import { registerEntityRoutes } from '../modules/pole/entities.routes.ts';
import { registerStaffErrorHandlers } from '../modules/staff-site/staff-error-handler.ts';
import { registerStaffSiteRoutes } from '../modules/staff-site/staff-site.routes.ts';
import { createBaseApp } from '../platform/http/create-app.ts';
import type { Services } from './services.ts';

// The staff site and its JSON API. In production it listens on an internal network only.
export async function createStaffApp(services: Services): Promise<FastifyInstance> {
  const app = await createBaseApp({
    kind: 'staff',
    logger: services.logger,
    readiness: () => services.readiness(),
    trustProxyHops: services.config.trustProxyHops,
  });
  registerStaffErrorHandlers(app);
  // Set from the session by the authentication hook; null means nobody is signed in.
  app.decorateRequest('staffActor', null);
  await registerStaffSiteRoutes(app);
  registerIntelligenceRoutes(app, services);
  registerAlertRoutes(app, services);
  registerEntityRoutes(app, services);
  registerNetworkRoutes(app, services);
  registerDealLineRoutes(app, services);
  return app;
}
