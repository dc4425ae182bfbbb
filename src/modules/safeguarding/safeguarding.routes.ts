import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { SafeguardingService } from './safeguarding.service.ts';

const idParams = z.object({ id: z.uuid('Not a valid id') });
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) });

export function registerSafeguardingRoutes(app: FastifyInstance, services: { safeguarding: SafeguardingService }) {
  app.get('/api/safeguarding/referrals', async (request, reply) => {
    const { limit } = parseInput(listQuery, request.query);
    const items = await services.safeguarding.list(actorOf(request), limit);
    return reply.header('cache-control', 'no-store').send({ items });
  });
  app.get('/api/safeguarding/referrals/:id', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    const referral = await services.safeguarding.get(actorOf(request), id);
    return reply.header('cache-control', 'no-store').send(referral);
  });
}
