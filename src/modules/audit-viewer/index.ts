// The audit-viewer module's public face: other modules import from here only.
export { registerAuditViewerRoutes } from './audit-viewer.routes.ts';
export { createAuditViewerService } from './audit-viewer.service.ts';
