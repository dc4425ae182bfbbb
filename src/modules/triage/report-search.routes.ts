import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { ReportSearchService } from './report-search.service.ts';
import { reportSearchResponse } from './triage.responses.ts';

const searchQuery = z.object({
  q: z
    .string({ error: 'Enter what to search for' })
    .trim()
    .min(1, 'Enter what to search for')
    .max(200, 'Search for 200 characters or fewer'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export function registerReportSearchRoutes(
  app: FastifyInstance,
  services: { reportSearch: ReportSearchService },
): void {
  app.get(
    '/api/search/reports',
    { schema: { tags: ['triage'], querystring: searchQuery, response: { 200: reportSearchResponse } } },
    async (request) => {
      const query = parseInput(searchQuery, request.query);
      return services.reportSearch.search(actorOf(request), query.q, { limit: query.limit, offset: query.offset });
    },
  );
}
