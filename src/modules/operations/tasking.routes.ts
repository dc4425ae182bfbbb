import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import {
  agendaQuery,
  disruptionBody,
  idParams,
  memberBody,
  operationBody,
  taskBody,
  taskResultBody,
} from './operations.schemas.ts';
import type { DisruptionService } from './disruption.service.ts';
import type { TaskingService } from './tasking.service.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerTaskingRoutes(app: FastifyInstance, tasking: TaskingService): void {
  app.get('/api/operations/tasking/agenda', async (request) =>
    tasking.agenda(actorOf(request), parseInput(agendaQuery, request.query).meetingOn),
  );
  app.get('/api/operations/tasking/assignees', async (request) => tasking.assignees(actorOf(request)));
  app.get('/api/operations/operations', async (request) => ({ items: await tasking.list(actorOf(request)) }));
  app.post('/api/operations/operations', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = await tasking.create(actor, parseInput(operationBody, request.body));
    return reply.code(201).send(await tasking.get(actor, id));
  });
  app.get('/api/operations/operations/:id', async (request) =>
    tasking.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post('/api/operations/operations/:id/members', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await tasking.addMember(actorOf(request), id, parseInput(memberBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/operations/operations/:id/tasks', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    return reply.code(201).send(await tasking.addTask(actorOf(request), id, parseInput(taskBody, request.body)));
  });
  app.post('/api/operations/tasks/:id/result', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await tasking.recordResult(actorOf(request), id, parseInput(taskResultBody, request.body));
    return reply.code(204).send();
  });
}

// Disruption per line: the NCLCC measures and the move to disrupted or closed with evidence.
export function registerDisruptionRoutes(app: FastifyInstance, disruption: DisruptionService): void {
  app.get('/api/operations/deal-lines/:id/disruption', async (request) =>
    disruption.measures(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post('/api/operations/deal-lines/:id/disruption', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await disruption.setStatus(actorOf(request), id, parseInput(disruptionBody, request.body));
    return reply.code(204).send();
  });
}
