// The intelligence module's public face: other modules import from here only.
export { createIntelligenceWorkflow } from './intelligence-workflow.service.ts';
export { registerIntelligenceRoutes } from './intelligence.routes.ts';
export { createIntelligenceService } from './intelligence.service.ts';
