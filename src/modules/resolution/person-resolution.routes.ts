import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { PersonResolutionService } from './person-resolution.service.ts';
import { noContent } from '../../platform/http/route-schemas.ts';

const idParams = z.object({ id: z.uuid('Not a valid id') });
const reasonBody = z.object({ reason: z.string().max(2000).default('') });
const mergeBody = z.object({
  survivorId: z.uuid('Choose the person to keep'),
  mergedId: z.uuid('Choose the person to merge'),
  reason: z.string().max(2000).default(''),
});
const personRef = z.object({ id: z.string(), label: z.string() });
const mergeResponse = z.object({
  id: z.string(),
  survivor: personRef,
  merged: personRef,
  reason: z.string(),
  score: z.number().nullable(),
  mergedOn: z.string(),
  undoneOn: z.string().nullable(),
  undoReason: z.string().nullable(),
});
const resolutionResponse = z.object({
  id: z.string(),
  identity: personRef,
  members: z.array(personRef),
  merges: z.array(mergeResponse),
  suggestions: z.array(
    z.object({
      id: z.string(),
      person: personRef,
      other: personRef,
      status: z.enum(['open', 'merged', 'rejected']),
      suggestedOn: z.string(),
      /** Who answered it and on which day; for a rejection it stands between the two identities. */
      decided: z.object({ by: z.string(), on: z.string() }).nullable(),
      score: z.number(),
      decision: z.enum(['match', 'possible', 'non-match']),
      explanation: z.array(z.string()),
    }),
  ),
});

export function registerPersonResolutionRoutes(
  app: FastifyInstance,
  services: { personResolution: PersonResolutionService },
): void {
  app.get(
    '/api/persons/:id/resolution',
    { schema: { tags: ['entities'], params: idParams, response: { 200: resolutionResponse } } },
    async (request) => services.personResolution.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post(
    '/api/persons/merges',
    { schema: { tags: ['entities'], body: mergeBody, response: { 201: z.object({ id: z.string() }) } } },
    async (request, reply) => {
      const merge = await services.personResolution.merge(actorOf(request), parseInput(mergeBody, request.body));
      return reply.code(201).send(merge);
    },
  );
  app.post(
    '/api/persons/merges/:id/undo',
    { schema: { tags: ['entities'], params: idParams, body: reasonBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await services.personResolution.undo(actorOf(request), id, parseInput(reasonBody, request.body ?? {}).reason);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/persons/suggestions/:id/reject',
    { schema: { tags: ['entities'], params: idParams, body: reasonBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await services.personResolution.reject(actorOf(request), id, parseInput(reasonBody, request.body ?? {}).reason);
      return reply.code(204).send();
    },
  );
}
