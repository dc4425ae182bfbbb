import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { agencies } from './case.ts';
import { createdResponse } from './casework.responses.ts';
import { idParams } from './casework.schemas.ts';
import { contextKindCodes } from './context.ts';
import type { ContextService } from './context.service.ts';

const tags = ['casework'];

export const contextBody = z.object({
  kind: z.enum(contextKindCodes, { error: 'Choose the kind of place' }),
  name: z.string().trim().min(3, 'Name the place (at least 3 characters)').max(300),
  locationEntityId: z
    .union([z.literal(''), z.uuid('Choose a location from the store')])
    .nullish()
    .transform((v) => (v === '' || v === undefined ? null : v)),
});
export const interventionBody = z.object({
  ownerAgency: z.enum(agencies, { error: 'Choose the agency' }),
  description: z.string().trim().min(5, 'Describe the intervention (at least 5 characters)').max(4000),
  takenOn: z.iso.date('Give the date, like 2026-12-10'),
});
const contextResponse = z.object({
  id: z.string(),
  kind: z.enum(contextKindCodes),
  kindLabel: z.string(),
  name: z.string(),
  locationEntityId: z.string().nullable(),
  interventions: z.array(
    z.object({
      id: z.string(),
      ownerAgency: z.string(),
      ownerAgencyLabel: z.string(),
      description: z.string(),
      takenOn: z.string(),
    }),
  ),
});

// Contexts and their interventions. Thin: the service checks access and audits.
export function registerContextRoutes(app: FastifyInstance, contexts: ContextService): void {
  app.get(
    '/api/casework/contexts',
    { schema: { tags, response: { 200: z.object({ items: z.array(contextResponse) }) } } },
    async (request, reply) => {
      const items = await contexts.list(actorOf(request));
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );
  app.post(
    '/api/casework/contexts',
    { schema: { tags, body: contextBody, response: { 201: createdResponse } } },
    async (request, reply) =>
      reply.code(201).send(await contexts.create(actorOf(request), parseInput(contextBody, request.body))),
  );
  app.get(
    '/api/casework/contexts/:id',
    { schema: { tags, params: idParams, response: { 200: contextResponse } } },
    async (request, reply) => {
      const item = await contexts.get(actorOf(request), parseInput(idParams, request.params).id);
      return reply.header('cache-control', 'no-store').send(item);
    },
  );
  app.post(
    '/api/casework/contexts/:id/interventions',
    { schema: { tags, params: idParams, body: interventionBody, response: { 201: createdResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply
        .code(201)
        .send(await contexts.intervene(actorOf(request), id, parseInput(interventionBody, request.body)));
    },
  );
}
