import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { hotspotsQuery, timePatternQuery } from './hotspots.schemas.ts';
import { hotspotsResponse, timePatternResponse, wardsResponse } from './hotspots.responses.ts';
import type { HotspotsService } from './hotspots.service.ts';
import type { TimePatternService } from './time-pattern.service.ts';

// Hotspot maps (counts by ward, LSOA or hexagon between two days) and time patterns (a day × time
// grid from reporters' answers for an address or a ward). Each call is checked and audited in its service.
export function registerHotspotRoutes(
  app: FastifyInstance,
  services: { hotspots: HotspotsService; timePatterns: TimePatternService },
): void {
  app.get(
    '/api/maps/hotspots',
    { schema: { tags: ['maps'], querystring: hotspotsQuery, response: { 200: hotspotsResponse } } },
    async (request, reply) => {
      const query = parseInput(hotspotsQuery, request.query);
      const body = await services.hotspots.hotspots(actorOf(request), query);
      return reply.header('cache-control', 'no-store').send(body);
    },
  );
  app.get(
    '/api/maps/time-pattern',
    { schema: { tags: ['maps'], querystring: timePatternQuery, response: { 200: timePatternResponse } } },
    async (request, reply) => {
      const query = parseInput(timePatternQuery, request.query);
      const body = await services.timePatterns.grid(actorOf(request), query);
      return reply.header('cache-control', 'no-store').send(body);
    },
  );
  app.get('/api/maps/wards', { schema: { tags: ['maps'], response: { 200: wardsResponse } } }, (request) => ({
    wards: services.timePatterns.wards(actorOf(request)),
  }));
}
