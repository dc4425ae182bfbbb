import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { CaseDiscussionService } from './discussion.service.ts';
import type { CaseworkService } from './casework.service.ts';
import type { ScreeningNrmService } from './screening-nrm.service.ts';
import type { StaffActor } from '../access/index.ts';
import {
  actionParams,
  caseListQuery,
  closeCaseBody,
  completeActionBody,
  decideBody,
  discussionBody,
  idParams,
  milestoneBody,
  nrmBody,
  nrmParams,
  nrmStatusBody,
  openCaseBody,
  screeningBody,
} from './casework.schemas.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import {
  caseDetailResponse,
  caseListResponse,
  createdResponse,
  nrmReferralResponse,
  openedCaseResponse,
  screeningResponse,
  victimFlagResponse,
} from './casework.responses.ts';

const tags = ['casework'];

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerCaseworkRoutes(
  app: FastifyInstance,
  services: { cases: CaseworkService; discussions: CaseDiscussionService; screeningNrm: ScreeningNrmService },
): void {
  const { cases, discussions, screeningNrm } = services;
  const whole = async (actor: StaffActor, id: string) => ({
    ...(await cases.get(actor, id)),
    ...(await screeningNrm.partsOf(actor, id)),
  });
  app.get(
    '/api/casework/cases',
    { schema: { tags, querystring: caseListQuery, response: { 200: caseListResponse } } },
    async (request, reply) => {
      const items = await cases.list(actorOf(request), parseInput(caseListQuery, request.query));
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );
  app.post(
    '/api/casework/cases',
    { schema: { tags, body: openCaseBody, response: { 200: openedCaseResponse, 201: openedCaseResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, joined } = await cases.open(actor, parseInput(openCaseBody, request.body));
      return reply.code(joined ? 200 : 201).send({ ...(await whole(actor, id)), joined });
    },
  );
  app.get(
    '/api/casework/cases/:id',
    { schema: { tags, params: idParams, response: { 200: caseDetailResponse } } },
    async (request, reply) => {
      const detail = await whole(actorOf(request), parseInput(idParams, request.params).id);
      return reply.header('cache-control', 'no-store').send(detail);
    },
  );
  app.post(
    '/api/casework/cases/:id/decision',
    { schema: { tags, params: idParams, body: decideBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await cases.decide(actorOf(request), id, parseInput(decideBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/casework/cases/:id/milestones',
    { schema: { tags, params: idParams, body: milestoneBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await cases.recordMilestone(actorOf(request), id, parseInput(milestoneBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/casework/cases/:id/close',
    { schema: { tags, params: idParams, body: closeCaseBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await cases.close(actorOf(request), id, parseInput(closeCaseBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/casework/cases/:id/discussions',
    { schema: { tags, params: idParams, body: discussionBody, response: { 201: createdResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const created = await discussions.addDiscussion(actorOf(request), id, parseInput(discussionBody, request.body));
      return reply.code(201).send(created);
    },
  );
  app.post(
    '/api/casework/cases/:id/actions/:actionId/done',
    { schema: { tags, params: actionParams, body: completeActionBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id, actionId } = parseInput(actionParams, request.params);
      await discussions.completeAction(actorOf(request), id, actionId, parseInput(completeActionBody, request.body));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/casework/cases/:id/screenings',
    { schema: { tags, params: idParams, body: screeningBody, response: { 201: screeningResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply
        .code(201)
        .send(await screeningNrm.screen(actorOf(request), id, parseInput(screeningBody, request.body)));
    },
  );
  app.post(
    '/api/casework/cases/:id/nrm-referrals',
    { schema: { tags, params: idParams, body: nrmBody, response: { 201: nrmReferralResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply
        .code(201)
        .send(await screeningNrm.startReferral(actorOf(request), id, parseInput(nrmBody, request.body)));
    },
  );
  app.post(
    '/api/casework/cases/:id/nrm-referrals/:referralId/status',
    { schema: { tags, params: nrmParams, body: nrmStatusBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id, referralId } = parseInput(nrmParams, request.params);
      await screeningNrm.moveReferral(actorOf(request), id, referralId, parseInput(nrmStatusBody, request.body));
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/casework/persons/:id/victim-flag',
    { schema: { tags, params: idParams, response: { 200: victimFlagResponse } } },
    async (request, reply) => {
      const flag = await discussions.victimFlag(actorOf(request), parseInput(idParams, request.params).id);
      return reply.header('cache-control', 'no-store').send(flag);
    },
  );
}
