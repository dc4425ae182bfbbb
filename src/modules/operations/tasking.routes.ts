import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
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
import {
  agendaResponse,
  createdResponse,
  disruptionResponse,
  operationListResponse,
  operationResponse,
  taskingAssigneesResponse,
} from './tasking.responses.ts';

const tags = ['operations'];

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerTaskingRoutes(app: FastifyInstance, tasking: TaskingService): void {
  app.get(
    '/api/operations/tasking/agenda',
    { schema: { tags, querystring: agendaQuery, response: { 200: agendaResponse } } },
    async (request) => tasking.agenda(actorOf(request), parseInput(agendaQuery, request.query).meetingOn),
  );
  app.get(
    '/api/operations/tasking/assignees',
    { schema: { tags, response: { 200: taskingAssigneesResponse } } },
    async (request) => tasking.assignees(actorOf(request)),
  );
  app.get(
    '/api/operations/operations',
    { schema: { tags, response: { 200: operationListResponse } } },
    async (request) => ({ items: await tasking.list(actorOf(request)) }),
  );
  app.post(
    '/api/operations/operations',
    { schema: { tags, body: operationBody, response: { 201: operationResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = await tasking.create(actor, parseInput(operationBody, request.body));
      return reply.code(201).send(await tasking.get(actor, id));
    },
  );
  app.get(
    '/api/operations/operations/:id',
    { schema: { tags, params: idParams, response: { 200: operationResponse } } },
    async (request) => tasking.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post(
    '/api/operations/operations/:id/members',
    { schema: { tags, params: idParams, body: memberBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await tasking.addMember(actorOf(request), id, parseInput(memberBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/operations/operations/:id/tasks',
    { schema: { tags, params: idParams, body: taskBody, response: { 201: createdResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply.code(201).send(await tasking.addTask(actorOf(request), id, parseInput(taskBody, request.body)));
    },
  );
  app.post(
    '/api/operations/tasks/:id/result',
    { schema: { tags, params: idParams, body: taskResultBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await tasking.recordResult(actorOf(request), id, parseInput(taskResultBody, request.body));
      return reply.code(204).send();
    },
  );
}

// Disruption per line: the NCLCC measures and the move to disrupted or closed with evidence.
export function registerDisruptionRoutes(app: FastifyInstance, disruption: DisruptionService): void {
  app.get(
    '/api/operations/deal-lines/:id/disruption',
    { schema: { tags, params: idParams, response: { 200: disruptionResponse } } },
    async (request) => disruption.measures(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post(
    '/api/operations/deal-lines/:id/disruption',
    { schema: { tags, params: idParams, body: disruptionBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await disruption.setStatus(actorOf(request), id, parseInput(disruptionBody, request.body));
      return reply.code(204).send();
    },
  );
}
