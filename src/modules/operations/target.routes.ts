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

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerTargetRoutes(app: FastifyInstance, targets: TargetService): void {
  app.get('/api/operations/targets', async (request) => ({
    items: await targets.list(actorOf(request), parseInput(targetListQuery, request.query)),
  }));
  app.post('/api/operations/targets', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = await targets.create(actor, parseInput(createTargetBody, request.body));
    return reply.code(201).send(await targets.get(actor, id));
  });
  app.get('/api/operations/targets/:id', async (request) =>
    targets.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post('/api/operations/targets/:id/adjust', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await targets.adjust(actorOf(request), id, parseInput(adjustTargetBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/operations/targets/:id/review', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await targets.review(actorOf(request), id, parseInput(reviewTargetBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/operations/targets/:id/close', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await targets.close(actorOf(request), id, parseInput(closeTargetBody, request.body));
    return reply.code(204).send();
  });
  app.get('/api/operations/persons/:id', async (request) =>
    targets.personStatus(actorOf(request), parseInput(idParams, request.params).id),
  );
}
