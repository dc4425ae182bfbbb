import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { RetentionReviewService } from './retention-review.service.ts';
import { dueReportsResponse, erasedResponse, keptResponse } from './reports.responses.ts';

const dueQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });
const idParams = z.object({ id: z.uuid('Not a valid id') });
const keepBody = z.object({
  keepDays: z.number().int().min(1, 'Keep it for at least a day').max(3650, 'Keep it for at most ten years'),
  reason: z.string().max(1000).optional(),
});

const eraseBody = z.object({ reason: z.string().max(1000).optional() });

export function registerRetentionReviewRoutes(app: FastifyInstance, retentionReview: RetentionReviewService): void {
  app.get(
    '/api/retention/due',
    { schema: { tags: ['reports'], querystring: dueQuery, response: { 200: dueReportsResponse } } },
    async (request, reply) => {
      const { limit } = parseInput(dueQuery, request.query);
      const items = await retentionReview.listDue(actorOf(request), limit);
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );
  app.post(
    '/api/retention/:id/keep',
    { schema: { tags: ['reports'], params: idParams, body: keepBody, response: { 200: keptResponse } } },
    async (request) => {
      const { id } = parseInput(idParams, request.params);
      const { keepDays, reason } = parseInput(keepBody, request.body ?? {});
      return retentionReview.keep(actorOf(request), id, keepDays, reason);
    },
  );
  app.post(
    '/api/retention/:id/erase',
    { schema: { tags: ['reports'], params: idParams, body: eraseBody, response: { 200: erasedResponse } } },
    async (request) => {
      const { id } = parseInput(idParams, request.params);
      const { reason } = parseInput(eraseBody, request.body ?? {});
      return retentionReview.erase(actorOf(request), id, reason);
    },
  );
}
