import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { reportCategories, reportStatuses } from '../reports/index.ts';
import type { InboxService } from './inbox.service.ts';

const list = (values: readonly [string, ...string[]]) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : []))
    .pipe(z.array(z.enum(values)));

const inboxQuery = z.object({
  status: list(reportStatuses),
  category: list(Object.keys(reportCategories) as [string, ...string[]]),
  sector: z
    .string()
    .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$/, 'A postcode sector, like AL1 3')
    .optional(),
  minDaysWaiting: z.coerce.number().int().min(0).max(3650).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const idParams = z.object({ id: z.uuid('Not a valid id') });
const reasonBody = z.object({ reason: z.string().max(1000).optional() });
const statusBody = z.object({ status: z.enum(reportStatuses) });

export function registerInboxRoutes(app: FastifyInstance, services: { inbox: InboxService }): void {
  app.get('/api/inbox', async (request) => {
    const query = parseInput(inboxQuery, request.query);
    const items = await services.inbox.list(actorOf(request), {
      statuses: (query.status.length > 0
        ? query.status
        : ['received', 'under_review']) as (typeof reportStatuses)[number][],
      categories: query.category as never,
      ...(query.sector ? { sector: query.sector } : {}),
      ...(query.minDaysWaiting !== undefined ? { minDaysWaiting: query.minDaysWaiting } : {}),
      limit: query.limit,
    });
    return { items };
  });
  app.get('/api/reports/:id', async (request) =>
    services.inbox.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post('/api/reports/:id/contact', async (request) => {
    const { id } = parseInput(idParams, request.params);
    return services.inbox.readContact(actorOf(request), id, parseInput(reasonBody, request.body ?? {}).reason);
  });
  app.post('/api/reports/:id/status', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await services.inbox.setStatus(actorOf(request), id, parseInput(statusBody, request.body).status);
    return reply.code(204).send();
  });
}
