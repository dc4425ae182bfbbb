import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { AcquisitiveCrimeService } from './acquisitive-crime.service.ts';
import { acquisitiveCrimeQuery, acquisitiveCrimeResponse } from './context.schemas.ts';

// Staff API of the context module: acquisitive crime near flagged places (`?radius=300&month=`).
export function registerContextRoutes(app: FastifyInstance, services: { acquisitiveCrime: AcquisitiveCrimeService }) {
  app.get(
    '/api/context/acquisitive-crime',
    {
      schema: { tags: ['context'], querystring: acquisitiveCrimeQuery, response: { 200: acquisitiveCrimeResponse } },
    },
    async (request) => {
      const { radius, month } = parseInput(acquisitiveCrimeQuery, request.query);
      return services.acquisitiveCrime.nearFlaggedPlaces(actorOf(request), { radiusMetres: radius, month });
    },
  );
}
