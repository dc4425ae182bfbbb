import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { AlertsService } from './alerts.service.ts';

const statuses = ['open', 'acknowledged', 'dismissed', 'actioned'] as const;
const listQuery = z.object({
  status: z
    .string()
    .default('open,acknowledged')
    .transform((value) => value.split(','))
    .pipe(z.array(z.enum(statuses)).min(1)),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
const idParams = z.object({ id: z.uuid('Not a valid id') });
const statusBody = z.object({ status: z.enum(statuses), note: z.string().trim().max(2000).default('') });

export function registerAlertRoutes(app: FastifyInstance, services: { alerts: AlertsService }): void {
  app.get('/api/alerts', async (request) => {
    const query = parseInput(listQuery, request.query);
    return { items: await services.alerts.list(actorOf(request), { statuses: query.status, limit: query.limit }) };
  });
  app.get('/api/alerts/:id', async (request) =>
    services.alerts.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post('/api/alerts/:id/status', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    const body = parseInput(statusBody, request.body);
    await services.alerts.setStatus(actorOf(request), id, body.status, body.note);
    return reply.code(204).send();
  });
}
