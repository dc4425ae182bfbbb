// The staff-site module's public face: other modules import from here only.
export { registerStaffErrorHandlers } from './staff-error-handler.ts';
export { registerStaffSiteRoutes } from './staff-site.routes.ts';
export { apiReference, openApiDocumentOf } from './api-reference.routes.ts';
