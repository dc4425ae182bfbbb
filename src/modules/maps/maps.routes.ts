import type { FastifyInstance } from 'fastify';
import { actorOf } from '../access/index.ts';
import type { MapsService } from './maps.service.ts';
import { flaggedLocationsResponse, gazetteerResponse, mapStyleResponse } from './maps.responses.ts';

// The staff district map: its base style (if configured), the offline street background and
// the flagged locations (GeoJSON).
export function registerMapRoutes(app: FastifyInstance, services: { maps: MapsService }): void {
  app.get(
    '/api/maps/gazetteer',
    { schema: { tags: ['maps'], response: { 200: gazetteerResponse } } },
    async (request, reply) => {
      const body = services.maps.gazetteer(actorOf(request));
      return reply.header('cache-control', 'private, max-age=3600').send(body);
    },
  );
  app.get(
    '/api/maps/style',
    { schema: { tags: ['maps'], response: { 200: mapStyleResponse } } },
    async (request, reply) => reply.send(services.maps.style(actorOf(request))),
  );
  app.get(
    '/api/maps/flagged-locations',
    { schema: { tags: ['maps'], response: { 200: flaggedLocationsResponse } } },
    async (request) => services.maps.flaggedLocations(actorOf(request)),
  );
}
