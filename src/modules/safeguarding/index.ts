// The safeguarding module's public face: other modules import from here only.
export { registerSafeguardingRoutes } from './safeguarding.routes.ts';
export { createSafeguardingService } from './safeguarding.service.ts';
