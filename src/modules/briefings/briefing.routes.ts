import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { briefingParams } from './briefing.schemas.ts';
import { briefingResponse } from './briefing.responses.ts';
import type { BriefingService } from './briefing.service.ts';

// Thin routes: parse at the edge, resolve the actor, call the service (which checks and audits).
export function registerBriefingRoutes(app: FastifyInstance, services: { briefings: BriefingService }): void {
  app.get(
    '/api/briefings/addresses/:id',
    { schema: { tags: ['briefings'], params: briefingParams, response: { 200: briefingResponse } } },
    async (request) => services.briefings.address(actorOf(request), parseInput(briefingParams, request.params).id),
  );
  app.get(
    '/api/briefings/lines/:id',
    { schema: { tags: ['briefings'], params: briefingParams, response: { 200: briefingResponse } } },
    async (request) => services.briefings.line(actorOf(request), parseInput(briefingParams, request.params).id),
  );
}
