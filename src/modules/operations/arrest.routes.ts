import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { ArrestService } from './arrest.service.ts';
import { arrestBody, chargeBody, idParams, nrmBody, seizureBody } from './operations.schemas.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerArrestRoutes(app: FastifyInstance, arrests: ArrestService): void {
  app.get('/api/operations/arrests', async (request) => ({ items: await arrests.list(actorOf(request)) }));
  app.post('/api/operations/arrests', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = await arrests.create(actor, parseInput(arrestBody, request.body));
    return reply.code(201).send(await arrests.get(actor, id));
  });
  app.get('/api/operations/arrests/:id', async (request) =>
    arrests.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post('/api/operations/arrests/:id/nrm', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await arrests.considerNrm(actorOf(request), id, parseInput(nrmBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/operations/arrests/:id/charges', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    return reply.code(201).send(await arrests.charge(actorOf(request), id, parseInput(chargeBody, request.body)));
  });
  app.post('/api/operations/seizures', async (request, reply) =>
    reply.code(201).send(await arrests.seize(actorOf(request), parseInput(seizureBody, request.body))),
  );
}
