import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import { presentSession } from './auth.presenter.ts';
import { idParams } from './auth.schemas.ts';
import type { SessionService } from './session.service.ts';
import { z } from 'zod';
import { noContent } from '../../platform/http/route-schemas.ts';
import { sessionResponse } from './auth.responses.ts';

// Administrators see anyone's live sessions and can end any of them.
export function registerSessionAdminRoutes(app: FastifyInstance, deps: { sessions: SessionService }): void {
  app.get(
    '/api/admin/users/:id/sessions',
    { schema: { tags: ['admin'], params: idParams, response: { 200: z.array(sessionResponse) } } },
    async (request) => {
      const actor = actorOf(request);
      const { id } = parseInput(idParams, request.params);
      return (await deps.sessions.listForUser(actor, id)).map((session) => presentSession(session, actor.sessionId));
    },
  );

  app.post(
    '/api/admin/sessions/:id/revoke',
    { schema: { tags: ['admin'], params: idParams, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await deps.sessions.revokeAny(actorOf(request), id);
      return reply.code(204).send();
    },
  );
}
