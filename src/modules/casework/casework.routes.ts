import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { CaseDiscussionService } from './discussion.service.ts';
import type { CaseworkService } from './casework.service.ts';
import {
  actionParams,
  caseListQuery,
  closeCaseBody,
  completeActionBody,
  decideBody,
  discussionBody,
  idParams,
  milestoneBody,
  openCaseBody,
} from './casework.schemas.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerCaseworkRoutes(
  app: FastifyInstance,
  services: { cases: CaseworkService; discussions: CaseDiscussionService },
): void {
  const { cases, discussions } = services;
  app.get('/api/casework/cases', async (request, reply) => {
    const items = await cases.list(actorOf(request), parseInput(caseListQuery, request.query));
    return reply.header('cache-control', 'no-store').send({ items });
  });
  app.post('/api/casework/cases', async (request, reply) => {
    const actor = actorOf(request);
    const { id, joined } = await cases.open(actor, parseInput(openCaseBody, request.body));
    return reply.code(joined ? 200 : 201).send({ ...(await cases.get(actor, id)), joined });
  });
  app.get('/api/casework/cases/:id', async (request, reply) => {
    const detail = await cases.get(actorOf(request), parseInput(idParams, request.params).id);
    return reply.header('cache-control', 'no-store').send(detail);
  });
  app.post('/api/casework/cases/:id/decision', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await cases.decide(actorOf(request), id, parseInput(decideBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/casework/cases/:id/milestones', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await cases.recordMilestone(actorOf(request), id, parseInput(milestoneBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/casework/cases/:id/close', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    await cases.close(actorOf(request), id, parseInput(closeCaseBody, request.body));
    return reply.code(204).send();
  });
  app.post('/api/casework/cases/:id/discussions', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    const created = await discussions.addDiscussion(actorOf(request), id, parseInput(discussionBody, request.body));
    return reply.code(201).send(created);
  });
  app.post('/api/casework/cases/:id/actions/:actionId/done', async (request, reply) => {
    const { id, actionId } = parseInput(actionParams, request.params);
    await discussions.completeAction(actorOf(request), id, actionId, parseInput(completeActionBody, request.body));
    return reply.code(204).send();
  });
  app.get('/api/casework/persons/:id/victim-flag', async (request, reply) => {
    const flag = await discussions.victimFlag(actorOf(request), parseInput(idParams, request.params).id);
    return reply.header('cache-control', 'no-store').send(flag);
  });
}
