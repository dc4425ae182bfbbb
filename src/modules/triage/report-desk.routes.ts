import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { InboxService } from './inbox.service.ts';
import type { ReportDeskService } from './report-desk.service.ts';
import { noContent } from '../../platform/http/route-schemas.ts';
import {
  assigneesResponse,
  bulkResponse,
  reportDeskResponse,
  viewersResponse,
  wardsResponse,
} from './triage.responses.ts';

const tags = ['triage'];

const idParams = z.object({ id: z.uuid('Not a valid id') });
const reportIds = z
  .array(z.uuid('Not a valid report id'))
  .min(1, 'Select at least one report')
  .max(100, 'Select at most 100 reports at a time');

const bulkBody = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('assign'), reportIds, assigneeId: z.uuid('Choose an analyst from the list') }),
    z.object({ action: z.literal('unassign'), reportIds }),
    z.object({
      action: z.literal('duplicate'),
      reportIds,
      duplicateOf: z.uuid('Enter the full reference of the report they repeat'),
    }),
    z.object({
      action: z.literal('archive'),
      reportIds,
      reason: z
        .string()
        .trim()
        .min(5, 'Give a reason for archiving, of at least 5 characters')
        .max(500, 'Keep the reason under 500 characters'),
    }),
  ],
  { error: 'Choose an action: assign, unassign, duplicate or archive' },
);

export function registerReportDeskRoutes(
  app: FastifyInstance,
  services: { inbox: InboxService; reportDesk: ReportDeskService },
): void {
  app.get('/api/inbox/assignees', { schema: { tags, response: { 200: assigneesResponse } } }, async (request) => ({
    assignees: await services.reportDesk.assignees(actorOf(request)),
  }));
  app.get('/api/inbox/wards', { schema: { tags, response: { 200: wardsResponse } } }, (request) => ({
    wards: services.inbox.wards(actorOf(request)),
  }));
  app.post(
    '/api/inbox/bulk',
    { schema: { tags, body: bulkBody, response: { 200: bulkResponse } } },
    async (request) => {
      const { reportIds: ids, ...action } = parseInput(bulkBody, request.body);
      return services.reportDesk.bulk(actorOf(request), ids, action);
    },
  );
  app.get(
    '/api/reports/:id/desk',
    { schema: { tags, params: idParams, response: { 200: reportDeskResponse } } },
    async (request) => services.reportDesk.deskOf(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.post(
    '/api/reports/:id/viewing',
    { schema: { tags, params: idParams, response: { 200: viewersResponse } } },
    async (request) => services.reportDesk.viewing(actorOf(request), parseInput(idParams, request.params).id),
  );
  app.delete(
    '/api/reports/:id/viewing',
    { schema: { tags, params: idParams, response: { 204: noContent } } },
    async (request, reply) => {
      await services.reportDesk.stopViewing(actorOf(request), parseInput(idParams, request.params).id);
      return reply.code(204).send();
    },
  );
}
