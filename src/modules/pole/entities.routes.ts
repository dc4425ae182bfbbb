import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { EntitiesService } from './entities.service.ts';
import { entityKinds } from './pole.table.ts';
import { entityDetailResponse, foundEntityResponse, recentEntitiesResponse } from './pole.responses.ts';

const idParams = z.object({ id: z.uuid('Not a valid id') });
const searchQuery = z.object({ kind: z.enum(entityKinds), value: z.string().trim().min(1).max(200) });
const recentQuery = z.object({
  kind: z.enum(entityKinds).optional(),
  text: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function registerEntityRoutes(app: FastifyInstance, services: { entities: EntitiesService }): void {
  app.get(
    '/api/entities/recent',
    { schema: { tags: ['entities'], querystring: recentQuery, response: { 200: recentEntitiesResponse } } },
    async (request) => {
      const query = parseInput(recentQuery, request.query);
      return {
        items: await services.entities.listRecent(actorOf(request), {
          ...(query.kind ? { kind: query.kind } : {}),
          ...(query.text ? { text: query.text } : {}),
          limit: query.limit,
        }),
      };
    },
  );
  app.get(
    '/api/entities/:id',
    { schema: { tags: ['entities'], params: idParams, response: { 200: entityDetailResponse } } },
    async (request) => services.entities.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.get(
    '/api/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Finds an entity by an exact identifier',
        querystring: searchQuery,
        response: { 200: foundEntityResponse },
      },
    },
    async (request) => {
      const query = parseInput(searchQuery, request.query);
      return services.entities.findByIdentifier(actorOf(request), query.kind, query.value);
    },
  );
}
