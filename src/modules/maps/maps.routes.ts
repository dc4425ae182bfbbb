import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { flaggedLocationsQuery } from './maps.schemas.ts';
import type { MapsService } from './maps.service.ts';
import { flaggedLocationsResponse, gazetteerResponse, mapStyleResponse } from './maps.responses.ts';

// The staff district map: its base style (if configured), the offline street background and
// the flagged locations (GeoJSON), filtered by period (`?period=7|28|90|all`).
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
    { schema: { tags: ['maps'], querystring: flaggedLocationsQuery, response: { 200: flaggedLocationsResponse } } },
    async (request) => {
      const { period } = parseInput(flaggedLocationsQuery, request.query);
      return services.maps.flaggedLocations(actorOf(request), { period });
    },
  );
}
