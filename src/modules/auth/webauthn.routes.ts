import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/http/app-errors.ts';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import type { StaffCookies } from './auth.hook.ts';
import { authRateLimit, signInContext } from './auth.routes.ts';
import { webauthnAuthenticationBody, webauthnRegistrationBody } from './auth.schemas.ts';
import { csrfTokenFor } from './tokens.ts';
import type { WebauthnService } from './webauthn.service.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import {
  securityKeyCreatedResponse,
  securityKeyResponse,
  signedInResponse,
  webauthnAuthenticationOptionsResponse,
  webauthnRegistrationOptionsResponse,
} from './auth.responses.ts';

const credentialParams = z.object({ id: z.string().regex(/^[\w-]{16,400}$/, 'Not a credential id') });

export function registerWebauthnRoutes(
  app: FastifyInstance,
  deps: { webauthn: WebauthnService; cookies: StaffCookies },
): void {
  const { webauthn } = deps;

  // Second factor during sign-in.
  app.post(
    '/api/auth/webauthn/options',
    { config: authRateLimit, schema: { tags: ['auth'], response: { 200: webauthnAuthenticationOptionsResponse } } },
    async (request) => {
      if (!request.staffSession) throw new AppError('unauthenticated', 'Sign in with your password first');
      return webauthn.authenticationOptions(request.staffSession, signInContext(request));
    },
  );

  app.post(
    '/api/auth/webauthn',
    {
      config: authRateLimit,
      schema: { tags: ['auth'], body: webauthnAuthenticationBody, response: { 200: signedInResponse } },
    },
    async (request, reply) => {
      if (!request.staffSession) throw new AppError('unauthenticated', 'Sign in with your password first');
      const body = parseInput(webauthnAuthenticationBody, request.body);
      const result = await webauthn.authenticate(request.staffSession, body.response, signInContext(request));
      deps.cookies.setSession(reply, result.token);
      return reply
        .header('cache-control', 'no-store')
        .send({ state: 'signed_in', csrfToken: csrfTokenFor(result.token) });
    },
  );

  // Managing one's own keys once signed in.
  app.get(
    '/api/account/webauthn',
    { schema: { tags: ['account'], response: { 200: z.array(securityKeyResponse) } } },
    async (request) =>
      (await webauthn.list(actorOf(request))).map((key) => ({
        id: key.id,
        name: key.name,
        createdAt: key.createdAt.toISOString(),
        lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      })),
  );

  app.post(
    '/api/account/webauthn/options',
    { schema: { tags: ['account'], response: { 200: webauthnRegistrationOptionsResponse } } },
    async (request) => webauthn.registrationOptions(actorOf(request)),
  );

  app.post(
    '/api/account/webauthn',
    { schema: { tags: ['account'], body: webauthnRegistrationBody, response: { 201: securityKeyCreatedResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = parseInput(webauthnRegistrationBody, request.body);
      const key = await webauthn.register(actor, body.name, body.response);
      return reply.code(201).send({ id: key.id, name: key.name, createdAt: key.createdAt.toISOString() });
    },
  );

  app.post(
    '/api/account/webauthn/:id/remove',
    { schema: { tags: ['account'], params: credentialParams, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(credentialParams, request.params);
      await webauthn.remove(actorOf(request), id);
      return reply.code(204).send();
    },
  );
}
