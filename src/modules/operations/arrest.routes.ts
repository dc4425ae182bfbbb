import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { ArrestService } from './arrest.service.ts';
import { arrestBody, chargeBody, idParams, nrmBody, seizureBody } from './operations.schemas.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import { arrestDetailResponse, arrestListResponse, chargeResponse, seizureResponse } from './operations.responses.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerArrestRoutes(app: FastifyInstance, arrests: ArrestService): void {
  app.get(
    '/api/operations/arrests',
    { schema: { tags: ['operations'], response: { 200: arrestListResponse } } },
    async (request) => ({ items: await arrests.list(actorOf(request)) }),
  );
  app.post(
    '/api/operations/arrests',
    { schema: { tags: ['operations'], body: arrestBody, response: { 201: arrestDetailResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = await arrests.create(actor, parseInput(arrestBody, request.body));
      return reply.code(201).send(await arrests.get(actor, id));
    },
  );
  app.get(
    '/api/operations/arrests/:id',
    { schema: { tags: ['operations'], params: idParams, response: { 200: arrestDetailResponse } } },
    async (request) => arrests.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post(
    '/api/operations/arrests/:id/nrm',
    { schema: { tags: ['operations'], params: idParams, body: nrmBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await arrests.considerNrm(actorOf(request), id, parseInput(nrmBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/operations/arrests/:id/charges',
    { schema: { tags: ['operations'], params: idParams, body: chargeBody, response: { 201: chargeResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply.code(201).send(await arrests.charge(actorOf(request), id, parseInput(chargeBody, request.body)));
    },
  );
  app.post(
    '/api/operations/seizures',
    { schema: { tags: ['operations'], body: seizureBody, response: { 201: seizureResponse } } },
    async (request, reply) =>
      reply.code(201).send(await arrests.seize(actorOf(request), parseInput(seizureBody, request.body))),
  );
}
