import type { FastifyInstance } from 'fastify';
import { buildActor, type StaffActor } from '../../src/modules/access/actor.ts';
import type { Role } from '../../src/modules/access/roles.ts';

export function staffActor(userId: string, roles: readonly Role[]): StaffActor {
  return buildActor({ userId, displayName: userId, roles: [...roles], teamIds: [], partnerOrganisationId: null });
}

/**
 * Stands in for the staff sign-in hook (built separately): every request on the staff
 * listener acts as whoever `who()` answers, or as nobody.
 */
export function actAs(app: FastifyInstance, who: () => StaffActor | null): void {
  app.addHook('onRequest', (request, _reply, done) => {
    request.staffActor = who();
    done();
  });
}
