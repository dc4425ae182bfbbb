import type { FastifyInstance } from 'fastify';
import type { Dissemination } from './dissemination.ts';
import type { DisseminationService } from './dissemination.service.ts';
import { actorOf } from './request-actor.ts';

export function presentDissemination(dissemination: Dissemination) {
  return {
    id: dissemination.id,
    subject: dissemination.subject,
    recipient: dissemination.recipient,
    handlingCode: dissemination.handlingCode,
    conditions: dissemination.conditions,
    disseminatedAt: dissemination.disseminatedAt.toISOString(),
  };
}

// What has been shared with me: a partner user sees only their organisation's, police staff
// their teams'. Each capability serves the records themselves, checking decideRecordAccess.
export function registerDisseminationRoutes(
  app: FastifyInstance,
  deps: { disseminations: DisseminationService },
): void {
  app.get('/api/disseminations/shared-with-me', async (request) =>
    (await deps.disseminations.sharedWith(actorOf(request))).map(presentDissemination),
  );
}
