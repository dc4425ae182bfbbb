import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import {
  adjustTargetBody,
  closeTargetBody,
  createTargetBody,
  idParams,
  reviewTargetBody,
  targetListQuery,
} from './operations.schemas.ts';
import type { TargetService } from './target.service.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import { personOperationsResponse, targetDetailResponse, targetListResponse } from './operations.responses.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerTargetRoutes(app: FastifyInstance, targets: TargetService): void {
  app.get(
    '/api/operations/targets',
    { schema: { tags: ['operations'], querystring: targetListQuery, response: { 200: targetListResponse } } },
    async (request) => targets.list(actorOf(request), parseInput(targetListQuery, request.query)),
  );
  app.post(
    '/api/operations/targets',
    { schema: { tags: ['operations'], body: createTargetBody, response: { 201: targetDetailResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = await targets.create(actor, parseInput(createTargetBody, request.body));
      return reply.code(201).send(await targets.get(actor, id));
    },
  );
  app.get(
    '/api/operations/targets/:id',
    { schema: { tags: ['operations'], params: idParams, response: { 200: targetDetailResponse } } },
    async (request) => targets.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post(
    '/api/operations/targets/:id/adjust',
    { schema: { tags: ['operations'], params: idParams, body: adjustTargetBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await targets.adjust(actorOf(request), id, parseInput(adjustTargetBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/operations/targets/:id/review',
    { schema: { tags: ['operations'], params: idParams, body: reviewTargetBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await targets.review(actorOf(request), id, parseInput(reviewTargetBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/operations/targets/:id/close',
    { schema: { tags: ['operations'], params: idParams, body: closeTargetBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await targets.close(actorOf(request), id, parseInput(closeTargetBody, request.body));
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/operations/persons/:id',
    { schema: { tags: ['operations'], params: idParams, response: { 200: personOperationsResponse } } },
    async (request) => targets.personStatus(actorOf(request), parseInput(idParams, request.params).id),
  );
}
