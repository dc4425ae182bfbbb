import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { ReportTranslationService } from './report-translation.service.ts';
import { forTranslationResponse } from './reports.responses.ts';

const idParams = z.object({ id: z.uuid('Not a valid id') });
const markBody = z.object({ forTranslation: z.boolean({ error: 'Say whether the report is for translation' }) });

export function registerReportTranslationRoutes(app: FastifyInstance, translation: ReportTranslationService): void {
  app.post(
    '/api/reports/:id/for-translation',
    {
      schema: { tags: ['reports'], params: idParams, body: markBody, response: { 200: forTranslationResponse } },
    },
    async (request) => {
      const { id } = parseInput(idParams, request.params);
      const { forTranslation } = parseInput(markBody, request.body ?? {});
      return translation.mark(actorOf(request), id, forTranslation);
    },
  );
}
