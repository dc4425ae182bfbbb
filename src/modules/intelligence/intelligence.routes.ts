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
import { noContent } from '../../platform/http/route-schemas.ts';
import {
  intelligenceListResponse,
  intelligenceReportResponse,
  originalTextResponse,
} from './intelligence.responses.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerIntelligenceRoutes(
  app: FastifyInstance,
  services: { intelligence: IntelligenceService; intelligenceWorkflow: IntelligenceWorkflow },
): void {
  const { intelligence, intelligenceWorkflow: workflow } = services;

  app.get(
    '/api/intelligence',
    { schema: { tags: ['intelligence'], querystring: listQuery, response: { 200: intelligenceListResponse } } },
    async (request) => {
      const query = parseInput(listQuery, request.query);
      return { items: await intelligence.list(actorOf(request), { statuses: query.status, limit: query.limit }) };
    },
  );
  app.post(
    '/api/intelligence',
    { schema: { tags: ['intelligence'], body: createBody, response: { 201: intelligenceReportResponse } } },
    async (request, reply) => {
      const created = await intelligence.create(actorOf(request), parseInput(createBody, request.body));
      return reply.code(201).send(created);
    },
  );
  app.get(
    '/api/intelligence/:id',
    { schema: { tags: ['intelligence'], params: idParams, response: { 200: intelligenceReportResponse } } },
    async (request) => {
      return intelligence.get(actorOf(request), parseInput(idParams, request.params).id);
    },
  );
  app.post(
    '/api/intelligence/:id/original',
    { schema: { tags: ['intelligence'], params: idParams, body: reasonBody, response: { 200: originalTextResponse } } },
    async (request) => {
      const { id } = parseInput(idParams, request.params);
      return intelligence.readOriginal(actorOf(request), id, parseInput(reasonBody, request.body ?? {}).reason);
    },
  );
  app.post(
    '/api/intelligence/:id/evaluate',
    { schema: { tags: ['intelligence'], params: idParams, body: evaluateBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await workflow.evaluate(actorOf(request), id, parseInput(evaluateBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/intelligence/:id/submit',
    { schema: { tags: ['intelligence'], params: idParams, response: { 204: noContent } } },
    async (request, reply) => {
      await workflow.submitForReview(actorOf(request), parseInput(idParams, request.params).id);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/intelligence/:id/review',
    { schema: { tags: ['intelligence'], params: idParams, body: reviewBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await workflow.review(actorOf(request), id, parseInput(reviewBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/intelligence/:id/disseminate',
    { schema: { tags: ['intelligence'], params: idParams, body: disseminateBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await workflow.disseminate(actorOf(request), id, parseInput(disseminateBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/intelligence/:id/archive',
    { schema: { tags: ['intelligence'], params: idParams, response: { 204: noContent } } },
    async (request, reply) => {
      await workflow.archive(actorOf(request), parseInput(idParams, request.params).id);
      return reply.code(204).send();
    },
  );
}
