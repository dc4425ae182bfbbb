import type { FastifyInstance } from 'fastify';
import { noContent } from '../../platform/http/route-schemas.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { createdResponse } from './casework.responses.ts';
import { idParams } from './casework.schemas.ts';
import {
  partnerOrganisationsResponse,
  partnerOwnTaskPageResponse,
  partnerTaskForPartnerResponse,
  partnerTaskListResponse,
  partnerTaskPageResponse,
  sharingAgreementResponse,
} from './partner-task.responses.ts';
import {
  organisationParams,
  partnerActionBody,
  partnerTaskListQuery,
  referTaskBody,
  sharingAgreementBody,
} from './partner-task.schemas.ts';
import type { PartnerTaskService } from './partner-task.service.ts';
import type { SharingAgreementService } from './sharing-agreement.service.ts';

const tags = ['casework'];

// Partner tasks and information-sharing agreements. Thin: the service checks access and audits.
export function registerPartnerTaskRoutes(
  app: FastifyInstance,
  tasks: PartnerTaskService,
  agreements: SharingAgreementService,
): void {
  app.post(
    '/api/casework/cases/:id/partner-tasks',
    { schema: { tags, params: idParams, body: referTaskBody, response: { 201: createdResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply.code(201).send(await tasks.refer(actorOf(request), id, parseInput(referTaskBody, request.body)));
    },
  );
  app.get(
    '/api/casework/cases/:id/partner-tasks',
    { schema: { tags, params: idParams, response: { 200: partnerTaskListResponse } } },
    async (request, reply) => {
      const items = await tasks.ofCase(actorOf(request), parseInput(idParams, request.params).id);
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );
  app.get(
    '/api/casework/partner-tasks/referred',
    { schema: { tags, querystring: partnerTaskListQuery, response: { 200: partnerTaskPageResponse } } },
    async (request, reply) => {
      const page = await tasks.referredBy(actorOf(request), parseInput(partnerTaskListQuery, request.query));
      return reply.header('cache-control', 'no-store').send(page);
    },
  );
  app.get(
    '/api/casework/partner-tasks',
    { schema: { tags, querystring: partnerTaskListQuery, response: { 200: partnerOwnTaskPageResponse } } },
    async (request, reply) => {
      const page = await tasks.forPartner(actorOf(request), parseInput(partnerTaskListQuery, request.query));
      return reply.header('cache-control', 'no-store').send(page);
    },
  );
  app.get(
    '/api/casework/partner-tasks/:id',
    { schema: { tags, params: idParams, response: { 200: partnerTaskForPartnerResponse } } },
    async (request, reply) => {
      const task = await tasks.partnerRead(actorOf(request), parseInput(idParams, request.params).id);
      return reply.header('cache-control', 'no-store').send(task);
    },
  );
  app.post(
    '/api/casework/partner-tasks/:id/actions',
    { schema: { tags, params: idParams, body: partnerActionBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await tasks.partnerAct(actorOf(request), id, parseInput(partnerActionBody, request.body));
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/casework/partner-organisations',
    { schema: { tags, response: { 200: partnerOrganisationsResponse } } },
    async (request, reply) => {
      const items = await agreements.organisations(actorOf(request));
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );
  app.get(
    '/api/casework/sharing-agreements/:organisationId',
    { schema: { tags, params: organisationParams, response: { 200: sharingAgreementResponse } } },
    async (request, reply) => {
      const { organisationId } = parseInput(organisationParams, request.params);
      return reply
        .header('cache-control', 'no-store')
        .send(await agreements.agreement(actorOf(request), organisationId));
    },
  );
  app.post(
    '/api/casework/sharing-agreements/:organisationId',
    { schema: { tags, params: organisationParams, body: sharingAgreementBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { organisationId } = parseInput(organisationParams, request.params);
      await agreements.recordAgreement(
        actorOf(request),
        organisationId,
        parseInput(sharingAgreementBody, request.body),
      );
      return reply.code(204).send();
    },
  );
}
