// The tactical assessment dashboard's public face: other modules import from here only.
export { registerDashboardRoutes } from './dashboard.routes.ts';
export { createDashboardService, type DashboardService } from './dashboard.service.ts';
