import type { FastifyInstance } from 'fastify';
import { buildActor, type StaffActor } from '../../src/modules/access/actor.ts';
import type { Role } from '../../src/modules/access/roles.ts';

export function testActor(userId: string, roles: Role[], extra: Partial<StaffActor> = {}): StaffActor {
  return buildActor({ userId, displayName: userId, roles, teamIds: [], partnerOrganisationId: null, ...extra });
}

/**
 * Stands in for the session hook in HTTP tests: the request names a test actor in the
 * `x-test-actor` header. Only test code registers this; the real app never reads that header.
 */
export function signInTestActorsByHeader(app: FastifyInstance, actors: Readonly<Record<string, StaffActor>>): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const name = request.headers['x-test-actor'];
    request.staffActor = typeof name === 'string' ? (actors[name] ?? null) : null;
    done();
  });
}
