import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { DealLineMembersService } from './deal-line-members.service.ts';
import type { DealLineProfileService } from './deal-line-profile.service.ts';
import {
  assignmentParams,
  createBody,
  endNumberBody,
  idParams,
  listQuery,
  numberBody,
  numberParams,
  personBody,
  removePersonBody,
  samplesBody,
  statusBody,
  updateBody,
} from './deal-line.schemas.ts';
import type { DealLineService } from './deal-line.service.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import { createdIdResponse, dealLineListResponse, dealLineProfileResponse } from './deal-line.responses.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerDealLineRoutes(
  app: FastifyInstance,
  services: {
    dealLines: DealLineService;
    dealLineMembers: DealLineMembersService;
    dealLineProfiles: DealLineProfileService;
  },
): void {
  const { dealLines, dealLineMembers: members, dealLineProfiles: profiles } = services;

  app.get(
    '/api/deal-lines',
    { schema: { tags: ['deal-lines'], querystring: listQuery, response: { 200: dealLineListResponse } } },
    async (request) => {
      const query = parseInput(listQuery, request.query);
      return { items: await dealLines.list(actorOf(request), { statuses: query.status, limit: query.limit }) };
    },
  );
  app.post(
    '/api/deal-lines',
    { schema: { tags: ['deal-lines'], body: createBody, response: { 201: dealLineProfileResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = await dealLines.create(actor, parseInput(createBody, request.body));
      return reply.code(201).send(await profiles.profile(actor, id));
    },
  );
  app.get(
    '/api/deal-lines/:id',
    { schema: { tags: ['deal-lines'], params: idParams, response: { 200: dealLineProfileResponse } } },
    async (request) => profiles.profile(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.patch(
    '/api/deal-lines/:id',
    { schema: { tags: ['deal-lines'], params: idParams, body: updateBody, response: { 204: noContent } } },
    async (request, reply) => {
      await dealLines.update(
        actorOf(request),
        parseInput(idParams, request.params).id,
        parseInput(updateBody, request.body),
      );
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/deal-lines/:id/status',
    { schema: { tags: ['deal-lines'], params: idParams, body: statusBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await dealLines.setStatus(actorOf(request), id, parseInput(statusBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/deal-lines/:id/numbers',
    { schema: { tags: ['deal-lines'], params: idParams, body: numberBody, response: { 201: createdIdResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply.code(201).send(await members.addNumber(actorOf(request), id, parseInput(numberBody, request.body)));
    },
  );
  app.post(
    '/api/deal-lines/:id/numbers/:numberId/end',
    { schema: { tags: ['deal-lines'], params: numberParams, body: endNumberBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id, numberId } = parseInput(numberParams, request.params);
      await members.endNumber(actorOf(request), id, numberId, parseInput(endNumberBody, request.body).toDate);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/deal-lines/:id/people',
    { schema: { tags: ['deal-lines'], params: idParams, body: personBody, response: { 201: createdIdResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply.code(201).send(await members.addPerson(actorOf(request), id, parseInput(personBody, request.body)));
    },
  );
  app.delete(
    '/api/deal-lines/:id/people/:assignmentId',
    {
      schema: { tags: ['deal-lines'], params: assignmentParams, body: removePersonBody, response: { 204: noContent } },
    },
    async (request, reply) => {
      const { id, assignmentId } = parseInput(assignmentParams, request.params);
      const { reason } = parseInput(removePersonBody, request.body ?? {});
      await members.removePerson(actorOf(request), id, assignmentId, reason);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/deal-lines/:id/samples',
    { schema: { tags: ['deal-lines'], params: idParams, body: samplesBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await members.addSamples(actorOf(request), id, parseInput(samplesBody, request.body).samples);
      return reply.code(204).send();
    },
  );
}
