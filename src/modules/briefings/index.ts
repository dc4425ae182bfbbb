// The briefings module's public face: one-page briefing sheets for an address and a deal line.
export { registerBriefingRoutes } from './briefing.routes.ts';
export { createBriefingService, type BriefingService } from './briefing.service.ts';
