import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import type { TeamService } from './team.service.ts';
import { createPartnerOrganisationBody, createTeamBody, updateTeamBody, userIdParams } from './user.schemas.ts';

export function registerTeamRoutes(app: FastifyInstance, deps: { teams: TeamService }): void {
  const { teams } = deps;

  app.get('/api/admin/teams', async (request) => teams.listTeams(actorOf(request)));

  app.post('/api/admin/teams', async (request, reply) => {
    const actor = actorOf(request);
    return reply.code(201).send(await teams.createTeam(actor, parseInput(createTeamBody, request.body)));
  });

  app.get('/api/admin/teams/:id', async (request) => {
    const { id } = parseInput(userIdParams, request.params);
    return teams.getTeam(actorOf(request), id);
  });

  app.patch('/api/admin/teams/:id', async (request) => {
    const actor = actorOf(request);
    const { id } = parseInput(userIdParams, request.params);
    return teams.updateTeam(actor, id, parseInput(updateTeamBody, request.body));
  });

  app.get('/api/admin/partner-organisations', async (request) => teams.listPartnerOrganisations(actorOf(request)));

  app.post('/api/admin/partner-organisations', async (request, reply) => {
    const actor = actorOf(request);
    const body = parseInput(createPartnerOrganisationBody, request.body);
    return reply.code(201).send(await teams.createPartnerOrganisation(actor, body));
  });
}
