import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import { presentMe, presentSession } from './auth.presenter.ts';
import { idParams } from './auth.schemas.ts';
import type { SessionService } from './session.service.ts';
import { z } from 'zod';
import { noContent } from '../../platform/http/route-schemas.ts';
import { meResponse, sessionResponse } from './auth.responses.ts';

// The signed-in person's own account: who they are, and their sessions.
export function registerAccountRoutes(app: FastifyInstance, deps: { sessions: SessionService }): void {
  app.get('/api/account', { schema: { tags: ['account'], response: { 200: meResponse } } }, (request) =>
    presentMe(actorOf(request)),
  );

  app.get(
    '/api/account/sessions',
    { schema: { tags: ['account'], response: { 200: z.array(sessionResponse) } } },
    async (request) => {
      const actor = actorOf(request);
      return (await deps.sessions.listOwn(actor)).map((session) => presentSession(session, actor.sessionId));
    },
  );

  app.post(
    '/api/account/sessions/:id/revoke',
    { schema: { tags: ['account'], params: idParams, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await deps.sessions.revoke(actorOf(request), id);
      return reply.code(204).send();
    },
  );
}
