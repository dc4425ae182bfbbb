import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { PersonResolutionService } from './person-resolution.service.ts';

const idParams = z.object({ id: z.uuid('Not a valid id') });
const reasonBody = z.object({ reason: z.string().max(2000).default('') });
const mergeBody = z.object({
  survivorId: z.uuid('Choose the person to keep'),
  mergedId: z.uuid('Choose the person to merge'),
  reason: z.string().max(2000).default(''),
});

export function registerPersonResolutionRoutes(
  app: FastifyInstance,
  services: { personResolution: PersonResolutionService },
): void {
  app.get('/api/persons/:id/resolution', async (request) =>
    services.personResolution.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post('/api/persons/merges', async (request, reply) => {
    const merge = await services.personResolution.merge(actorOf(request), parseInput(mergeBody, request.body));
    return reply.code(201).send(merge);
  });
  app.post('/api/persons/merges/:id/undo', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await services.personResolution.undo(actorOf(request), id, parseInput(reasonBody, request.body ?? {}).reason);
    return reply.code(204).send();
  });
  app.post('/api/persons/suggestions/:id/reject', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await services.personResolution.reject(actorOf(request), id, parseInput(reasonBody, request.body ?? {}).reason);
    return reply.code(204).send();
  });
}
