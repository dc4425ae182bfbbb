import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import { presentUser } from './user.presenter.ts';
import { createUserBody, updateUserBody, userIdParams } from './user.schemas.ts';
import type { UserService } from './user.service.ts';
import { z } from 'zod';
import { roleCatalogueResponse, userResponse, userWithSetupLinkResponse } from './user.responses.ts';

// Account administration (administrators). Routes only parse and present; the service
// checks `user.manage` and audits.
export function registerUserRoutes(app: FastifyInstance, deps: { users: UserService }): void {
  const { users } = deps;

  app.get(
    '/api/admin/users',
    { schema: { tags: ['admin'], response: { 200: z.array(userResponse) } } },
    async (request) => (await users.listUsers(actorOf(request))).map(presentUser),
  );

  app.post(
    '/api/admin/users',
    { schema: { tags: ['admin'], body: createUserBody, response: { 201: userWithSetupLinkResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = parseInput(createUserBody, request.body);
      const { user, setupLink } = await users.createUser(actor, body);
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ user: presentUser(user), setupLink });
    },
  );

  app.get(
    '/api/admin/users/:id',
    { schema: { tags: ['admin'], params: userIdParams, response: { 200: userResponse } } },
    async (request) => {
      const { id } = parseInput(userIdParams, request.params);
      return presentUser(await users.getUser(actorOf(request), id));
    },
  );

  app.patch(
    '/api/admin/users/:id',
    { schema: { tags: ['admin'], params: userIdParams, body: updateUserBody, response: { 200: userResponse } } },
    async (request) => {
      const actor = actorOf(request);
      const { id } = parseInput(userIdParams, request.params);
      return presentUser(await users.updateUser(actor, id, parseInput(updateUserBody, request.body)));
    },
  );

  app.post(
    '/api/admin/users/:id/disable',
    { schema: { tags: ['admin'], params: userIdParams, response: { 200: userResponse } } },
    async (request) => {
      const { id } = parseInput(userIdParams, request.params);
      return presentUser(await users.disableUser(actorOf(request), id));
    },
  );

  app.post(
    '/api/admin/users/:id/enable',
    { schema: { tags: ['admin'], params: userIdParams, response: { 200: userResponse } } },
    async (request) => {
      const { id } = parseInput(userIdParams, request.params);
      return presentUser(await users.enableUser(actorOf(request), id));
    },
  );

  app.post(
    '/api/admin/users/:id/reset',
    { schema: { tags: ['admin'], params: userIdParams, response: { 200: userWithSetupLinkResponse } } },
    async (request, reply) => {
      const { id } = parseInput(userIdParams, request.params);
      const { user, setupLink } = await users.resetUser(actorOf(request), id);
      return reply.header('cache-control', 'no-store').send({ user: presentUser(user), setupLink });
    },
  );

  // The catalogue the administration screens offer: roles and what each may do.
  app.get('/api/admin/roles', { schema: { tags: ['admin'], response: { 200: roleCatalogueResponse } } }, (request) =>
    users.roleCatalogue(actorOf(request)),
  );
}
