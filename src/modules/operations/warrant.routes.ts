import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import {
  authoriseBody,
  courtDecisionBody,
  declineBody,
  intelligenceResultBody,
  idParams,
  returnBody,
  warrantApplicationBody,
  warrantEntryBody,
  warrantIntelligenceQuery,
} from './operations.schemas.ts';
import type { WarrantService } from './warrant.service.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerWarrantRoutes(app: FastifyInstance, warrants: WarrantService): void {
  app.get('/api/operations/warrant-intelligence', async (request) =>
    warrants.intelligenceFor(actorOf(request), parseInput(warrantIntelligenceQuery, request.query).ids),
  );
  app.get('/api/operations/intelligence/:id/led-to', async (request) =>
    warrants.ledTo(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.get('/api/operations/warrants', async (request) => ({ items: await warrants.list(actorOf(request)) }));
  app.post('/api/operations/warrants', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = await warrants.apply(actor, parseInput(warrantApplicationBody, request.body));
    return reply.code(201).send(await warrants.get(actor, id));
  });
  app.get('/api/operations/warrants/:id', async (request) =>
    warrants.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post('/api/operations/warrants/:id/authorise', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await warrants.authorise(actorOf(request), id, parseInput(authoriseBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/operations/warrants/:id/decline', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await warrants.decline(actorOf(request), id, parseInput(declineBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/operations/intelligence/:id/result', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await warrants.closeIntelligence(actorOf(request), id, parseInput(intelligenceResultBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/operations/warrants/:id/decision', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await warrants.decide(actorOf(request), id, parseInput(courtDecisionBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/operations/warrants/:id/entries', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    return reply
      .code(201)
      .send(await warrants.recordEntry(actorOf(request), id, parseInput(warrantEntryBody, request.body)));
  });
  app.post('/api/operations/warrants/:id/return', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await warrants.endorseReturn(actorOf(request), id, parseInput(returnBody, request.body));
    return reply.code(204).send();
  });
}
