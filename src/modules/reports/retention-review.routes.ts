import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/request-actor.ts';
import type { RetentionReviewService } from './retention-review.service.ts';

const dueQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

export function registerRetentionReviewRoutes(app: FastifyInstance, retentionReview: RetentionReviewService): void {
  app.get('/api/retention/due', async (request, reply) => {
    const { limit } = parseInput(dueQuery, request.query);
    const items = await retentionReview.listDue(actorOf(request), limit);
    return reply.header('cache-control', 'no-store').send({ items });
  });
}
