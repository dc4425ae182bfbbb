import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { reportCategories, reportLanguages, reportStatuses } from '../reports/index.ts';
import { inboxSorts, type InboxService } from './inbox.service.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import { contactResponse, inboxPageResponse, reportDetailResponse } from './triage.responses.ts';

const list = (values: readonly [string, ...string[]]) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : []))
    .pipe(z.array(z.enum(values)));

const inboxQuery = z.object({
  status: list(reportStatuses),
  category: list(Object.keys(reportCategories) as [string, ...string[]]),
  sector: z
    .string()
    .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$/, 'A postcode sector, like AL1 3')
    .optional(),
  street: z.string().trim().min(2, 'Enter at least 2 letters of a street or place').max(100).optional(),
  ward: z
    .string()
    .regex(/^E0[0-9]{7}$/, 'Choose a ward from the list')
    .optional(),
  assigned: z.union([z.enum(['me', 'unassigned']), z.uuid()], { error: 'Choose whose reports to show' }).optional(),
  minDaysWaiting: z.coerce.number().int().min(0).max(3650).optional(),
  language: z.enum(reportLanguages, { error: 'Choose a language from the list' }).optional(),
  forTranslation: z.enum(['true', 'false'], { error: 'Say yes or no' }).optional(),
  sort: z.enum(inboxSorts).default('priority'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const idParams = z.object({ id: z.uuid('Not a valid id') });
const reasonBody = z.object({ reason: z.string().max(1000).optional() });
const statusBody = z.object({ status: z.enum(reportStatuses) });

export function registerInboxRoutes(app: FastifyInstance, services: { inbox: InboxService }): void {
  app.get(
    '/api/inbox',
    { schema: { tags: ['triage'], querystring: inboxQuery, response: { 200: inboxPageResponse } } },
    async (request) => {
      const query = parseInput(inboxQuery, request.query);
      return services.inbox.listPage(actorOf(request), {
        statuses: (query.status.length > 0
          ? query.status
          : ['received', 'under_review']) as (typeof reportStatuses)[number][],
        categories: query.category as never,
        ...(query.sector ? { sector: query.sector } : {}),
        ...(query.street !== undefined ? { street: query.street } : {}),
        ...(query.ward !== undefined ? { ward: query.ward } : {}),
        ...(query.assigned !== undefined ? { assigned: query.assigned } : {}),
        ...(query.minDaysWaiting !== undefined ? { minDaysWaiting: query.minDaysWaiting } : {}),
        ...(query.language !== undefined ? { language: query.language } : {}),
        ...(query.forTranslation !== undefined ? { forTranslation: query.forTranslation === 'true' } : {}),
        sort: query.sort,
        offset: query.offset,
        limit: query.limit,
      });
    },
  );
  app.get(
    '/api/reports/:id',
    { schema: { tags: ['triage'], params: idParams, response: { 200: reportDetailResponse } } },
    async (request) => services.inbox.get(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post(
    '/api/reports/:id/contact',
    { schema: { tags: ['triage'], params: idParams, body: reasonBody, response: { 200: contactResponse } } },
    async (request) => {
      const { id } = parseInput(idParams, request.params);
      return services.inbox.readContact(actorOf(request), id, parseInput(reasonBody, request.body ?? {}).reason);
    },
  );
  app.post(
    '/api/reports/:id/status',
    { schema: { tags: ['triage'], params: idParams, body: statusBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      await services.inbox.setStatus(actorOf(request), id, parseInput(statusBody, request.body).status);
      return reply.code(204).send();
    },
  );
}
