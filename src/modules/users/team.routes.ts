import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import type { TeamService } from './team.service.ts';
import { createPartnerOrganisationBody, createTeamBody, updateTeamBody, userIdParams } from './user.schemas.ts';
import { z } from 'zod';
import { partnerOrganisationResponse, teamResponse } from './user.responses.ts';

export function registerTeamRoutes(app: FastifyInstance, deps: { teams: TeamService }): void {
  const { teams } = deps;

  app.get(
    '/api/admin/teams',
    { schema: { tags: ['admin'], response: { 200: z.array(teamResponse) } } },
    async (request) => teams.listTeams(actorOf(request)),
  );

  app.post(
    '/api/admin/teams',
    { schema: { tags: ['admin'], body: createTeamBody, response: { 201: teamResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      return reply.code(201).send(await teams.createTeam(actor, parseInput(createTeamBody, request.body)));
    },
  );

  app.get(
    '/api/admin/teams/:id',
    { schema: { tags: ['admin'], params: userIdParams, response: { 200: teamResponse } } },
    async (request) => {
      const { id } = parseInput(userIdParams, request.params);
      return teams.getTeam(actorOf(request), id);
    },
  );

  app.patch(
    '/api/admin/teams/:id',
    { schema: { tags: ['admin'], params: userIdParams, body: updateTeamBody, response: { 200: teamResponse } } },
    async (request) => {
      const actor = actorOf(request);
      const { id } = parseInput(userIdParams, request.params);
      return teams.updateTeam(actor, id, parseInput(updateTeamBody, request.body));
    },
  );

  app.get(
    '/api/admin/partner-organisations',
    { schema: { tags: ['admin'], response: { 200: z.array(partnerOrganisationResponse) } } },
    async (request) => teams.listPartnerOrganisations(actorOf(request)),
  );

  app.post(
    '/api/admin/partner-organisations',
    {
      schema: { tags: ['admin'], body: createPartnerOrganisationBody, response: { 201: partnerOrganisationResponse } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = parseInput(createPartnerOrganisationBody, request.body);
      return reply.code(201).send(await teams.createPartnerOrganisation(actor, body));
    },
  );
}
