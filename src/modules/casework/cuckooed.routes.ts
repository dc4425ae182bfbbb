import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import { actorOf } from '../access/index.ts';
import { createdResponse } from './casework.responses.ts';
import { idParams } from './casework.schemas.ts';
import type { CaseLineService } from './case-line.service.ts';
import type { CuckooedService } from './cuckooed.service.ts';
import {
  caseLinesResponse,
  cuckooedEntryResponse,
  cuckooedListResponse,
  lineChoicesResponse,
} from './cuckooed.responses.ts';
import {
  caseLineBody,
  cuckooedActionBody,
  cuckooedBody,
  cuckooedListQuery,
  cuckooedReviewBody,
} from './cuckooed.schemas.ts';

const tags = ['casework'];

// The cuckooed-address register and a case's deal lines. Thin: the service checks access and audits.
export function registerCuckooedRoutes(
  app: FastifyInstance,
  cuckooed: CuckooedService,
  caseLines: CaseLineService,
): void {
  app.get(
    '/api/casework/cuckooed-addresses',
    { schema: { tags, querystring: cuckooedListQuery, response: { 200: cuckooedListResponse } } },
    async (request, reply) => {
      const page = await cuckooed.list(actorOf(request), parseInput(cuckooedListQuery, request.query));
      return reply.header('cache-control', 'no-store').send(page);
    },
  );
  app.post(
    '/api/casework/cuckooed-addresses',
    { schema: { tags, body: cuckooedBody, response: { 201: createdResponse } } },
    async (request, reply) => {
      return reply.code(201).send(await cuckooed.create(actorOf(request), parseInput(cuckooedBody, request.body)));
    },
  );
  app.get(
    '/api/casework/cuckooed-addresses/:id',
    { schema: { tags, params: idParams, response: { 200: cuckooedEntryResponse } } },
    async (request, reply) => {
      const entry = await cuckooed.get(actorOf(request), parseInput(idParams, request.params).id);
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );
  app.post(
    '/api/casework/cuckooed-addresses/:id/actions',
    { schema: { tags, params: idParams, body: cuckooedActionBody, response: { 201: createdResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const created = await cuckooed.recordAction(actorOf(request), id, parseInput(cuckooedActionBody, request.body));
      return reply.code(201).send(created);
    },
  );
  app.post(
    '/api/casework/cuckooed-addresses/:id/review',
    { schema: { tags, params: idParams, body: cuckooedReviewBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await cuckooed.review(actorOf(request), id, parseInput(cuckooedReviewBody, request.body));
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/casework/deal-line-choices',
    { schema: { tags, response: { 200: lineChoicesResponse } } },
    async (request, reply) => {
      const items = await caseLines.lineChoices(actorOf(request));
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );
  app.get(
    '/api/casework/cases/:id/deal-lines',
    { schema: { tags, params: idParams, response: { 200: caseLinesResponse } } },
    async (request, reply) => {
      const items = await caseLines.linesOf(actorOf(request), parseInput(idParams, request.params).id);
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );
  app.post(
    '/api/casework/cases/:id/deal-lines',
    { schema: { tags, params: idParams, body: caseLineBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await caseLines.linkCaseToLine(actorOf(request), id, parseInput(caseLineBody, request.body).dealLineId);
      return reply.code(204).send();
    },
  );
}
