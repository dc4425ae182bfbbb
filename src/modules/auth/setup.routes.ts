import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/parse-input.ts';
import type { StaffCookies } from './auth.hook.ts';
import { authRateLimit, signInContext } from './auth.routes.ts';
import { setupFinishBody, setupStartBody, setupTokenBody } from './auth.schemas.ts';
import type { SetupService } from './setup.service.ts';
import { csrfTokenFor } from './tokens.ts';
import { enrolmentResponse, setupInspectResponse, signedInResponse } from './auth.responses.ts';

// The setup link's token travels in request bodies, never in an API URL, so it stays out of
// every log; the web page reads it from its own address (/app/setup?token=…).
export function registerSetupRoutes(app: FastifyInstance, deps: { setup: SetupService; cookies: StaffCookies }): void {
  app.post(
    '/api/setup/inspect',
    {
      config: authRateLimit,
      schema: { tags: ['auth'], body: setupTokenBody, response: { 200: setupInspectResponse } },
    },
    async (request, reply) => {
      const body = parseInput(setupTokenBody, request.body);
      return reply.header('cache-control', 'no-store').send(await deps.setup.inspect(body.token));
    },
  );

  app.post(
    '/api/setup/start',
    { config: authRateLimit, schema: { tags: ['auth'], body: setupStartBody, response: { 200: enrolmentResponse } } },
    async (request, reply) => {
      const body = parseInput(setupStartBody, request.body);
      const enrolment = await deps.setup.start(body.token, body);
      return reply.header('cache-control', 'no-store').send(enrolment);
    },
  );

  app.post(
    '/api/setup/finish',
    { config: authRateLimit, schema: { tags: ['auth'], body: setupFinishBody, response: { 200: signedInResponse } } },
    async (request, reply) => {
      const body = parseInput(setupFinishBody, request.body);
      const result = await deps.setup.finish(body.token, body.code, signInContext(request));
      deps.cookies.setSession(reply, result.token);
      return reply
        .header('cache-control', 'no-store')
        .send({ state: 'signed_in', csrfToken: csrfTokenFor(result.token) });
    },
  );
}
