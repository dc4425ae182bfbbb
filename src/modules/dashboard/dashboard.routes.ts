import type { FastifyInstance } from 'fastify';
import { fileResponse } from '../../platform/http/route-schemas.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { dashboardResponse } from './dashboard.responses.ts';
import { dashboardExportQuery, dashboardQuery } from './dashboard.schemas.ts';
import type { DashboardService } from './dashboard.service.ts';

// The tactical assessment dashboard and its CSV export (a plain link: counts only, audited in the service).
export function registerDashboardRoutes(app: FastifyInstance, services: { dashboard: DashboardService }): void {
  app.get(
    '/api/dashboard',
    { schema: { tags: ['dashboard'], querystring: dashboardQuery, response: { 200: dashboardResponse } } },
    async (request, reply) => {
      const query = parseInput(dashboardQuery, request.query);
      return reply.header('cache-control', 'no-store').send(await services.dashboard.read(actorOf(request), query));
    },
  );
  app.get(
    '/api/dashboard/export',
    { schema: { tags: ['dashboard'], querystring: dashboardExportQuery, response: { 200: fileResponse('text/csv') } } },
    async (request, reply) => {
      const query = parseInput(dashboardExportQuery, request.query);
      const result = await services.dashboard.exportCsv(actorOf(request), query);
      return reply
        .header('cache-control', 'no-store')
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${result.filename}"`)
        .send(result.body);
    },
  );
}
