import type { FastifyInstance } from 'fastify';
import { noContent } from '../../platform/http/route-schemas.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import {
  createdIdResponse,
  diversionListResponse,
  providerReferralListResponse,
  treatmentReferralListResponse,
  treatmentServicesResponse,
} from './treatment.responses.ts';
import {
  diversionBody,
  diversionFinishBody,
  referralParams,
  treatmentOutcomeBody,
  treatmentReferralBody,
} from './treatment.schemas.ts';
import type { TreatmentService } from './treatment.service.ts';

const tags = ['casework'];

// Thin routes for drug treatment referrals and diversion: the service checks access and audits.
export function registerTreatmentRoutes(app: FastifyInstance, treatment: TreatmentService): void {
  app.get(
    '/api/casework/treatment-services',
    { schema: { tags, response: { 200: treatmentServicesResponse } } },
    async (request) => ({ items: await treatment.services(actorOf(request)) }),
  );
  app.get(
    '/api/casework/treatment-referrals',
    { schema: { tags, response: { 200: treatmentReferralListResponse } } },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send({ items: await treatment.listReferrals(actorOf(request)) }),
  );
  app.post(
    '/api/casework/treatment-referrals',
    { schema: { tags, body: treatmentReferralBody, response: { 201: createdIdResponse } } },
    async (request, reply) =>
      reply.code(201).send(await treatment.refer(actorOf(request), parseInput(treatmentReferralBody, request.body))),
  );
  app.post(
    '/api/casework/treatment-referrals/:id/outcomes',
    { schema: { tags, params: referralParams, body: treatmentOutcomeBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(referralParams, request.params);
      await treatment.recordOutcome(actorOf(request), id, parseInput(treatmentOutcomeBody, request.body));
      return reply.code(204).send();
    },
  );
  // The treatment service's own staff: the referrals made to their organisation, and outcomes on them.
  app.get(
    '/api/casework/treatment-provider/referrals',
    { schema: { tags, response: { 200: providerReferralListResponse } } },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send({ items: await treatment.providerReferrals(actorOf(request)) }),
  );
  app.post(
    '/api/casework/treatment-provider/referrals/:id/outcomes',
    { schema: { tags, params: referralParams, body: treatmentOutcomeBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(referralParams, request.params);
      await treatment.providerRecordOutcome(actorOf(request), id, parseInput(treatmentOutcomeBody, request.body));
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/casework/diversions',
    { schema: { tags, response: { 200: diversionListResponse } } },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await treatment.listDiversions(actorOf(request))),
  );
  app.post(
    '/api/casework/diversions',
    { schema: { tags, body: diversionBody, response: { 201: createdIdResponse } } },
    async (request, reply) =>
      reply.code(201).send(await treatment.offerDiversion(actorOf(request), parseInput(diversionBody, request.body))),
  );
  app.post(
    '/api/casework/diversions/:id/completion',
    { schema: { tags, params: referralParams, body: diversionFinishBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(referralParams, request.params);
      await treatment.finishDiversion(actorOf(request), id, parseInput(diversionFinishBody, request.body));
      return reply.code(204).send();
    },
  );
}
