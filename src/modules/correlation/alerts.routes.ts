import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { AlertsService } from './alerts.service.ts';
import { noContent } from '../../platform/http/route-schemas.ts';

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
const alertResponse = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  status: z.enum(statuses),
  priority: z.enum(['high', 'medium', 'low']),
  firstFiredAt: z.string(),
  lastFiredAt: z.string(),
  evidenceCount: z.number(),
  entity: z.object({ id: z.string(), kind: z.string(), label: z.string() }).nullable(),
  reportIds: z.array(z.string()),
});

export function registerAlertRoutes(app: FastifyInstance, services: { alerts: AlertsService }): void {
  app.get(
    '/api/alerts',
    {
      schema: {
        tags: ['alerts'],
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(alertResponse) }) },
      },
    },
    async (request) => {
      const query = parseInput(listQuery, request.query);
      return { items: await services.alerts.list(actorOf(request), { statuses: query.status, limit: query.limit }) };
    },
  );
  app.get(
    '/api/alerts/:id',
    { schema: { tags: ['alerts'], params: idParams, response: { 200: alertResponse } } },
    async (request) => services.alerts.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post(
    '/api/alerts/:id/status',
    { schema: { tags: ['alerts'], params: idParams, body: statusBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const body = parseInput(statusBody, request.body);
      await services.alerts.setStatus(actorOf(request), id, body.status, body.note);
      return reply.code(204).send();
    },
  );
}
