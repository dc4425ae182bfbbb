import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { IntelligenceWorkflow } from './intelligence-workflow.service.ts';
import {
  createBody,
  disseminateBody,
  evaluateBody,
  idParams,
  listQuery,
  reasonBody,
  reviewBody,
} from './intelligence.schemas.ts';
import type { IntelligenceService } from './intelligence.service.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerIntelligenceRoutes(
  app: FastifyInstance,
  services: { intelligence: IntelligenceService; intelligenceWorkflow: IntelligenceWorkflow },
): void {
  const { intelligence, intelligenceWorkflow: workflow } = services;

  app.get('/api/intelligence', async (request) => {
    const query = parseInput(listQuery, request.query);
    return { items: await intelligence.list(actorOf(request), { statuses: query.status, limit: query.limit }) };
  });
  app.post('/api/intelligence', async (request, reply) => {
    const created = await intelligence.create(actorOf(request), parseInput(createBody, request.body));
    return reply.code(201).send(created);
  });
  app.get('/api/intelligence/:id', async (request) => {
    return intelligence.get(actorOf(request), parseInput(idParams, request.params).id);
  });
  app.post('/api/intelligence/:id/original', async (request) => {
    const { id } = parseInput(idParams, request.params);
    return intelligence.readOriginal(actorOf(request), id, parseInput(reasonBody, request.body ?? {}).reason);
  });
  app.post('/api/intelligence/:id/evaluate', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await workflow.evaluate(actorOf(request), id, parseInput(evaluateBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/intelligence/:id/submit', async (request, reply) => {
    await workflow.submitForReview(actorOf(request), parseInput(idParams, request.params).id);
    return reply.code(204).send();
  });
  app.post('/api/intelligence/:id/review', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await workflow.review(actorOf(request), id, parseInput(reviewBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/intelligence/:id/disseminate', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await workflow.disseminate(actorOf(request), id, parseInput(disseminateBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/intelligence/:id/archive', async (request, reply) => {
    await workflow.archive(actorOf(request), parseInput(idParams, request.params).id);
    return reply.code(204).send();
  });
}
